package org.zhibiao.analysis;

import java.util.List;

/**
 * A plain-language account of a result, as a message key of the {@code analysis} bundle and
 * its arguments, so the dashboard and the report say it in the reader's language.
 */
public record Explanation(String messageKey, List<Object> arguments) {

    public Explanation {
        arguments = List.copyOf(arguments);
    }

    public static Explanation of(String messageKey, Object... arguments) {
        return new Explanation(messageKey, List.of(arguments));
    }
}
