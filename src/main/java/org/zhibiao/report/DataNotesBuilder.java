package org.zhibiao.report;

import java.util.ArrayList;
import java.util.List;
import org.zhibiao.analysis.StatusCalculator;

/**
 * Section 5: returns received, missing and revised, partial roll-ups, definition changes that
 * break a comparison, data warnings and revisions.
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
        List<String> breaks = lines.stream()
                .filter(l -> StatusCalculator.DEFINITION_CHANGE.equals(l.main().explanation().messageKey()))
                .map(l -> text.get("report.notes.definitionChange", text.name(l.indicator()),
                        l.main().explanation().arguments().get(0)))
                .toList();
        if (!breaks.isEmpty()) {
            blocks.add(new Block.Heading(text.get("report.sub.definitionChanges")));
            breaks.forEach(b -> blocks.add(Block.Paragraph.note(b)));
        }
        blocks.add(new Block.Heading(text.get("report.sub.warnings")));
        addAll(blocks, input.warnings(), "report.notes.noneWarnings");
        blocks.add(new Block.Heading(text.get("report.sub.revisions")));
        addAll(blocks, input.revisions(), "report.notes.noneRevisions");
        return blocks;
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
