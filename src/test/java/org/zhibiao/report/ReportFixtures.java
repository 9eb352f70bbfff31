package org.zhibiao.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.analysis.PlanNames;
import java.util.Map;
import org.zhibiao.analysis.Coverage;
import org.zhibiao.analysis.Explanation;
import org.zhibiao.analysis.Source;
import org.zhibiao.analysis.Status;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.analysis.TargetChoice;
import org.zhibiao.catalogue.BuiltinCatalogue;
import org.zhibiao.domain.Comparator;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.RegionLevel;

/** A province report input built from the built-in catalogue with statuses cycling through every kind. */
final class ReportFixtures {

    static final Period PERIOD = Period.of(2015, 4);
    static final Region PROVINCE = new Region("220000", "吉林省", RegionLevel.PROVINCE, null);
    static final List<Status> CYCLE = List.of(Status.ACHIEVED, Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK,
            Status.REGRESSING, Status.ACHIEVED, Status.NOT_MET, Status.ACHIEVED);

    private ReportFixtures() {
    }

    static List<Indicator> indicators() {
        return BuiltinCatalogue.indicators();
    }

    static ReportInput input() {
        List<StatusRow> rows = new ArrayList<>();
        Map<String, Double> yearEarlier = new HashMap<>();
        List<Indicator> indicators = indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            Status status = i == indicators.size() - 1 ? Status.NO_DATA : CYCLE.get(i % CYCLE.size());
            Coverage coverage = i % 5 == 0 ? new Coverage(7, 9) : i % 3 == 0 ? null : new Coverage(9, 9);
            rows.add(row(ind, PROVINCE.code(), 80 + i * 0.37, 2015, 90.0, status, coverage));
            yearEarlier.put(ind.code(), 79.5 + i * 0.3);
        }
        return new ReportInput(PROVINCE, PERIOD, TargetChoice.of(2015), rows, yearEarlier, children(indicators),
                new ReturnsSummary(9, List.of("长春市", "吉林市"), List.of("四平市"), List.of("辽源市"), List.of("通化市")),
                List.of("延边州 P01：本级报送值与下级汇总值相差 0.8 个百分点。"), List.of(),
                options(EnumSet.allOf(ReportSection.class)), PlanNames.NONE, Map.of());
    }

    static ReportOptions options(EnumSet<ReportSection> sections) {
        return new ReportOptions("吉林省质量技术监督局", LocalDate.of(2016, 1, 20), sections);
    }

    private static List<RegionRows> children(List<Indicator> indicators) {
        String[][] cities = {{"220100", "长春市"}, {"220200", "吉林市"}, {"220300", "四平市"}};
        List<RegionRows> children = new ArrayList<>();
        for (int c = 0; c < cities.length; c++) {
            List<StatusRow> rows = new ArrayList<>();
            for (int i = 0; i < indicators.size(); i++) {
                Status status = CYCLE.get((i + c) % CYCLE.size());
                rows.add(row(indicators.get(i), cities[c][0], 70.0 + i + c, 2015, 90.0, status, null));
            }
            children.add(new RegionRows(new Region(cities[c][0], cities[c][1], RegionLevel.CITY, "220000"), rows));
        }
        return children;
    }

    static StatusRow row(Indicator ind, String region, Double value, int year, double target, Status status,
            Coverage coverage) {
        boolean judged = status != Status.NO_DATA;
        Double v = judged ? value : null;
        return new StatusRow(ind, region, PERIOD, v, null, null, coverage == null ? Source.REPORTED : Source.ROLLUP,
                coverage, year, Comparator.AT_LEAST, target, null, Period.of(2010, 4), 75.0,
                judged ? 1.0 : null, judged ? target : null, null, null,
                judged ? target - value : null, judged ? target - value : null, status, "220000",
                Explanation.of("analysis.explain.none"), null, null);
    }
}
