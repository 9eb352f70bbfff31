package org.zhibiao.domain;

/**
 * The file's bytes were imported already, possibly by another process a moment earlier: the
 * database's unique index on imported files refused the second copy, and nothing of it was stored.
 */
public final class AlreadyImportedException extends ZhibiaoException {

    public AlreadyImportedException(Throwable cause) {
        super("import.error.alreadyImported", cause, "");
    }
}
