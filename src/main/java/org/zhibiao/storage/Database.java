package org.zhibiao.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * One SQLite database file: foreign keys on, WAL, a busy timeout, migrations applied on open.
 * All access goes through one connection guarded by a lock, so background work and the UI
 * never interleave statements; {@link #inTransaction} makes a unit of work atomic.
 */
public final class Database implements AutoCloseable {

    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final Connection connection;
    private final boolean readOnly;
    private final ReentrantLock lock = new ReentrantLock();

    private Database(Path file, Connection connection, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /** Opens or creates a database, creating its folder, and brings its schema up to date. */
    public static Database open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            Database db = new Database(file, c, false);
            new Migrations(db).apply();
            return db;
        } catch (SQLException | IOException e) {
            throw new StorageException("storage.error.open", e, file);
        }
    }

    /**
     * Opens an existing database without ever writing to it: the file, its bytes and its
     * modification time stay as they are (SQLite's immutable mode), so a supervisor's browsing
     * cannot change it.
     */
    public static Database openReadOnly(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StorageException("storage.error.missing", null, file);
        }
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            String uri = "jdbc:sqlite:" + file.toAbsolutePath().toUri().toString().replace("file:///", "file:/")
                    + "?immutable=1";
            Connection c = DriverManager.getConnection(uri, config.toProperties());
            Database db = new Database(file, c, true);
            new Migrations(db).requireCurrent();
            return db;
        } catch (SQLException e) {
            throw new StorageException("storage.error.open", e, file);
        }
    }

    public Path file() {
        return file;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Runs work on the connection without a transaction of its own (reads). */
    public <T> T read(SqlFunction<T> work) {
        lock.lock();
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new StorageException("storage.error.query", e, file);
        } finally {
            lock.unlock();
        }
    }

    /** Runs work in one transaction: all of it is stored, or none (also when the process dies). */
    public <T> T inTransaction(SqlFunction<T> work) {
        if (readOnly) {
            throw new StorageException("storage.error.readOnly", null, file);
        }
        lock.lock();
        try {
            boolean outer = connection.getAutoCommit();
            if (!outer) {
                return work.apply(connection);
            }
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException("storage.error.write", e, file);
        } finally {
            lock.unlock();
        }
    }

    public void runInTransaction(SqlConsumer work) {
        inTransaction(c -> {
            work.accept(c);
            return null;
        });
    }

    /** A consistent copy of the whole database, also while it is open elsewhere. */
    public void backupTo(Path target) {
        try {
            Files.deleteIfExists(target);
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StorageException("storage.error.backup", e, target);
        }
        read(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            return null;
        });
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!readOnly) {
                try (Statement s = connection.createStatement()) {
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
            }
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("storage.error.close", e, file);
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
