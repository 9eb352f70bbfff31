package org.zhibiao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Submission;
import org.zhibiao.service.CsvTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "submissions", description = "Which regions have sent a return for a period.")
final class SubmissionsCommand extends DbCommand {

    enum Format { table, csv }

    private static final List<String> COLUMNS =
            List.of("region_code", "region_name", "period", "state", "revision", "received_at", "source_file");

    @Option(names = "--period", required = true, paramLabel = "PERIOD", converter = PeriodConverter.class)
    Period period;

    @Option(names = "--under", paramLabel = "CODE", description = "regions under CODE (default: the home region)")
    String under;

    @Option(names = "--format", defaultValue = "table", description = "table or csv")
    Format format;

    @Override
    int run(Workspace workspace) {
        List<Submission> rows = workspace.returns().submissions(period, under);
        if (format == Format.csv) {
            printCsv(rows);
        } else {
            printTable(rows, workspace.returns().isLocked(period));
        }
        return ExitCodes.DONE;
    }

    private void printCsv(List<Submission> rows) {
        try {
            CsvTable csv = new CsvTable(out(), COLUMNS, Set.of("revision"));
            for (Submission s : rows) {
                csv.row(List.of(s.region().code(), s.region().name(), s.period().toString(), s.state().code(),
                        s.revision() == null ? "" : s.revision().toString(),
                        s.receivedAt() == null ? "" : s.receivedAt().toString(), s.sourceFile()));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void printTable(List<Submission> rows, boolean locked) {
        out().println(messages().get(locked ? "submissions.cli.periodLocked" : "submissions.cli.periodOpen",
                period.toString()));
        for (Submission s : rows) {
            out().println(String.join("  ", s.region().code(), s.region().name(),
                    messages().get("submissions.state." + s.state().code()),
                    s.revision() == null ? "" : "r" + s.revision(), Printable.of(s.sourceFile())).stripTrailing());
        }
        out().flush();
    }
}
