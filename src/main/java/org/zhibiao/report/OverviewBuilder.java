package org.zhibiao.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.analysis.Status;
import org.zhibiao.domain.Category;

/** Section 1: counts by status and by category, and the narrative written from them. */
final class OverviewBuilder {

    private final ReportText text;

    OverviewBuilder(ReportText text) {
        this.text = text;
    }

    List<Block> blocks(ReportInput input, List<IndicatorLine> lines) {
        List<Block> blocks = new ArrayList<>();
        String choice = text.choice(input.choice(), input.period());
        blocks.add(Block.Paragraph.text(text.get("report.overview.choice", choice)));
        blocks.add(new Block.Heading(text.get("report.sub.statusCounts")));
        blocks.add(statusTable(lines));
        blocks.add(new Block.Heading(text.get("report.sub.categoryCounts")));
        blocks.add(categoryTable(lines));
        blocks.add(new Block.Heading(text.get("report.sub.narrative")));
        new Narrative(text).paragraphs(input, lines).forEach(p -> blocks.add(Block.Paragraph.text(p)));
        return blocks;
    }

    private Block.Table statusTable(List<IndicatorLine> lines) {
        Map<Status, Integer> counts = counts(lines);
        List<List<String>> rows = new ArrayList<>();
        for (Status s : Status.values()) {
            rows.add(List.of(text.statusLabel(s), Integer.toString(counts.get(s))));
        }
        rows.add(List.of(text.get("report.col.total"), Integer.toString(lines.size())));
        return new Block.Table(List.of(text.get("report.col.status"), text.get("report.col.count")), rows,
                List.of(3f, 1f), List.of(false, true));
    }

    private Block.Table categoryTable(List<IndicatorLine> lines) {
        List<String> header = new ArrayList<>(List.of(text.get("report.col.category")));
        for (Status s : Status.values()) {
            header.add(text.statusName(s));
        }
        header.add(text.get("report.col.total"));
        List<List<String>> rows = new ArrayList<>();
        for (Category c : Category.values()) {
            List<IndicatorLine> inCategory = lines.stream().filter(l -> l.indicator().category() == c).toList();
            if (!inCategory.isEmpty()) {
                rows.add(countRow(text.category(c), inCategory));
            }
        }
        rows.add(countRow(text.get("report.col.total"), lines));
        List<Float> widths = new ArrayList<>(List.of(1.6f));
        List<Boolean> numeric = new ArrayList<>(List.of(false));
        for (int i = 0; i <= Status.values().length; i++) {
            widths.add(i < Status.values().length ? 1.1f : 0.8f);
            numeric.add(true);
        }
        return new Block.Table(header, rows, widths, numeric);
    }

    private static List<String> countRow(String label, List<IndicatorLine> lines) {
        Map<Status, Integer> counts = counts(lines);
        List<String> row = new ArrayList<>(List.of(label));
        for (Status s : Status.values()) {
            row.add(Integer.toString(counts.get(s)));
        }
        row.add(Integer.toString(lines.size()));
        return row;
    }

    static Map<Status, Integer> counts(List<IndicatorLine> lines) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        lines.forEach(l -> counts.merge(l.status(), 1, Integer::sum));
        return counts;
    }
}
