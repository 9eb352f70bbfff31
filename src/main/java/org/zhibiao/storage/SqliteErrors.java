package org.zhibiao.storage;

import java.sql.SQLException;
import java.util.Set;
import org.sqlite.SQLiteException;

/**
 * SQLite's result codes and PostgreSQL's SQLSTATEs as the message a person needs: busy, full disk,
 * damaged, a conflict with another import, or the general one.
 */
final class SqliteErrors {

    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CONSTRAINT = 19;
    private static final int NOT_A_DATABASE = 26;

    private static final String SERVER_LOCK_TIMEOUT = "55P03";
    private static final String SERVER_DISK_FULL = "53100";
    private static final String SERVER_UNIQUE_VIOLATION = "23505";
    private static final Set<String> SERVER_CONFLICTS = Set.of("40001", "40P01");

    private SqliteErrors() {
    }

    static String messageKey(SQLException e, String general) {
        if (!(e instanceof SQLiteException) && e.getSQLState() != null) {
            return switch (e.getSQLState()) {
                case SERVER_LOCK_TIMEOUT -> "storage.error.busy";
                case SERVER_DISK_FULL -> "storage.error.full";
                default -> isConflict(e) ? "storage.error.conflict" : general;
            };
        }
        return switch (primaryCode(e)) {
            case BUSY, LOCKED -> "storage.error.busy";
            case FULL -> "storage.error.full";
            case CORRUPT, NOT_A_DATABASE -> "storage.error.damaged";
            default -> general;
        };
    }

    static boolean isConstraint(SQLException e) {
        return primaryCode(e) == CONSTRAINT || SERVER_UNIQUE_VIOLATION.equals(e.getSQLState());
    }

    /** A server's deadlock or serialization failure: the transaction was aborted and may be tried again. */
    static boolean isConflict(SQLException e) {
        return SERVER_CONFLICTS.contains(e.getSQLState());
    }

    private static int primaryCode(SQLException e) {
        return e instanceof SQLiteException s ? s.getResultCode().code & 0xff : e.getErrorCode() & 0xff;
    }
}
