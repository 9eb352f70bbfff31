package org.zhibiao.cli;

import java.util.concurrent.Callable;
import org.zhibiao.app.Workspace;
import org.zhibiao.service.DemoDataService;
import org.zhibiao.service.InitService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "init", description = "Create a new database.")
final class InitCommand implements Callable<Integer> {

    enum CatalogueChoice { builtin, none }

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--home", paramLabel = "CODE", defaultValue = InitService.DEFAULT_HOME,
            description = "home region (GB/T 2260 code), default ${DEFAULT-VALUE}")
    String home;

    @Option(names = "--catalogue", defaultValue = "builtin", description = "builtin or none")
    CatalogueChoice catalogue;

    @Option(names = "--demo", description = "add a reproducible synthetic history 2010Q4–2016Q4")
    boolean demo;

    @Override
    public Integer call() {
        try (Workspace workspace = Workspace.open(common.database())) {
            workspace.init().initialise(home, catalogue == CatalogueChoice.builtin);
            var messages = common.messages();
            int regions = workspace.regions().all().size();
            int indicators = workspace.catalogue().indicators().size();
            spec.commandLine().getErr().println(messages.get("cli.init.done", common.database(), regions, indicators));
            if (demo) {
                DemoDataService.Summary summary = workspace.demo().generate();
                spec.commandLine().getErr().println(
                        messages.get("demo.summary", summary.values(), summary.regions(), summary.periods()));
            }
            return ExitCodes.DONE;
        }
    }
}
