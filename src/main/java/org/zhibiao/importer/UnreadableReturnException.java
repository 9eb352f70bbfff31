package org.zhibiao.importer;

import org.zhibiao.domain.ZhibiaoException;

/** A file that cannot be read as a return at all: not a workbook, encrypted, damaged or too big. */
public final class UnreadableReturnException extends ZhibiaoException {

    public UnreadableReturnException(String messageKey, Throwable cause) {
        super(messageKey, cause);
    }
}
