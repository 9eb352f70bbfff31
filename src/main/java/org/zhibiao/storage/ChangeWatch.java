package org.zhibiao.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells whether another connection (another process, another PC) committed a change to a
 * database. A database file is asked for SQLite's {@code data_version}, which changes only with
 * other connections' commits; on a server, every write transaction notifies channel
 * {@code zhibiao_changed}, and the notifications of other sessions are collected on a listening
 * connection of the watch's own. Cheap enough to ask every few seconds. Also gives a version of the
 * data, for what is kept computed from it.
 */
public final class ChangeWatch implements AutoCloseable {

    private final Database db;
    private long dataVersion = -1;
    private Connection listener;
    private int ownSession;

    public ChangeWatch(Database db) {
        this.db = db;
    }

    /** Whether another connection committed since the last call; the first call starts watching and says no. */
    public synchronized boolean changedElsewhere() {
        if (db.server() == null) {
            long now = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            });
            boolean changed = dataVersion >= 0 && now != dataVersion;
            dataVersion = now;
            return changed;
        }
        try {
            if (listener == null) {
                listen();
                return false;
            }
            try (Statement s = listener.createStatement()) {
                s.execute("SELECT 1");
            }
            PGNotification[] received = listener.unwrap(PGConnection.class).getNotifications();
            return received != null && Arrays.stream(received).anyMatch(n -> n.getPID() != ownSession);
        } catch (SQLException e) {
            throw new StorageException("storage.error.query", e, db.server());
        }
    }

    /**
     * A value that changes with every commit that may have changed the data, this connection's
     * or another's: on a file, the rows this connection changed and SQLite's {@code data_version};
     * on a server, the next transaction id (the writes of every session take one). Equal values
     * mean nothing was written in between; a change may also come from a write that changed
     * nothing shown. One short query.
     */
    public String dataVersion() {
        String query = db.server() == null ? "SELECT total_changes() || ':' || data_version FROM pragma_data_version"
                : "SELECT txid_snapshot_xmax(txid_current_snapshot())::text";
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    private void listen() throws SQLException {
        ownSession = db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        listener = db.serverSource().getConnection();
        try (Statement s = listener.createStatement()) {
            s.execute("LISTEN " + Database.CHANGES);
        }
    }

    @Override
    public synchronized void close() {
        if (listener == null) {
            return;
        }
        try {
            listener.close();
        } catch (SQLException e) {
            throw new StorageException("storage.error.close", e, db.server());
        } finally {
            listener = null;
        }
    }
}
