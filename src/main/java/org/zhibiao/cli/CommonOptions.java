package org.zhibiao.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.function.Function;
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

    /**
     * Opens the database on the server with {@code open}, given a password or null. When the
     * server asks for a password that neither {@code PGPASSWORD} nor {@code ~/.pgpass} gave, it is
     * asked for on the console, if there is one (it is not echoed, and kept in memory only);
     * without a console the message says where to put it.
     */
    public <T> T withPassword(Function<String, T> open) {
        try {
            return open.apply(null);
        } catch (ZhibiaoException e) {
            Console console = System.console();
            if (!"server.error.passwordNeeded".equals(e.messageKey()) || console == null) {
                throw e;
            }
            char[] typed = console.readPassword("%s", messages().get("server.prompt.password", server()));
            if (typed == null) {
                throw e;
            }
            return open.apply(new String(typed));
        }
    }

    public Messages messages() {
        return Messages.forLanguage(lang);
    }
}
