package org.zhibiao.cli;

import java.nio.file.Path;
import org.zhibiao.app.AppPaths;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.i18n.Messages;
import org.zhibiao.domain.ServerAddress;
import picocli.CommandLine.Option;

/** Options every command takes. */
public final class CommonOptions {

    @Option(names = "--db", paramLabel = "FILE|URL",
            description = "the database file, or postgresql://host:port/db?user=… (default: the app's own file)")
    String db;

    @Option(names = "--lang", paramLabel = "zh|en", description = "language of messages (default: the system's)")
    String lang;

    /** The database file; only for a database that is not on a server. */
    public Path database() {
        return db != null ? Path.of(db) : AppPaths.defaultDatabase();
    }

    public boolean onServer() {
        return ServerAddress.isServer(db);
    }

    /** The server address given with {@code --db}; an address that is not valid is a usage error. */
    public ServerAddress server() {
        try {
            return ServerAddress.parse(db);
        } catch (ZhibiaoException e) {
            throw new UsageException(e.messageKey(), e.arguments().toArray());
        }
    }

    public Messages messages() {
        return Messages.forLanguage(lang);
    }
}
