package org.zhibiao.cli;

import java.util.concurrent.Callable;
import java.util.function.Function;
import org.zhibiao.app.Workspace;
import org.zhibiao.service.DemoDataService;
import org.zhibiao.service.InitService;
import org.zhibiao.domain.ServerAddress;
import org.zhibiao.domain.ServerRoles;
import org.zhibiao.domain.ZhibiaoException;
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

    @Option(names = "--writer-role", paramLabel = "ROLE",
            description = "on a server: the role of those who import and edit (default: <database>_writer)")
    String writerRole;

    @Option(names = "--reader-role", paramLabel = "ROLE",
            description = "on a server: the role of those who only read (default: <database>_reader)")
    String readerRole;

    private record Created(int regions, int indicators, DemoDataService.Summary demo) {
    }

    @Override
    public Integer call() {
        if (!InitService.isKnownRegion(home)) {
            throw new UsageException("init.error.unknownRegion", home);
        }
        Function<Workspace, Created> fill = workspace -> {
            workspace.init().initialise(home, catalogue == CatalogueChoice.builtin);
            return new Created(workspace.regions().all().size(), workspace.catalogue().indicators().size(),
                    demo ? workspace.demo().generate() : null);
        };
        Object where;
        Created created;
        ServerRoles roles = null;
        if (common.onServer()) {
            ServerAddress server = common.server();
            where = server;
            ServerRoles named = roles(server);
            roles = named;
            created = common.withPassword(password -> Workspace.createOnServer(server, password, named, fill));
        } else {
            if (writerRole != null || readerRole != null) {
                throw new UsageException("server.error.rolesOnFile");
            }
            where = common.database();
            created = Workspace.create(common.database(), fill);
        }
        var messages = common.messages();
        var err = spec.commandLine().getErr();
        err.println(messages.get("cli.init.done", where, created.regions(), created.indicators()));
        if (created.demo() != null) {
            DemoDataService.Summary summary = created.demo();
            err.println(messages.get("demo.summary", summary.values(), summary.regions(), summary.periods()));
        }
        if (roles != null) {
            err.println(messages.get("server.init.roles", roles.writer(), roles.reader()));
        }
        return ExitCodes.DONE;
    }

    private ServerRoles roles(ServerAddress server) {
        try {
            return ServerRoles.of(server, writerRole, readerRole);
        } catch (ZhibiaoException e) {
            throw new UsageException(e.messageKey(), e.arguments().toArray());
        }
    }
}
