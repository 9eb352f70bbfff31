package org.zhibiao.cli;

import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "lock", description = "Close a quarter to imports and edits.")
final class LockCommand extends DbCommand {

    @Option(names = "--period", required = true, paramLabel = "PERIOD", converter = PeriodConverter.class)
    Period period;

    @Override
    boolean writes() {
        return true;
    }

    @Override
    int run(Workspace workspace) {
        boolean changed = workspace.returns().lock(period, System.getProperty("user.name"));
        say(changed ? "submissions.cli.locked" : "submissions.cli.alreadyLocked", period.toString());
        return ExitCodes.DONE;
    }
}
