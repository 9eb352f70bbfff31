package org.zhibiao.storage;

import org.zhibiao.domain.ZhibiaoException;

/** A database could not be opened, read or written; the message key says which. */
public class StorageException extends ZhibiaoException {

    /** {@code where} is the database's file or its server address. */
    public StorageException(String messageKey, Throwable cause, Object where) {
        super(messageKey, cause, where == null ? "" : where.toString());
    }
}
