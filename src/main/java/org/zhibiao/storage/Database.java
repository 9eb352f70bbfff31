package org.zhibiao.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.ServerAddress;
import org.zhibiao.domain.Store;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.files.AsideFiles;

/**
 * One SQLite database file: foreign keys on, WAL, a busy timeout, migrations applied on open.
 * All access goes through one connection guarded by a lock, so background work and the UI
 * never interleave statements; {@link #inTransaction} makes a unit of work atomic. Write
 * transactions start with {@code BEGIN IMMEDIATE}, so two processes writing at once wait for each
 * other (up to the busy timeout) instead of failing half-way; a damaged, empty or foreign file is
 * never written to. The same class opens a database on a PostgreSQL server ({@link #openServer}):
 * the repositories' SQL runs on both, and only what is SQLite's own (PRAGMAs, {@code BEGIN
 * IMMEDIATE}, copies of the file) differs.
 */
public final class Database implements Store {

    /** How long a statement waits for another connection's lock; {@code zhibiao.busyTimeoutMillis} overrides it. */
    private static final int BUSY_TIMEOUT_MS = 10_000;

    /**
     * The lock every write transaction on a server takes first. Most writes (catalogue, plans,
     * period locks, undo, init) take it exclusively and run one after the other, as SQLite's
     * {@code BEGIN IMMEDIATE} makes them. A file's import takes it shared, then the exclusive lock
     * of its (region, period): imports of different returns run at the same time, revisions of one
     * (region, period) one after the other, and no import runs beside any other write.
     */
    private static final long SERVER_WRITE_LOCK = 0x7a68_6962_6961_6f00L;

    /** The channel on which every write transaction on a server tells the other sessions that it committed. */
    static final String CHANGES = "zhibiao_changed";

    /** How often a file's transaction is tried when the server aborts it for a deadlock or a serialization failure. */
    private static final int SERVER_ATTEMPTS = 4;

    private final Path file;
    private final ServerAddress server;
    private final String password;
    private final Connection connection;
    private final boolean readOnly;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean inTransaction;
    private boolean inReturnTransaction;

