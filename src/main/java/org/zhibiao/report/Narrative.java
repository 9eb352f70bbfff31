package org.zhibiao.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.zhibiao.analysis.Status;

/** The overview's sentences: how many indicators met the target, which are behind, which regressed. */
final class Narrative {

    static final Set<Status> BEHIND = EnumSet.of(Status.AT_RISK, Status.OFF_TRACK, Status.NOT_MET);

    private final ReportText text;

    Narrative(ReportText text) {
        this.text = text;
    }

    List<String> paragraphs(ReportInput input, List<IndicatorLine> lines) {
        List<IndicatorLine> withTarget = lines.stream().filter(IndicatorLine::hasTarget).toList();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(text.get("report.narrative.total", text.period(input.period()), input.region().name(),
                lines.size(), text.choice(input.choice(), input.period()), withTarget.size()));
        paragraphs.add(achieved(withTarget));
        List<IndicatorLine> onTrack = having(withTarget, EnumSet.of(Status.ON_TRACK));
        if (!onTrack.isEmpty()) {
            paragraphs.add(text.get("report.narrative.onTrack", onTrack.size(), names(onTrack, false)));
        }
        List<IndicatorLine> behind = having(withTarget, BEHIND);
        paragraphs.add(behind.isEmpty() ? text.get("report.narrative.noneBehind")
                : text.get("report.narrative.behind", behind.size(), names(behind, true)));
        List<IndicatorLine> regressed = having(withTarget, EnumSet.of(Status.REGRESSING));
        paragraphs.add(regressed.isEmpty() ? text.get("report.narrative.noneRegressed")
                : text.get("report.narrative.regressed", regressed.size(), names(regressed, false)));
        List<IndicatorLine> noData = having(lines, EnumSet.of(Status.NO_DATA));
        if (!noData.isEmpty()) {
            paragraphs.add(text.get("report.narrative.noData", noData.size(), names(noData, false)));
        }
        return paragraphs;
    }

    private String achieved(List<IndicatorLine> withTarget) {
        List<IndicatorLine> achieved = having(withTarget, EnumSet.of(Status.ACHIEVED));
        if (achieved.isEmpty()) {
            return text.get("report.narrative.noneAchieved");
        }
        String share = BigDecimal.valueOf(100.0 * achieved.size() / withTarget.size())
                .setScale(1, RoundingMode.HALF_UP).toPlainString();
        return text.get("report.narrative.achieved", achieved.size(), share, names(achieved, false));
    }

    private static List<IndicatorLine> having(List<IndicatorLine> lines, Set<Status> statuses) {
        return lines.stream().filter(l -> statuses.contains(l.status())).toList();
    }

    private String names(List<IndicatorLine> lines, boolean withStatus) {
        return text.list(lines.stream().map(l -> withStatus
                ? text.get("report.narrative.item", text.name(l.indicator()), text.statusName(l.status()))
                : text.name(l.indicator())).toList());
    }
}
