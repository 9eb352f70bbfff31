package org.zhibiao.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.zhibiao.analysis.DataChecks;
import org.zhibiao.analysis.Figure;
import org.zhibiao.analysis.RollUp;
import org.zhibiao.domain.Frequency;
import org.zhibiao.domain.ImportIssue;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Observation;
import org.zhibiao.domain.ObservationRepository;
import org.zhibiao.domain.Period;
import org.zhibiao.importer.ParsedReturn;
import org.zhibiao.importer.ReturnValue;

/**
 * The checks of a return against what is stored: jumps from the previous period beyond an
 * indicator's threshold, a region's own value against the roll-up of its children's stored
 * values (warnings), and the values a new revision changes. The roll-up, the jump sizes and the
 * tolerances are those of {@code analysis} ({@link RollUp}, {@link DataChecks}).
 */
final class ReturnChecks {

    private final ObservationRepository observations;

    ReturnChecks(ObservationRepository observations) {
        this.observations = observations;
    }

    /**
     * The return against the values stored now: those of its region and period and of the region's
     * children are read once, here; the previous periods' only when the warnings are asked for.
     */
    Stored against(ParsedReturn r) {
        Map<String, Observation> own = new HashMap<>();
        List<Observation> children = new ArrayList<>();
        for (Observation o : observations.values(r.period(), r.regionCode(), true)) {
            if (o.regionCode().equals(r.regionCode())) {
                own.put(o.indicatorCode(), o);
            } else {
                children.add(o);
            }
        }
        return new Stored(r, own, children);
    }

    /** What is stored for one return's region and period, and its checks against it. */
    final class Stored {

        private final ParsedReturn r;
        private final Map<String, Observation> own;
        private final List<Observation> children;

        private Stored(ParsedReturn r, Map<String, Observation> own, List<Observation> children) {
            this.r = r;
            this.own = own;
            this.children = children;
        }

        /** The values stored now for the return's own region and period, by indicator code. */
        Map<String, Double> values() {
            Map<String, Double> out = new HashMap<>();
            own.forEach((code, o) -> {
                if (o.value() != null) {
                    out.put(code, o.value());
                }
            });
            return out;
        }

        List<ImportIssue> warnings() {
            List<ImportIssue> out = new ArrayList<>();
            Map<Period, Map<String, Observation>> previous = new HashMap<>();
            for (ReturnValue v : r.values()) {
                if (v.value() == null) {
                    continue;
                }
                Period before = previousPeriod(v.indicator(), r.period());
                if (before != null) {
                    Observation prev = previous.computeIfAbsent(before, this::ownValues).get(v.indicator().code());
                    jump(r, v, prev, before).ifPresent(out::add);
                }
                rollup(r, v, children).ifPresent(out::add);
            }
            return out;
        }

        List<ValueChange> changes() {
            List<ValueChange> out = new ArrayList<>();
            if (own.isEmpty()) {
                return out;
            }
            for (ReturnValue v : r.values()) {
                Observation old = own.get(v.indicator().code());
                Double oldValue = old == null ? null : old.value();
                if (!Objects.equals(oldValue, v.value())) {
                    out.add(new ValueChange(v.indicator().code(), oldValue, v.value()));
                }
            }
            return out;
        }

        private Map<String, Observation> ownValues(Period period) {
            Map<String, Observation> out = new HashMap<>();
            for (Observation o : observations.values(period, r.regionCode(), false)) {
                out.put(o.indicatorCode(), o);
            }
            return out;
        }
    }

    /** The period a value is compared with; none for a flow in Q1 (year-to-date starts again). */
    private static Period previousPeriod(Indicator indicator, Period period) {
        if (indicator.frequency() == Frequency.ANNUAL) {
            return period.yearEarlier();
        }
        return indicator.isFlow() && period.quarter() == 1 ? null : period.previous();
    }

    private static Optional<ImportIssue> jump(ParsedReturn r, ReturnValue v, Observation prev,
                                                        Period before) {
        if (prev == null || prev.value() == null) {
            return Optional.empty();
        }
        Indicator i = v.indicator();
        boolean beyond = (i.isPercentage() || prev.value() != 0)
                && DataChecks.jumpSize(i, prev.value(), v.value()) > DataChecks.jumpLimit(i);
        return beyond ? Optional.of(ImportIssue.warning(r.fileName(), v.sheet(), v.cell(), "import.warning.jump", "",
                i.code(), plain(prev.value()), before.toString(), plain(v.value())).about(i.code())) : Optional.empty();
    }

    private static Optional<ImportIssue> rollup(ParsedReturn r, ReturnValue v, List<Observation> children) {
        List<Observation> values = children.stream()
                .filter(o -> o.indicatorCode().equals(v.indicator().code()) && o.value() != null).toList();
        Figure figure = RollUp.of(v.indicator(), values);
        Double rolled = figure == null ? null : figure.value();
        if (rolled == null) {
            return Optional.empty();
        }
        boolean beyond = DataChecks.differsFromRollUp(v.indicator(), v.value(), rolled, rolled);
        return beyond ? Optional.of(ImportIssue.warning(r.fileName(), v.sheet(), v.cell(),
                "import.warning.rollup", "", v.indicator().code(), plain(v.value()), plain(rolled),
                Integer.toString(values.size())).about(v.indicator().code())) : Optional.empty();
    }

    static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
