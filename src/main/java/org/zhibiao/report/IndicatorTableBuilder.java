package org.zhibiao.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhibiao.analysis.Status;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.analysis.TargetChoice;
import org.zhibiao.domain.Category;
import org.zhibiao.domain.Comparator;
import org.zhibiao.domain.Indicator;

/**
 * Section 2: one table per category with value, change, targets, expected value, gaps and status
 * (with the trend where there is no target).
 */
final class IndicatorTableBuilder {

    private static final List<Float> WIDTHS = List.of(2.2f, 10.4f, 4.2f, 4.2f, 5.6f, 4.4f, 4.2f, 4.2f, 5.6f, 4.2f);
    private static final List<Boolean> NUMERIC =
            List.of(true, false, true, true, true, true, true, true, false, true);

    private final ReportText text;

    IndicatorTableBuilder(ReportText text) {
        this.text = text;
    }

    List<Block> blocks(ReportInput input, List<IndicatorLine> lines) {
        List<Block> blocks = new ArrayList<>();
        int number = 0;
        int sub = 0;
        for (Category category : Category.values()) {
            List<IndicatorLine> inCategory = lines.stream().filter(l -> l.indicator().category() == category).toList();
            if (inCategory.isEmpty()) {
                continue;
            }
            sub++;
            blocks.add(new Block.Heading(text.get("report.sub.category", subNumber(sub), text.category(category))));
            List<List<String>> rows = new ArrayList<>();
            for (IndicatorLine line : inCategory) {
                rows.add(row(++number, line, input.choice(), input.yearEarlierValues()));
            }
            blocks.add(new Block.Table(header(input.choice()), rows, WIDTHS, NUMERIC));
        }
        blocks.add(Block.Paragraph.note(text.legend()));
        return blocks;
    }

    private String subNumber(int n) {
        return text.messages().chinese() ? ReportText.chineseNumeral(n) : Integer.toString(n);
    }

    private List<String> header(TargetChoice choice) {
        List<String> header = new ArrayList<>(List.of(text.get("report.col.no"), text.get("report.col.indicator"),
                text.get("report.col.value"), text.get("report.col.yoy")));
        header.add(choice.inForce() ? text.get("report.col.targetInForce")
                : text.get("report.col.target", choice.year()));
        header.addAll(List.of(text.get("report.col.expected"), text.get("report.col.gapTarget"),
                text.get("report.col.gapExpected"), text.get("report.col.status"), text.get("report.col.coverage")));
        return header;
    }

    private List<String> row(int number, IndicatorLine line, TargetChoice choice, Map<String, Double> yearEarlier) {
        Indicator indicator = line.indicator();
        StatusRow main = line.main();
        Double before = yearEarlier.get(indicator.code());
        Double change = main.value() == null || before == null ? null : main.value() - before;
        return List.of(Integer.toString(number), text.nameWithUnit(indicator), ReportText.value(indicator, main.value()),
                text.gap(indicator, change),
                choice.inForce() && main.target() != null
                        ? text.get("report.col.targetOfYear", target(indicator, main), main.targetYear())
                        : target(indicator, main),
                ReportText.value(indicator, main.expected()),
                text.gap(indicator, main.gapToTarget()),
                text.gap(indicator, main.gapToExpected()),
                status(main), text.coverage(main.coverage()));
    }

    /** The status, and for a row without a target which way its value moved. */
    private String status(StatusRow row) {
        String label = text.statusLabel(row.status());
        if (row.status() != Status.NO_TARGET || row.trend() == null) {
            return label;
        }
        return text.get("report.statusWithTrend", label, text.get("analysis.trend." + row.trend().name()));
    }

    static String target(Indicator indicator, StatusRow row) {
        if (row == null || row.target() == null) {
            return ReportText.NONE;
        }
        Comparator comparator = row.comparator();
        String value = ReportText.value(indicator, row.target());
        if (comparator == Comparator.RANGE && row.targetMax() != null) {
            return value + "—" + ReportText.value(indicator, row.targetMax());
        }
        return comparator == null || comparator == Comparator.YES ? value : comparator.symbol() + value;
    }
}
