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
            List<StatusRow> rows = lines.stream().filter(l -> l.indicator().category() == category)
                    .map(IndicatorLine::main).toList();
            if (rows.isEmpty()) {
                continue;
            }
            sub++;
            String name = text.category(category);
            String number = text.messages().chinese() ? ReportText.chineseNumeral(sub) : Integer.toString(sub);
            blocks.add(new Block.Heading(text.get("report.sub.category", number, name)));
            List<StatusRow> charted = rows.stream().filter(r -> r.value() != null && r.target() != null).toList();
            if (charted.isEmpty()) {
                blocks.add(Block.Paragraph.text(text.get("report.chart.none")));
                continue;
            }
            String actual = text.get("report.chart.actual", name);
            String gap = text.get("report.chart.gap", name);
            blocks.add(new Block.Chart(actual, charts.actualVsTarget(actual, charted), height(charted)));
            blocks.add(new Block.Chart(gap, charts.gap(gap, charted), height(charted)));
        }
        return blocks;
    }

    /** Height over width: taller for categories with many indicators. */
    private static float height(List<StatusRow> rows) {
        return Math.min(0.9f, 0.35f + 0.045f * rows.size());
    }
}
