package org.zhibiao.storage;

import java.nio.file.Path;
import org.zhibiao.domain.ZhibiaoException;

/** A database could not be opened, read or written; the message key says which. */
public class StorageException extends ZhibiaoException {

    public StorageException(String messageKey, Throwable cause, Path file) {
        super(messageKey, cause, file == null ? "" : file.toString());
    }
}