    private Database(Path file, ServerAddress server, String password, Connection connection, boolean readOnly) {
        this.file = file;
        this.server = server;
        this.password = password;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /**
     * Opens or creates a database, creating its folder, and brings its schema up to date. An
     * existing file must be an intact Zhibiao database: an empty, foreign or damaged file is
     * refused before anything is written to it.
     */
    public static Database open(Path file) {
        DatabaseFile kind = DatabaseFile.requireUsable(file);
        Database db = connect(file, false, false);
        try {
            if (kind != DatabaseFile.MISSING) {
                db.requireIntact();
                db.requireOwn();
            }
            db.execute("PRAGMA journal_mode = WAL");
            new Migrations(db).apply();
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Opens an existing database without ever writing to it: its bytes and modification time stay
     * as they are. A live database is read through SQLite's read-only mode, which sees everything
     * committed, also what is still in the WAL. SQLite's immutable mode (no locks, no WAL) is used
     * only where nothing can be in a WAL: for a snapshot the app made ({@code ownSnapshot}, in
     * rollback-journal mode) and for a database in a folder nobody can write to (read-only media).
     */
    public static Database openReadOnly(Path file, boolean ownSnapshot) {
        DatabaseFile kind = DatabaseFile.requireUsable(file);
        if (kind == DatabaseFile.MISSING) {
            throw new StorageException("storage.error.missing", null, file);
        }
        Path folder = file.toAbsolutePath().getParent();
        boolean noWal = !Files.exists(folder.resolve(file.getFileName() + "-wal"));
        boolean frozen = noWal && (ownSnapshot && kind == DatabaseFile.ROLLBACK
                || kind == DatabaseFile.WAL && !Files.isWritable(folder));
        Database db = connect(file, true, frozen);
        try {
            db.requireOwn();
            new Migrations(db).requireReadable();
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** How a database on a server is opened. */
    public enum Access {
        /** Only read, never migrate. */
        READ,
        /** Read and write; a login that may only read is refused before anything is done. */
        WRITE,
        /** Read and write if the login may, else read only (the desktop app). */
        WRITE_IF_ALLOWED
    }

    /**
     * Opens a database on a PostgreSQL server and brings its schema up to date (or, read-only,
     * checks that it can be read as it is). {@code archiveAnchor} is a path on this PC that names
     * it there ({@link #file}); the database itself keeps the originals of its returns.
     */
    public static Database openServer(ServerAddress server, Path archiveAnchor, boolean readOnly) {
        return openServer(server, null, archiveAnchor, readOnly ? Access.READ : Access.WRITE);
    }

    /**
     * Opens a database on a PostgreSQL server as {@code access} says. {@code password} (null: the
     * standard places) is kept in memory only, for the connections this database opens.
     */
    public static Database openServer(ServerAddress server, String password, Path archiveAnchor, Access access) {
        Connection connection;
        boolean readOnly;
        try {
            connection = dataSource(server, password).getConnection();
        } catch (SQLException e) {
            throw new StorageException(connectKey(e), e, server);
        }
        try {
            boolean mayWrite = ServerGrants.mayWrite(connection);
            if (access == Access.WRITE && !mayWrite) {
                throw new ZhibiaoException("server.error.readerRole", null, connection.getMetaData().getUserName(), server.toString());
            }
            readOnly = access == Access.READ || !mayWrite;
            connection.setReadOnly(readOnly);
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw new StorageException("storage.error.server", e, server);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
        Database db = new Database(archiveAnchor, server, password, connection, readOnly);
        try {
            db.requireOwn();
            if (readOnly) {
                new Migrations(db).requireReadable();
            } else {
                new Migrations(db).apply();
                db.execute("SET lock_timeout = " + busyTimeoutMillis());
            }
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Why a connection was refused, as a message key: the server asks for a password and none was
     * given (PostgreSQL's 08004), the password is wrong (28P01), or anything else.
     */
    private static String connectKey(SQLException e) {
        return switch (String.valueOf(e.getSQLState())) {
            case "08004" -> "server.error.passwordNeeded";
            case "28P01" -> "server.error.passwordRefused";
            default -> "storage.error.server";
        };
    }

    private static void closeQuietly(Connection connection, Exception cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * The server's database as a data source. The password is the one given, else {@code
     * PGPASSWORD}'s, if set; otherwise the driver looks it up in {@code ~/.pgpass} (or {@code
     * PGPASSFILE}) itself.
     */
    static DataSource dataSource(ServerAddress server, String given) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(server.jdbcUrl());
        String password = given != null && !given.isEmpty() ? given : System.getenv("PGPASSWORD");
        if (password != null && !password.isEmpty()) {
            source.setPassword(password);
        }
        return source;
    }

    /** This database's server as a data source, with the password it was opened with. */
    DataSource serverSource() {
        return dataSource(server, password);
    }

    /** The server this database is on, or null for a database file. */
    public ServerAddress server() {
        return server;
    }

    /** Where the database is, for messages: its file or its server address. */
    Object where() {
        return server != null ? server : file;
    }

    /**
     * Connects through sqlite-jdbc itself: {@code DriverManager} would first load and register every
     * JDBC driver on the class path (PostgreSQL's too), which a short command pays for at start.
     */
    private static Database connect(Path file, boolean readOnly, boolean frozen) {
        try {
            SQLiteConfig config = config(readOnly);
            String url;
            if (readOnly) {
                url = "jdbc:sqlite:" + file.toAbsolutePath().toUri().toString().replace("file:///", "file:/")
                        + (frozen ? "?immutable=1" : "?mode=ro");
            } else {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                url = "jdbc:sqlite:" + file.toAbsolutePath();
            }
            return new Database(file, null, null, JDBC.createConnection(url, config.toProperties()), readOnly);
        } catch (SQLException | IOException e) {
            throw new StorageException("storage.error.open", e, file);
        }
    }

    /**
     * Foreign keys on and a busy timeout; a read-only connection cannot write, a writing one syncs
     * at WAL checkpoints ({@code synchronous=NORMAL}).
     */
    static SQLiteConfig config(boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(busyTimeoutMillis());
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        return config;
    }

    /** How long a write waits for another's lock: SQLite's busy timeout, the server's {@code lock_timeout}. */
    private static int busyTimeoutMillis() {
        return Integer.getInteger("zhibiao.busyTimeoutMillis", BUSY_TIMEOUT_MS);
    }

    /** SQLite's quick_check: a damaged database is refused before any write. */
    private void requireIntact() {
        String verdict;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check(1)")) {
            verdict = rs.next() ? rs.getString(1) : "";
        } catch (SQLException e) {
            throw new StorageException("storage.error.damaged", e, file);
        }
        if (!"ok".equals(verdict)) {
            throw new StorageException("storage.error.damaged", new SQLException(verdict), file);
        }
    }

    /** An SQLite file with tables of its own but no schema history of Zhibiao's is another program's database. */
    private void requireOwn() {
        boolean foreign = read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT count(*) > 0 AND sum(CASE WHEN name IN ('flyway_schema_history', 'schema_version')
                        THEN 1 ELSE 0 END) = 0
                    FROM (%s) AS t""".formatted(Migrations.tableNames(server != null)))) {
                return rs.next() && rs.getBoolean(1);
            }
        });
        if (foreign) {
            throw new StorageException("storage.error.foreign", null, where());
        }
    }

    private void execute(String sql) {
        read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
            return null;
        });
    }

    /**
     * Leaves WAL mode (SQLite checkpoints everything into the file and removes the WAL): the file
     * alone then holds the whole database and can be moved or handed on.
     */
    public void makeSelfContained() {
        execute("PRAGMA journal_mode = DELETE");
    }

    /**
     * Copies everything from the WAL into the file and empties the WAL, for a file only this
     * connection has open (a database being built aside): closed, the file alone is the database.
     */
    public void checkpointPrivateFile() {
        execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    /** Runs work on the connection without a transaction of its own (reads). */
    public <T> T read(SqlFunction<T> work) {
        lock.lock();
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new StorageException(SqliteErrors.messageKey(e, "storage.error.query"), e, where());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs reads in one transaction, so that all of them see the database as it was at one
     * moment, also while other connections write to it.
     */
    public <T> T readAtOneMoment(SqlFunction<T> work) {
        lock.lock();
        try (Statement s = connection.createStatement()) {
            return transaction(s, server == null ? "BEGIN" : "BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY", work);
        } catch (SQLException e) {
            throw new StorageException(SqliteErrors.messageKey(e, "storage.error.query"), e, where());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs work in one write transaction, begun with {@code BEGIN IMMEDIATE}: all of it is stored,
     * or none (also when the process dies). Work inside work joins the outer transaction. On a
     * server it runs beside no other write.
     */
    public <T> T inTransaction(SqlFunction<T> work) {
        return write(null, work);
    }

    /**
     * Runs the writes of one return of {@code regionCode} and {@code period} in one transaction. On
     * a server it runs beside other returns' transactions and after those of the same region and
     * period, and is tried again (a few times, then failed) when the server aborts it for a
     * deadlock or a serialization failure: the work must do nothing but its SQL. On a database
     * file it is a write transaction like any other.
     */
    public <T> T inReturnTransaction(String regionCode, Period period, SqlFunction<T> work) {
        return write(new ReturnKey(regionCode, period), work);
    }

    private <T> T write(ReturnKey key, SqlFunction<T> work) {
        if (readOnly) {
            throw new StorageException("storage.error.readOnly", null, where());
        }
        lock.lock();
        try {
            if (inTransaction) {
                if (inReturnTransaction && key == null) {
                    throw new IllegalStateException("a write of the whole database inside a return's transaction");
                }
                return work.apply(connection);
            }
            if (server == null) {
                return newTransaction("BEGIN IMMEDIATE", false, work);
            }
            return key == null ? newTransaction("BEGIN; SELECT pg_advisory_xact_lock(" + SERVER_WRITE_LOCK + ")",
                    false, work) : retried(key, work);
        } catch (SQLException e) {
            throw new StorageException(SqliteErrors.messageKey(e, "storage.error.write"), e, where());
        } finally {
            lock.unlock();
        }
    }

    private <T> T retried(ReturnKey key, SqlFunction<T> work) throws SQLException {
        String begin = "BEGIN; SELECT pg_advisory_xact_lock_shared(" + SERVER_WRITE_LOCK + "); "
                + "SELECT pg_advisory_xact_lock(" + key.regionCode().hashCode() + ", " + key.period().index() + ")";
        for (int attempt = 1; ; attempt++) {
            try {
                return newTransaction(begin, true, work);
            } catch (SQLException e) {
                if (attempt == SERVER_ATTEMPTS || !SqliteErrors.isConflict(e)) {
                    throw e;
                }
            }
        }
    }

    private <T> T newTransaction(String begin, boolean oneReturn, SqlFunction<T> work) throws SQLException {
        try (Statement s = connection.createStatement()) {
            inTransaction = true;
            inReturnTransaction = oneReturn;
            try {
                return transaction(s, begin, c -> {
                    T result = work.apply(c);
                    if (server != null) {
                        s.execute("SELECT pg_notify('" + CHANGES + "', '')");
                    }
                    return result;
                });
            } finally {
                inTransaction = false;
                inReturnTransaction = false;
            }
        }
    }

    /** The (region, period) whose returns a transaction writes. */
    private record ReturnKey(String regionCode, Period period) {
    }

    /** Begins a transaction on {@code s}, runs work in it, then commits it, or rolls it back if either fails. */
    private <T> T transaction(Statement s, String begin, SqlFunction<T> work) throws SQLException {
        try {
            s.execute(begin);
            T result = work.apply(connection);
            s.execute("COMMIT");
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback(s, e);
            throw e;
        }
    }

    /** Rolls back unless SQLite already did (it does after some errors, a full disk among them). */
    private void rollback(Statement s, Exception cause) {
        try {
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void inTransaction(Runnable work) {
        runInTransaction(c -> work.run());
    }

    public void runInTransaction(SqlConsumer work) {
        inTransaction(c -> {
            work.accept(c);
            return null;
        });
    }

    /**
     * A consistent copy of the whole database, also while it is open elsewhere: written aside,
     * flushed, then moved over {@code target}, so an earlier copy there stays whole until the new
     * one is complete. Never over the database itself.
     */
    @Override
    public void backupTo(Path target) {
        Path out = target.toAbsolutePath();
        if (isThisDatabase(out)) {
            throw new StorageException("storage.error.backupOverItself", null, target);
        }
        Path aside = AsideFiles.aside(out, "copy");
        try {
            Files.createDirectories(out.getParent());
            AsideFiles.sweep(out.getParent(), "copy");
            copyInto(aside);
            AsideFiles.moveIntoPlace(aside, out);
        } catch (IOException e) {
            throw new StorageException("storage.error.backup", e, target);
        } finally {
            deleteAside(aside, target);
        }
    }

    /**
     * Writes a consistent copy of the whole database to a new SQLite file: SQLite's VACUUM INTO for
     * a database file, a verified {@link Transfer} for a database on a server.
     */
    void copyInto(Path target) {
        if (server == null) {
            vacuumInto(target);
            return;
        }
        try (Database copy = open(target)) {
            Transfer.copy(this, copy);
            copy.makeSelfContained();
        }
    }

    private void vacuumInto(Path target) {
        read(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            return null;
        });
    }

    static void deleteAside(Path aside, Path target) {
        try {
            AsideFiles.deleteWithCompanions(aside);
        } catch (IOException e) {
            throw new StorageException("storage.error.backup", e, target);
        }
    }

    private boolean isThisDatabase(Path target) {
        try {
            return target.equals(file.toAbsolutePath().normalize())
                    || Files.exists(target) && Files.isSameFile(target, file);
        } catch (IOException e) {
            throw new StorageException("storage.error.backup", e, target);
        }
    }

    /**
     * Closes the connection. No checkpoint is forced: SQLite checkpoints on the last close when it
     * can, without waiting for readers that still hold an older snapshot.
     */
    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("storage.error.close", e, where());
        } finally {
            lock.unlock();
        }
    }

    @FunctionalInterface
    public interface SqlFunction<T> {
        T apply(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    public interface SqlConsumer {
        void accept(Connection connection) throws SQLException;
    }
}
