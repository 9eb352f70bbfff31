package org.zhibiao.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.analysis.Method;
import org.zhibiao.analysis.Status;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.analysis.Trend;
import org.zhibiao.domain.DefinitionChange;
import org.zhibiao.domain.Period;
import org.zhibiao.i18n.Messages;
import org.zhibiao.service.CatalogueService;
import org.zhibiao.service.StatusFixture;

/** Across a definition change that is not comparable, values are never compared (口径调整，不可比). */
class DefinitionChangeTest {

    @TempDir
    Path dir;

    @Test
    void aBreakAfterTheBaselineStopsProgressAndABreakWithinTheYearStopsTheTrend() throws Exception {
        try (StatusFixture f = StatusFixture.create(dir.resolve("d.db"), "220000")) {
            f.ratio("V01", "220000", "2010Q4", 86, 100).ratio("V01", "220000", "2013Q2", 87, 100)
                    .ratio("V01", "220000", "2014Q2", 89.5, 100).store();
            StatusRow before = row(f, "2014Q2");
            assertThat(before.status()).isEqualTo(Status.ON_TRACK);
            assertThat(before.trend()).isEqualTo(Trend.IMPROVING_FAST);

            importDefinitionChange(f, "V01", "2014Q1", "no");
            StatusRow after = row(f, "2014Q2");
            assertThat(after.status()).isEqualTo(Status.NOT_MET);
            assertThat(after.baseValue()).isNull();
            assertThat(after.progressRatio()).isNull();
            assertThat(after.trend()).isNull();
            assertThat(Messages.of(java.util.Locale.CHINA).get(after.explanation().messageKey(),
                    after.explanation().arguments().toArray())).isEqualTo("口径调整，不可比（2014Q1起）");

            importDefinitionChange(f, "V01", "2014Q1", "yes");
            assertThat(row(f, "2014Q2").status()).as("a comparable change changes nothing").isEqualTo(Status.ON_TRACK);
        }
    }

    @Test
    void aBreakBeforeTheYearEarlierValueLeavesTheTrend() throws Exception {
        try (StatusFixture f = StatusFixture.create(dir.resolve("d.db"), "220000")) {
            f.ratio("V01", "220000", "2013Q2", 87, 100).ratio("V01", "220000", "2014Q2", 88.5, 100).store();
            importDefinitionChange(f, "V01", "2012Q1", "no");
            assertThat(row(f, "2014Q2").trend()).isEqualTo(Trend.IMPROVING_FAST);
        }
    }

    @Test
    void theWorkbookCarriesTheChangesAndRefusesAnUnknownIndicator() throws Exception {
        try (StatusFixture f = StatusFixture.create(dir.resolve("d.db"), "220000")) {
            importDefinitionChange(f, "V01", "2014Q1", "no");
            assertThat(f.workspace().definitions().definitionChanges()).containsExactly(new DefinitionChange("V01",
                    Period.parse("2014Q1"), "按国控企业统计", "按全部规模以上企业统计", false));
            Path xlsx = dir.resolve("again.xlsx");
            f.workspace().catalogueWorkbook().exportTo(xlsx);
            edit(xlsx, sheet -> sheet.getRow(2).getCell(0).setCellValue("X99"));
            CatalogueService.ImportResult refused = f.workspace().catalogueWorkbook().importFrom(xlsx);
            assertThat(refused.problems()).extracting(p -> p.location() + " " + p.messageKey())
                    .containsExactly("口径变化!A3 catalogue.problem.unknownIndicator");
        }
    }

    private static StatusRow row(StatusFixture f, String period) {
        List<StatusRow> rows = f.workspace().status().status(Period.parse(period), null, 2015, Method.TIME_PROGRESS);
        return rows.stream().filter(r -> r.indicator().code().equals("V01")).findFirst().orElseThrow();
    }

    private void importDefinitionChange(StatusFixture f, String indicator, String from, String comparable)
            throws Exception {
        Path xlsx = dir.resolve("catalogue.xlsx");
        f.workspace().catalogueWorkbook().exportTo(xlsx);
        edit(xlsx, sheet -> {
            Row row = sheet.getRow(2) == null ? sheet.createRow(2) : sheet.getRow(2);
            row.createCell(0).setCellValue(indicator);
            row.createCell(1).setCellValue(from);
            row.createCell(2).setCellValue("按国控企业统计");
            row.createCell(3).setCellValue("按全部规模以上企业统计");
            row.createCell(4).setCellValue(comparable);
        });
        CatalogueService.ImportResult result = f.workspace().catalogueWorkbook().importFrom(xlsx);
        assertThat(result.problems()).isEmpty();
    }

    private static void edit(Path xlsx, java.util.function.Consumer<Sheet> change) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(xlsx)) {
            wb = new XSSFWorkbook(in);
        }
        change.accept(wb.getSheet("口径变化"));
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            wb.write(out);
        }
        wb.close();
    }
}
