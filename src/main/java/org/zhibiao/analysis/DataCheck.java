package org.zhibiao.analysis;

import java.util.List;
import org.zhibiao.domain.Period;

/**
 * Something in the data a statistician should look at: a message key of the {@code analysis}
 * bundle with its arguments, for a region, an indicator (null when the finding concerns a whole
 * return) and a period.
 */
public record DataCheck(String regionCode, String indicatorCode, Period period, String messageKey,
                        List<Object> arguments, Severity severity) {

    public enum Severity { WARNING, NOTICE }

    public DataCheck {
        arguments = List.copyOf(arguments);
    }
}
