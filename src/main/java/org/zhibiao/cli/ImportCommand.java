package org.zhibiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.ImportIssue;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.service.FileResult;
import org.zhibiao.service.ImportRun;
import org.zhibiao.service.IssueMessages;
import org.zhibiao.service.ReturnsService;
import org.zhibiao.service.ValueChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Import return files and folders (recursively).")
final class ImportCommand extends DbCommand {

    @Option(names = "--dry-run", description = "read and check only; store nothing")
    boolean dryRun;

    @Option(names = "--user", paramLabel = "NAME", description = "who imports (default: the system user)")
    String user;

    @Option(names = "--receipts", paramLabel = "DIR",
            description = "for every rejected return, write into DIR the region's workbook with the problem cells"
                    + " marked and commented, and a letter (PDF) listing the problems")
    Path receipts;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Override
    boolean writes() {
        return !dryRun;
    }

    @Override
    int run(Workspace workspace) {
        List<Path> files = ReturnsService.expand(paths);
        ImportRun run = workspace.returns().newRun(user != null ? user : System.getProperty("user.name"), dryRun);
        List<FileResult> results = run.importAll(files, this::print);
        long imported = count(results, FileResult.Outcome.IMPORTED) + count(results, FileResult.Outcome.WOULD_IMPORT);
        long rejected = count(results, FileResult.Outcome.REJECTED);
        long skipped = count(results, FileResult.Outcome.SKIPPED);
        if (receipts != null) {
            writeReceipts(workspace, results);
        }
        long notStored = count(results, FileResult.Outcome.NOT_STORED);
        String batch = run.batchId() == null ? "—" : run.batchId().toString();
        if (dryRun) {
            say("import.cli.dryRunSummary", imported, rejected, skipped);
        } else if (notStored > 0) {
            say("import.cli.summaryNotStored", batch, imported, rejected, skipped, notStored);
        } else {
            say("import.cli.summary", batch, imported, rejected, skipped);
        }
        return notStored > 0 ? ExitCodes.FAILED : rejected > 0 ? ExitCodes.REJECTED : ExitCodes.DONE;
    }

    private void writeReceipts(Workspace workspace, List<FileResult> results) {
        try {
            Files.createDirectories(receipts);
        } catch (IOException e) {
            throw new ZhibiaoException("receipt.error.write", e, receipts);
        }
        for (FileResult r : results) {
            if (r.outcome() == FileResult.Outcome.REJECTED) {
                for (Path file : workspace.returns().receipts().write(r.preview(), receipts, messages(), false)) {
                    say("import.cli.receipt", file);
                }
            }
        }
    }

    private static long count(List<FileResult> results, FileResult.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    private void print(FileResult r) {
        var p = r.preview();
        String file = Printable.of(p.fileName());
        switch (r.outcome()) {
            case IMPORTED, WOULD_IMPORT -> out().println(status(r) + "  " + file + "  " + messages().get(
                    "import.cli.detail", p.parsed().regionCode(), p.parsed().period().toString(),
                    Integer.toString(p.parsed().values().size()), r.revision() == null ? "—" : r.revision().toString()));
            case SKIPPED -> out().println("skipped (same file already imported)  " + file);
            case REJECTED -> out().println("rejected  " + file);
            case NOT_STORED -> out().println("not imported  " + file);
        }
        for (ImportIssue issue : p.errors()) {
            out().println("  " + Printable.of(IssueMessages.located(messages(), issue)));
        }
        for (ImportIssue issue : p.warnings()) {
            out().println("  " + messages().get("import.cli.warning",
                    Printable.of(IssueMessages.located(messages(), issue))));
        }
        for (ValueChange c : p.changes()) {
            out().println("  " + messages().get("import.cli.change", c.indicatorCode(), text(c.oldValue()),
                    text(c.newValue())));
        }
        out().flush();
    }

    private static String status(FileResult r) {
        return r.outcome() == FileResult.Outcome.IMPORTED ? "imported" : "would import";
    }

    private static String text(Double v) {
        return v == null ? "—" : org.zhibiao.domain.Numbers.plain(v);
    }
}
