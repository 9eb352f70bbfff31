package org.zhibiao.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhibiao.app.Transfers;
import org.zhibiao.domain.TransferReport;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "transfer", mixinStandardHelpOptions = true, description = {"Copy a whole database (regions, catalogue, plans, all revisions with "
        + "lineage, batches, locks, archived returns) between a SQLite file and a PostgreSQL server, either way, "
        + "then verify counts and checksums.",
        "The target must be empty; it receives everything, verified, or nothing. Prints each table's rows and "
        + "SHA-256 on both sides."})
final class TransferCommand implements Callable<Integer> {

    private static final int SHOWN_HEX = 16;

    @Option(names = "--from", required = true, paramLabel = "FILE|URL",
            description = "the database to copy: a file, or postgresql://host:port/db?user=…")
    String from;

    @Option(names = "--to", required = true, paramLabel = "FILE|URL",
            description = "an empty database to copy it into: a new file, or postgresql://host:port/db?user=…")
    String to;

    @Option(names = "--lang", paramLabel = "zh|en", description = "language of messages (default: the system's)")
    String lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.forLanguage(lang);
        Transfers.Location source = location(from);
        Transfers.Location target = location(to);
        if (source.sameAs(target)) {
            throw new UsageException("transfer.error.same", target);
        }
        PrintWriter err = spec.commandLine().getErr();
        TransferReport report;
        try {
            report = Transfers.transfer(source, target);
        } catch (TransferReport.NotVerifiedException e) {
            print(e.report(), messages);
            throw e;
        }
        print(report, messages);
        report.missingOriginals().forEach(name ->
                err.println(messages.get("transfer.cli.missingOriginal", Printable.of(name))));
        err.println(messages.get("transfer.cli.done", Printable.arguments(source, target)));
        return report.missingOriginals().isEmpty() ? ExitCodes.DONE : ExitCodes.REJECTED;
    }

    private static Transfers.Location location(String text) {
        try {
            return Transfers.Location.of(text);
        } catch (ZhibiaoException e) {
            throw new UsageException(e.messageKey(), e.arguments().toArray());
        }
    }

    private void print(TransferReport report, Messages messages) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(messages.get("transfer.column.table"), messages.get("transfer.column.sourceRows"),
                messages.get("transfer.column.targetRows"), messages.get("transfer.column.sourceChecksum"),
                messages.get("transfer.column.targetChecksum"), messages.get("transfer.column.result")));
        for (TransferReport.Table t : report.tables()) {
            lines.add(List.of(t.name(), String.valueOf(t.sourceRows()), String.valueOf(t.targetRows()),
                    t.sourceChecksum().substring(0, SHOWN_HEX), t.targetChecksum().substring(0, SHOWN_HEX),
                    messages.get(t.matches() ? "transfer.result.same" : "transfer.result.different")));
        }
        PrintWriter out = spec.commandLine().getOut();
        StatusTable.printAligned(out, lines);
        out.flush();
    }
}
