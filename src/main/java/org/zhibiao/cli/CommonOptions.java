package org.zhibiao.cli;

import java.nio.file.Path;
import org.zhibiao.app.AppPaths;
import org.zhibiao.i18n.Messages;
import picocli.CommandLine.Option;

/** Options every command takes. */
public final class CommonOptions {

    @Option(names = "--db", paramLabel = "FILE", description = "the database file (default: the app's own)")
    Path db;

    @Option(names = "--lang", paramLabel = "zh|en", description = "language of messages (default: the system's)")
    String lang;

    public Path database() {
        return db != null ? db : AppPaths.defaultDatabase();
    }

    public Messages messages() {
        return Messages.forLanguage(lang);
    }
}
