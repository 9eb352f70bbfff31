package org.zhibiao.cli;

import java.nio.file.Path;
import org.zhibiao.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup", description = "Write a consistent copy of the database.")
final class BackupCommand extends DbCommand {

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Override
    int run(Workspace workspace) {
        if (out.toAbsolutePath().normalize().equals(common.database().toAbsolutePath().normalize())) {
            throw new UsageException("storage.error.backupOverItself", out);
        }
        workspace.returns().backup(out);
        say("backup.cli.done", out);
        return ExitCodes.DONE;
    }
}
