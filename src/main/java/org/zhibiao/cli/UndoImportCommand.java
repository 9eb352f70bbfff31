package org.zhibiao.cli;

import org.zhibiao.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "undo-import", description = "Remove a whole import batch, restoring earlier revisions.")
final class UndoImportCommand extends DbCommand {

    @Option(names = "--batch", required = true, paramLabel = "ID")
    long batch;

    @Override
    boolean writes() {
        return true;
    }

    @Override
    int run(Workspace workspace) {
        int removed = workspace.returns().undo(batch);
        say("import.cli.undone", Long.toString(batch), removed);
        return ExitCodes.DONE;
    }
}
