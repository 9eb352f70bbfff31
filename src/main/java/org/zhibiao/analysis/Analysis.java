package org.zhibiao.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.zhibiao.domain.DefinitionChange;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Observation;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.Target;

/**
 * Everything the status of a screen needs, from plain domain records: the region tree, the
 * catalogue and the current observations of the periods involved. Hands out the status rows and
 * the data checks; roll-ups are computed once and shared between them.
 */
public final class Analysis {

    private final RegionHierarchy regions;
    private final List<Indicator> indicators;
    private final TargetBook targets;
    private final Facts facts;
    private final RollUp rollUp;
    private final StatusCalculator status;

    public Analysis(Catalogue catalogue, Collection<Observation> observations, ProgressJudge judge) {
        this.regions = catalogue.regions();
        this.indicators = catalogue.indicators();
        this.targets = catalogue.targets();
        this.facts = new Facts(observations);
        this.rollUp = new RollUp(regions, facts);
        this.status = new StatusCalculator(indicators, targets, catalogue.breaks(), rollUp, judge);
    }

    public StatusCalculator status() {
        return status;
    }

    public List<DataCheck> checks(String rootCode, Period t) {
        return new DataChecks(regions, indicators, targets, rollUp, facts).check(rootCode, t);
    }

    /** The region tree, indicators, targets and definition changes an analysis works with. */
    public record Catalogue(RegionHierarchy regions, List<Indicator> indicators, TargetBook targets,
                            DefinitionBreaks breaks) {

        public static Catalogue of(List<Region> regions, List<Indicator> indicators, List<Target> targets,
                                   List<DefinitionChange> changes) {
            RegionHierarchy hierarchy = new RegionHierarchy(regions);
            return new Catalogue(hierarchy, indicators, new TargetBook(targets, hierarchy, indicators),
                    new DefinitionBreaks(changes));
        }

        /** The same, showing only the given indicators. */
        public Catalogue showing(List<Indicator> shown) {
            return new Catalogue(regions, shown, targets, breaks);
        }

        /**
         * The periods whose observations the rows of these regions at t read by the method (for one
         * target year, or for every year that applies when {@code targetYear} is null), and the same
         * quarter a year earlier for the trend.
         */
        public Set<Period> periodsFor(Collection<String> regionCodes, Period t, Integer targetYear, Method method) {
            Set<Period> periods = new TreeSet<>();
            periods.add(t);
            periods.add(t.yearEarlier());
            for (Indicator indicator : indicators) {
                for (String region : regionCodes) {
                    Collection<Integer> years = targetYear != null ? List.of(targetYear)
                            : targets.years(indicator.code(), region);
                    for (int year : years) {
                        Target target = targets.resolve(indicator.code(), region, year);
                        periods.addAll(Measurement.periodsNeeded(indicator, target, t,
                                method == Method.OPEN_SDG));
                    }
                }
            }
            return periods;
        }

        /** The periods the data checks of t read: those of the rows plus the previous ones. */
        public Set<Period> periodsForChecks(Collection<String> regionCodes, Period t) {
            Set<Period> periods = periodsFor(regionCodes, t, null, Method.TIME_PROGRESS);
            periods.addAll(DataChecks.periodsNeeded(t));
            return periods;
        }
    }
}
