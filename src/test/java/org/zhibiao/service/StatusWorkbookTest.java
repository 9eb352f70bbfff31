package org.zhibiao.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.analysis.Method;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.analysis.TargetChoice;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Period;
import org.zhibiao.i18n.Messages;
import org.zhibiao.report.DemoDatabase;

/** The dashboard's Excel export: the table as people read it, then the machine columns. */
class StatusWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void theFirstSheetIsTheTableAsShownAndTheSecondTheMachineColumns() throws Exception {
        Messages zh = Messages.of(Locale.CHINA);
        Path file = dir.resolve("indicators.xlsx");
        List<StatusRow> rows;
        try (Workspace w = Workspace.open(DemoDatabase.copyTo(dir))) {
            rows = w.status().view(Period.parse("2015Q4"), "220000", TargetChoice.IN_FORCE, Method.TIME_PROGRESS);
        }
        new StatusWorkbook(zh).write(rows, file);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));

        DataFormatter shown = new DataFormatter(Locale.CHINA);
        try (Workbook book = WorkbookFactory.create(file.toFile())) {
            Sheet table = book.getSheetAt(0);
            assertThat(table.getSheetName()).isEqualTo("指标");
            assertThat(table.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(shown.formatCellValue(table.getRow(0).getCell(6))).isEqualTo("状态");
            assertThat(table.getColumnWidth(8)).isGreaterThan(table.getColumnWidth(1));
            StatusRow v01 = rows.stream().filter(r -> r.indicator().code().equals("V01")).findFirst().orElseThrow();
            Row row = table.getRow(rows.indexOf(v01) + 1);
            assertThat(shown.formatCellValue(row.getCell(0))).startsWith("V01 ");
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(v01.value() / 100);
            assertThat(shown.formatCellValue(row.getCell(1)))
                    .isEqualTo(new org.zhibiao.charts.ValueText(zh).value(v01.indicator(), v01.value()));
            assertThat(shown.formatCellValue(row.getCell(4)))
                    .isEqualTo(new org.zhibiao.charts.ValueText(zh).gap(v01.indicator(), v01.gapToTarget()));
            assertThat(shown.formatCellValue(row.getCell(6))).isEqualTo(v01.status().label(zh));
            assertThat(shown.formatCellValue(row.getCell(8))).doesNotContain("analysis.");

            Sheet data = book.getSheet("data");
            assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("indicator_code");
            Row machine = data.getRow(rows.indexOf(v01) + 1);
            assertThat(machine.getCell(StatusRows.COLUMNS.indexOf("status")).getStringCellValue())
                    .isEqualTo(v01.status().name());
            assertThat(machine.getCell(StatusRows.COLUMNS.indexOf("value")).getNumericCellValue())
                    .isEqualTo(v01.value());
        }
    }
}
