package org.zhibiao.cli;

import java.nio.file.Path;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Export observations with their lineage.")
final class ExportCommand extends DbCommand {

    enum Format { csv, xlsx }

    @Option(names = "--period", paramLabel = "PERIOD", converter = PeriodConverter.class)
    Period period;

    @Option(names = "--region", paramLabel = "CODE", description = "this region and those under it")
    String region;

    @Option(names = "--format", required = true, description = "csv or xlsx")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Override
    int run(Workspace workspace) {
        long rows = format == Format.csv
                ? workspace.export().exportCsv(period, region, out)
                : workspace.export().exportXlsx(period, region, out);
        say("cli.export.done", rows, out);
        return ExitCodes.DONE;
    }
}
