package org.zhibiao.cli;

import java.nio.file.Path;
import java.util.List;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Period;
import org.zhibiao.service.TemplateService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "template", description = "Write blank returns, one workbook per region.")
final class TemplateCommand extends DbCommand {

    @Option(names = "--period", required = true, paramLabel = "PERIOD", converter = PeriodConverter.class)
    Period period;

    @ArgGroup(exclusive = true)
    Which which;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    static final class Which {
        @Option(names = "--region", arity = "1..*", paramLabel = "CODE", description = "these regions")
        List<String> regions;

        @Option(names = "--children-of", paramLabel = "CODE", description = "the regions directly under CODE")
        String childrenOf;
    }

    @Override
    int run(Workspace workspace) {
        TemplateService templates = workspace.returns().templates();
        List<String> codes = which == null ? templates.defaultRegions()
                : which.regions != null ? which.regions : templates.childrenOf(which.childrenOf);
        List<Path> files = templates.generate(period, codes, out);
        for (Path f : files) {
            out().println(Printable.of(f));
        }
        out().flush();
        say("template.cli.done", files.size(), period.toString(), out);
        return ExitCodes.DONE;
    }
}
