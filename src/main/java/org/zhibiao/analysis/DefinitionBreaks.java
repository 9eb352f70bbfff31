package org.zhibiao.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.domain.DefinitionChange;
import org.zhibiao.domain.Period;

/** The definition changes (口径变化) of a catalogue by indicator: where values may not be compared. */
public final class DefinitionBreaks {

    public static final DefinitionBreaks NONE = new DefinitionBreaks(List.of());

    private final Map<String, List<DefinitionChange>> byIndicator = new HashMap<>();

    public DefinitionBreaks(List<DefinitionChange> changes) {
        for (DefinitionChange c : changes) {
            byIndicator.computeIfAbsent(c.indicatorCode(), k -> new ArrayList<>()).add(c);
        }
    }

    /** The quarters from which the indicator's definition changed so that earlier values are not comparable, in order. */
    public List<Period> breaks(String indicatorCode) {
        return byIndicator.getOrDefault(indicatorCode, List.of()).stream().filter(c -> !c.comparable())
                .map(DefinitionChange::from).sorted().toList();
    }

    /** The first change that is not comparable after {@code before} and by {@code after}; null when there is none. */
    public DefinitionChange between(String indicatorCode, Period before, Period after) {
        for (DefinitionChange c : byIndicator.getOrDefault(indicatorCode, List.of())) {
            if (c.breaks(before, after)) {
                return c;
            }
        }
        return null;
    }
}
