package org.zhibiao.domain;

import java.util.List;

/**
 * A failure a user must be told about: a message key of the i18n bundles and its arguments.
 * The technical cause stays attached for the log.
 */
public class ZhibiaoException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public ZhibiaoException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey + " " + List.of(arguments), cause);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
