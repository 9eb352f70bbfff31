package org.zhibiao.cli;

import java.nio.file.Path;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Period;
import org.zhibiao.i18n.Messages;
import org.zhibiao.report.ReportFormat;
import org.zhibiao.report.ReportModel;
import org.zhibiao.service.ReportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", description = "The quarterly indicator report as PDF or Word (.pdf or .docx).")
final class ReportCommand extends DbCommand {

    @Option(names = "--period", required = true, paramLabel = "PERIOD", converter = PeriodConverter.class)
    Period period;

    @Option(names = "--region", paramLabel = "CODE", description = "the region (default: the home region)")
    String region;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.pdf or FILE.docx")
    Path out;

    @Override
    int run(Workspace workspace) {
        if (ReportFormat.of(out).isEmpty()) {
            throw new UsageException("report.error.format", out.getFileName());
        }
        ReportService reports = workspace.report();
        ReportModel model = reports.build(period, region, reportLanguage());
        reports.write(model, out);
        say("report.done", out);
        return ExitCodes.DONE;
    }

    /** The report is a Chinese office document unless English is asked for. */
    private Messages reportLanguage() {
        return common.lang != null && common.lang.startsWith("en") ? Messages.of(Messages.ENGLISH)
                : Messages.of(Messages.CHINESE);
    }
}
