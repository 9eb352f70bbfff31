package org.zhibiao.cli;

import org.zhibiao.domain.ZhibiaoException;

/** The command was asked for something that cannot be (exit 2). */
final class UsageException extends ZhibiaoException {

    UsageException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
