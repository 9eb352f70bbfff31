package org.zhibiao.report;

import java.util.ArrayList;
import java.util.List;
import org.zhibiao.i18n.Messages;

/** Turns the analysis of a region and period into the report's cover and sections. */
public final class ReportAssembler {

    private final ReportText text;
    private final ReportCharts charts;

    public ReportAssembler(Messages messages, ReportCharts charts) {
        this.text = new ReportText(messages);
        this.charts = charts;
    }

    public ReportModel assemble(ReportInput input) {
        List<IndicatorLine> lines = IndicatorLine.of(input.rows());
        List<ReportModel.Section> sections = new ArrayList<>();
        for (ReportSection kind : ReportSection.values()) {
            if (input.options().includes(kind)) {
                sections.add(new ReportModel.Section(kind, text.get("report.section." + kind.name()),
                        blocks(kind, input, lines)));
            }
        }
        return new ReportModel(text.messages().locale(), input.options().date(), cover(input), text.get("report.contents"), sections);
    }

    private List<Block> blocks(ReportSection kind, ReportInput input, List<IndicatorLine> lines) {
        return switch (kind) {
            case OVERVIEW -> new OverviewBuilder(text).blocks(input, lines);
            case INDICATORS -> new IndicatorTableBuilder(text).blocks(input, lines);
            case CHARTS -> new ChartsBuilder(text, charts).blocks(lines);
            case REGIONS -> new RegionsBuilder(text).blocks(input, lines);
            case DATA_NOTES -> new DataNotesBuilder(text).blocks(input, lines);
        };
    }

    private ReportModel.Cover cover(ReportInput input) {
        var date = input.options().date();
        return new ReportModel.Cover(
                text.get("report.title", input.region().name(), text.period(input.period())),
                text.get("report.cover.period", text.period(input.period())),
                text.get("report.cover.unit", input.options().issuingUnit()),
                text.get("report.cover.date", date.getYear(), date.getMonthValue(), date.getDayOfMonth()),
                input.options().issuingUnit());
    }
}
