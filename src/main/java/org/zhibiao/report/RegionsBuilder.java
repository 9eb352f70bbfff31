package org.zhibiao.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhibiao.analysis.Status;
import org.zhibiao.analysis.StatusRow;

/**
 * Section 4: the regions below ranked by the share of their indicators achieved or on track, and,
 * for every indicator some region is behind on, the regions behind.
 */
final class RegionsBuilder {

    private static final Set<Status> LAGGING =
            EnumSet.of(Status.AT_RISK, Status.OFF_TRACK, Status.REGRESSING, Status.NOT_MET);
    private static final Set<Status> JUDGED =
            EnumSet.of(Status.ACHIEVED, Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK, Status.REGRESSING,
                    Status.NOT_MET);

    private final ReportText text;

    RegionsBuilder(ReportText text) {
        this.text = text;
    }

    List<Block> blocks(ReportInput input, List<IndicatorLine> lines) {
        if (input.children().isEmpty()) {
            return List.of(Block.Paragraph.text(text.get("report.regions.none")));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(text.get("report.sub.ranking")));
        blocks.add(ranking(input.children()));
        blocks.add(new Block.Heading(text.get("report.sub.lagging")));
        List<String> lagging = lagging(input, lines);
        if (lagging.isEmpty()) {
            blocks.add(Block.Paragraph.text(text.get("report.regions.noneLagging")));
        }
        lagging.forEach(p -> blocks.add(Block.Paragraph.text(p)));
        return blocks;
    }

    private record Score(RegionRows region, int achieved, int onTrack, int atRisk, int behind, int judged) {

        double share() {
            return judged == 0 ? -1 : (achieved + onTrack) / (double) judged;
        }
    }

    private Block.Table ranking(List<RegionRows> children) {
        List<Score> scores = children.stream().map(RegionsBuilder::score)
                .sorted(Comparator.comparingDouble(Score::share).reversed()
                        .thenComparing(Comparator.comparingInt(Score::achieved).reversed())
                        .thenComparing(s -> s.region().region().code()))
                .toList();
        List<List<String>> rows = new ArrayList<>();
        int rank = 0;
        for (Score s : scores) {
            rows.add(List.of(Integer.toString(++rank), s.region().region().name(), Integer.toString(s.achieved()),
                    Integer.toString(s.onTrack()), Integer.toString(s.atRisk()), Integer.toString(s.behind()),
                    Integer.toString(s.judged()), share(s)));
        }
        List<String> header = List.of(text.get("report.col.rank"), text.get("report.col.region"),
                text.statusLabel(Status.ACHIEVED), text.statusLabel(Status.ON_TRACK), text.statusLabel(Status.AT_RISK),
                text.statusLabel(Status.OFF_TRACK) + "/" + text.statusName(Status.REGRESSING)
                        + "/" + text.statusName(Status.NOT_MET),
                text.get("report.col.withTarget"), text.get("report.col.score"));
        return new Block.Table(header, rows, List.of(1.2f, 3f, 2f, 2f, 2f, 3.4f, 2f, 2.4f),
                List.of(true, false, true, true, true, true, true, true));
    }

    private static String share(Score s) {
        return s.judged() == 0 ? ReportText.NONE
                : BigDecimal.valueOf(100 * s.share()).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static Score score(RegionRows region) {
        Map<Status, Integer> counts = OverviewBuilder.counts(IndicatorLine.of(region.rows()));
        int behind = counts.get(Status.OFF_TRACK) + counts.get(Status.REGRESSING) + counts.get(Status.NOT_MET);
        int judged = JUDGED.stream().mapToInt(counts::get).sum();
        return new Score(region, counts.get(Status.ACHIEVED), counts.get(Status.ON_TRACK), counts.get(Status.AT_RISK),
                behind, judged);
    }

    private List<String> lagging(ReportInput input, List<IndicatorLine> lines) {
        List<String> paragraphs = new ArrayList<>();
        for (IndicatorLine line : lines) {
            List<String> behind = new ArrayList<>();
            for (RegionRows child : input.children()) {
                child.rows().stream().filter(r -> r.indicator().code().equals(line.indicator().code()))
                        .filter(r -> LAGGING.contains(r.status())).findFirst()
                        .ifPresent(r -> behind.add(regionItem(child, r)));
            }
            if (!behind.isEmpty()) {
                paragraphs.add(text.get("report.regions.laggingItem", text.name(line.indicator()),
                        text.statusName(line.status()), text.list(behind)));
            }
        }
        return paragraphs;
    }

    private String regionItem(RegionRows child, StatusRow row) {
        return text.get("report.narrative.item", child.region().name(),
                text.statusName(row.status()) + text.get("report.regions.valueSeparator")
                        + ReportText.value(row.indicator(), row.value()));
    }
}
