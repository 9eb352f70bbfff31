package org.zhibiao.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.zhibiao.analysis.Method;
import org.zhibiao.analysis.StatusCalculator;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.analysis.TargetChoice;
import org.zhibiao.charts.ChartType;
import org.zhibiao.domain.CatalogueRepository;
import org.zhibiao.domain.DefinitionChangeRepository;
import org.zhibiao.domain.ObservationRepository;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.RegionRepository;
import org.zhibiao.domain.SettingsRepository;
import org.zhibiao.domain.UnknownRegionException;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.files.AtomicFile;
import org.zhibiao.i18n.Messages;
import org.zhibiao.report.RegionRows;
import org.zhibiao.report.ReportAssembler;
import org.zhibiao.report.ReportCharts;
import org.zhibiao.report.ReportFormat;
import org.zhibiao.report.ReportInput;
import org.zhibiao.report.ReportModel;
import org.zhibiao.report.ReportOptions;
import org.zhibiao.report.ReportSection;
import org.zhibiao.report.docx.DocxReportWriter;
import org.zhibiao.report.pdf.PdfReportWriter;

/**
 * The quarterly report of a region: gathers the status rows, the regions below, the returns and
 * the data checks, assembles the report and writes it as PDF or Word. The report's date is the
 * date set in the settings, else the day the period's last value was imported, so the same data
 * always gives the same document.
 */
public final class ReportService {

    private final RegionRepository regions;
    private final CatalogueRepository catalogue;
    private final ObservationRepository observations;
    private final StatusService status;
    private final ReportSettings settings;
    private final ReturnsService returns;
    private final DefinitionChangeRepository definitions;
    private final PlanService plans;
    private final ChartService charts;

    public ReportService(RegionRepository regions, CatalogueRepository catalogue, ObservationRepository observations,
                         SettingsRepository settings, StatusService status, ReturnsService returns,
                         DefinitionChangeRepository definitions, PlanService plans, ChartService charts) {
        this.definitions = definitions;
        this.plans = plans;
        this.charts = charts;
        this.returns = returns;
        this.regions = regions;
        this.catalogue = catalogue;
        this.observations = observations;
        this.status = status;
        this.settings = new ReportSettings(settings);
    }

    public ReportSettings settings() {
        return settings;
    }

    /** The report with the sections of the settings, counting the targets in force. */
    public ReportModel build(Period period, String regionCode, Messages messages) {
        return build(period, regionCode, TargetChoice.IN_FORCE, messages, settings.sections(),
                settings.issuingUnit().orElse(null));
    }

    /** The report with the given sections and issuing unit (null: the settings' or the default). */
    public ReportModel build(Period period, String regionCode, TargetChoice choice, Messages messages,
                             Set<ReportSection> sections, String issuingUnit) {
        Region region = region(regionCode);
        ReportData data = new ReportData(observations, messages, regions.all(), catalogue.indicators())
                .read(period, region.code());
        StatusService.ViewWithYearEarlier view = status.viewWithYearEarlier(period, region.code(), choice, false);
        List<StatusRow> rows = view.rows();
        String unit = issuingUnit == null || issuingUnit.isBlank()
                ? messages.get("report.defaultUnit", region.name()) : issuingUnit.trim();
        LocalDate date = settings.date().orElseGet(data::lastImport);
        ReportInput input = new ReportInput(region, period, choice, rows,
                view.yearEarlier(), children(period, region, choice), ReportData.returns(returns.submissions(period, region.code())),
                data.checks(status.checks(period, region.code())), data.revisions(),
                new ReportOptions(unit, date, sections), plans.names(), breakCharts(rows, choice, messages));
        return new ReportAssembler(messages, new ReportCharts(messages)).assemble(input);
    }

    /** The trend chart of each row judged across a definition change (口径调整), by indicator code. */
    private Map<String, JFreeChart> breakCharts(List<StatusRow> rows, TargetChoice choice, Messages messages) {
        Map<String, JFreeChart> out = new HashMap<>();
        for (StatusRow row : rows) {
            if (StatusCalculator.DEFINITION_CHANGE.equals(row.explanation().messageKey())) {
                out.put(row.indicator().code(), charts.chart(new ChartRequest(ChartType.TREND, row.period(),
                        row.regionCode(), row.indicator().code(), choice.year(), Method.TIME_PROGRESS), messages));
            }
        }
        return out;
    }

    /** Writes the report in the format of the file's extension, replacing the file only when complete. */
    public void write(ReportModel model, Path out) {
        ReportFormat format = ReportFormat.of(out)
                .orElseThrow(() -> new ZhibiaoException("report.error.format", null, out.getFileName()));
        try {
            AtomicFile.write(out, stream -> write(model, format, stream));
        } catch (IOException e) {
            throw new ZhibiaoException("report.error.write", e, out);
        }
    }

    public static void write(ReportModel model, ReportFormat format, OutputStream out) throws IOException {
        if (format == ReportFormat.PDF) {
            new PdfReportWriter().write(model, out);
        } else {
            new DocxReportWriter().write(model, out);
        }
    }

    private Region region(String regionCode) {
        if (regionCode == null) {
            return regions.home().orElseThrow(() -> new ZhibiaoException("status.error.noHome", null));
        }
        return regions.find(regionCode)
                .orElseThrow(() -> new UnknownRegionException(regionCode));
    }

    private List<RegionRows> children(Period period, Region region, TargetChoice choice) {
        List<Region> children = regions.children(region.code());
        if (children.isEmpty()) {
            return List.of();
        }
        Map<String, List<StatusRow>> byRegion = new LinkedHashMap<>();
        children.forEach(c -> byRegion.put(c.code(), new ArrayList<>()));
        List<String> codes = children.stream().map(Region::code).toList();
        for (StatusRow row : status.view(period, codes, choice, Method.TIME_PROGRESS)) {
            byRegion.get(row.regionCode()).add(row);
        }
        return children.stream().map(c -> new RegionRows(c, byRegion.get(c.code()))).toList();
    }
}
