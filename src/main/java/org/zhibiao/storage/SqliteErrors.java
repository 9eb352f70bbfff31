package org.zhibiao.storage;

import java.sql.SQLException;
import org.sqlite.SQLiteException;

/** SQLite's result codes as the message a person needs: busy, full disk, damaged, or the general one. */
final class SqliteErrors {

    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CONSTRAINT = 19;
    private static final int NOT_A_DATABASE = 26;

    private SqliteErrors() {
    }

    static String messageKey(SQLException e, String general) {
        return switch (primaryCode(e)) {
            case BUSY, LOCKED -> "storage.error.busy";
            case FULL -> "storage.error.full";
            case CORRUPT, NOT_A_DATABASE -> "storage.error.damaged";
            default -> general;
        };
    }

    static boolean isConstraint(SQLException e) {
        return primaryCode(e) == CONSTRAINT;
    }

    private static int primaryCode(SQLException e) {
        return e instanceof SQLiteException s ? s.getResultCode().code & 0xff : e.getErrorCode() & 0xff;
    }
}
