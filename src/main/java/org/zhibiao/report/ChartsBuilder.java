package org.zhibiao.report;

import java.util.ArrayList;
import java.util.List;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.domain.Category;

/** Section 3: per category, actual against target and the gap to target. */
final class ChartsBuilder {

    private final ReportText text;
    private final ReportCharts charts;

    ChartsBuilder(ReportText text, ReportCharts charts) {
        this.text = text;
        this.charts = charts;
    }

    List<Block> blocks(List<IndicatorLine> lines) {
        List<Block> blocks = new ArrayList<>();
        int sub = 0;
        for (Category category : Category.values()) {
            List<IndicatorLine> inCategory = lines.stream().filter(l -> l.indicator().category() == category).toList();
            if (inCategory.isEmpty()) {
                continue;
            }
            sub++;
            String name = text.category(category);
            blocks.add(new Block.Heading(text.subHeading(sub, name)));
            List<IndicatorLine> charted = inCategory.stream().filter(l -> chartable(l.main())).toList();
            if (charted.isEmpty()) {
                blocks.add(Block.Paragraph.text(text.get("report.chart.none")));
                continue;
            }
            String actual = text.get("report.chart.actual", name);
            String gap = text.get("report.chart.gap", name);
            List<StatusRow> shown = charted.stream().map(IndicatorLine::main).toList();
            blocks.add(new Block.Chart(actual, charts.actualVsTarget(actual, shown), height(charted.size())));
            blocks.add(new Block.Chart(gap, charts.gap(gap, shown), height(charted.size())));
        }
        return blocks;
    }

    /** Height over width: taller for categories with many indicators. */
    private static float height(int indicators) {
        return Math.min(0.95f, 0.3f + 0.05f * indicators);
    }

    /** The factories place an indicator between its baseline and target, so it needs all three. */
    private static boolean chartable(StatusRow row) {
        return row.value() != null && row.target() != null && row.baseValue() != null
                && Math.abs(row.target() - row.baseValue()) > 1e-9;
    }
}
