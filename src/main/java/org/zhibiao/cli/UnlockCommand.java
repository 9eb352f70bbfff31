package org.zhibiao.cli;

import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "unlock", description = "Open a locked quarter again.")
final class UnlockCommand extends DbCommand {

    @Option(names = "--period", required = true, paramLabel = "PERIOD", converter = PeriodConverter.class)
    Period period;

    @Override
    boolean writes() {
        return true;
    }

    @Override
    int run(Workspace workspace) {
        boolean changed = workspace.returns().unlock(period);
        say(changed ? "submissions.cli.unlocked" : "submissions.cli.notLocked", period.toString());
        return ExitCodes.DONE;
    }
}
