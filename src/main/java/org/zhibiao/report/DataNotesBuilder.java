package org.zhibiao.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.zhibiao.analysis.PlanNames;
import org.zhibiao.analysis.StatusCalculator;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.domain.Plan;

/**
 * Section 5: returns received, missing and revised, partial roll-ups, the plans that set the
 * targets, definition changes that break a comparison (each with its trend chart, the line broken
 * at the change), data warnings and revisions.
 */
final class DataNotesBuilder {

    private final ReportText text;

    DataNotesBuilder(ReportText text) {
        this.text = text;
    }

    List<Block> blocks(ReportInput input, List<IndicatorLine> lines) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(text.get("report.sub.returns")));
        returns(input.returns()).forEach(p -> blocks.add(Block.Paragraph.text(p)));
        blocks.add(new Block.Heading(text.get("report.sub.partial")));
        List<String> partial = lines.stream().filter(l -> l.main().coverage() != null)
                .filter(l -> l.main().coverage().isPartial())
                .map(l -> text.get("report.notes.partial", text.name(l.indicator()), l.main().coverage().toString()))
                .toList();
        blocks.add(Block.Paragraph.text(partial.isEmpty() ? text.get("report.notes.nonePartial")
                : text.list(partial) + (text.messages().chinese() ? "。" : ".")));
        plans(input, lines, blocks);
        List<IndicatorLine> breaks = lines.stream()
                .filter(l -> StatusCalculator.DEFINITION_CHANGE.equals(l.main().explanation().messageKey()))
                .toList();
        if (!breaks.isEmpty()) {
            blocks.add(new Block.Heading(text.get("report.sub.definitionChanges")));
        }
        for (IndicatorLine l : breaks) {
            blocks.add(Block.Paragraph.note(text.get("report.notes.definitionChange", text.name(l.indicator()),
                    l.main().explanation().arguments().get(0))));
            JFreeChart chart = input.breakCharts().get(l.indicator().code());
            if (chart != null) {
                blocks.add(new Block.Chart(text.get("report.chart.definitionBreak", text.name(l.indicator())), chart,
                        0.5f));
            }
        }
        blocks.add(new Block.Heading(text.get("report.sub.warnings")));
        addAll(blocks, input.warnings(), "report.notes.noneWarnings");
        blocks.add(new Block.Heading(text.get("report.sub.revisions")));
        addAll(blocks, input.revisions(), "report.notes.noneRevisions");
        return blocks;
    }

    /** One note per plan: the plan, cited, and the indicators whose targets it sets in this report. */
    private void plans(ReportInput input, List<IndicatorLine> lines, List<Block> blocks) {
        Map<Plan, List<StatusRow>> byPlan = input.plans().byPlan(lines.stream().map(IndicatorLine::main).toList());
        if (byPlan.isEmpty()) {
            return;
        }
        blocks.add(new Block.Heading(text.get("report.sub.plans")));
        byPlan.forEach((plan, rows) -> blocks.add(Block.Paragraph.note(text.get("report.notes.plan",
                PlanNames.cite(plan, text.messages().chinese()),
                text.list(rows.stream().map(r -> text.name(r.indicator())).toList())))));
    }

    private List<String> returns(ReturnsSummary returns) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(text.get("report.notes.returns", returns.expected(), returns.received().size()));
        paragraphs.add(returns.missing().isEmpty() ? text.get("report.notes.noneMissing")
                : text.get("report.notes.missing", text.list(returns.missing())));
        paragraphs.add(returns.revised().isEmpty() ? text.get("report.notes.noneRevised")
                : text.get("report.notes.revised", text.list(returns.revised())));
        if (!returns.rejected().isEmpty()) {
            paragraphs.add(text.get("report.notes.rejected", text.list(returns.rejected())));
        }
        return paragraphs;
    }

    private void addAll(List<Block> blocks, List<String> sentences, String noneKey) {
        if (sentences.isEmpty()) {
            blocks.add(Block.Paragraph.text(text.get(noneKey)));
        }
        sentences.forEach(s -> blocks.add(Block.Paragraph.note(s)));
    }
}
