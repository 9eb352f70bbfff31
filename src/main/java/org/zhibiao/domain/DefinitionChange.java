package org.zhibiao.domain;

import java.util.Objects;

/**
 * A change of an indicator's statistical definition (口径) from a period on: the old and the new
 * definition, and whether values before it can still be compared with values after it.
 */
public record DefinitionChange(String indicatorCode, Period from, String oldDefinition, String newDefinition,
                               boolean comparable) {

    public DefinitionChange {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(from, "from");
        oldDefinition = oldDefinition == null ? "" : oldDefinition;
        newDefinition = newDefinition == null ? "" : newDefinition;
    }

    /** Whether this change breaks the comparison of a value at {@code before} with one at {@code after}. */
    public boolean breaks(Period before, Period after) {
        return !comparable && before.compareTo(from) < 0 && from.compareTo(after) <= 0;
    }
}
