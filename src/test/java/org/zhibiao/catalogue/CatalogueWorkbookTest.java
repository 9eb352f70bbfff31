package org.zhibiao.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Target;
import org.zhibiao.service.CatalogueService;
import org.zhibiao.service.InitService;

public class CatalogueWorkbookTest {

    @TempDir
    Path dir;

    private Path db;
    private Path xlsx;

    @BeforeEach
    void exportTheBuiltinCatalogue() {
        db = dir.resolve("c.db");
        xlsx = dir.resolve("catalogue.xlsx");
        try (Workspace w = Workspace.open(db)) {
            w.init().initialise(InitService.DEFAULT_HOME, true);
            Indicator v01 = w.catalogue().indicator("V01").orElseThrow();
            w.catalogue().saveIndicator(withJumpThreshold(v01, 7.5));
            Target first = w.catalogue().targets().get(0);
            w.catalogue().saveTarget(new Target(first.indicatorCode(), first.regionCode(), first.regionName(), 2020,
                    first.comparator(), 88.5, null, Period.of(2015, 4), 74.25, false, first.type(), "", "", "演示目标",
                    true));
            w.catalogueWorkbook().exportTo(xlsx);
        }
    }

    @Test
    void theWorkbookHasLabelledFrozenHeadersAndDropDownLists() throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3),
                    wb.getSheetName(4))).containsExactly("指标", "目标", "规划", "口径变化", "说明");
            XSSFSheet targets = wb.getSheet("目标");
            assertThat(targets.getRow(0).getCell(5).getStringCellValue()).isEqualTo("目标值");
            assertThat(targets.getRow(1).getCell(5).getStringCellValue()).isEqualTo("target");
            assertThat(targets.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(targets.getColumnWidth(10)).isGreaterThan(targets.getColumnWidth(0));
            assertThat(targets.getDataValidations()).extracting(v -> List.of(v.getValidationConstraint().getExplicitListValues()))
                    .contains(List.of(">=", "<=", "range", "yes"));
            assertThat(wb.getSheet("指标").getDataValidations()).hasSize(6);
            assertThat(wb.getSheet("指标").getLastRowNum()).isEqualTo(1 + 64);
            assertThat(wb.getSheet("说明").getRow(2).getCell(0).getStringCellValue()).contains("第2行");
        }
    }

    @Test
    void anUnchangedWorkbookChangesNothing() throws Exception {
        List<Indicator> indicators;
        List<Target> targets;
        try (Workspace w = Workspace.open(db)) {
            indicators = w.catalogue().indicators();
            targets = w.catalogue().targets();
        }
        byte[] before = Files.readAllBytes(db);
        try (Workspace w = Workspace.open(db)) {
            CatalogueService.ImportResult result = w.catalogueWorkbook().importFrom(xlsx);
            assertThat(result.accepted()).isTrue();
            assertThat(result.changed()).isFalse();
            assertThat(result.targets()).isEqualTo(targets.size());
            assertThat(w.catalogue().indicators()).isEqualTo(indicators);
            assertThat(w.catalogue().targets()).isEqualTo(targets);
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void editingOneTargetChangesExactlyThatTarget() throws Exception {
        List<Target> before;
        try (Workspace w = Workspace.open(db)) {
            before = w.catalogue().targets();
        }
        edit(wb -> {
            Sheet sheet = wb.getSheet("目标");
            Row row = sheet.getRow(rowOf(sheet, "V01", "220000"));
            row.getCell(5).setCellValue(92.5);
        });
        try (Workspace w = Workspace.open(db)) {
            CatalogueService.ImportResult result = w.catalogueWorkbook().importFrom(xlsx);
            assertThat(result.changed()).isTrue();
            List<Target> after = w.catalogue().targets();
            assertThat(after).hasSameSizeAs(before);
            List<Target> changed = new ArrayList<>(after);
            changed.removeAll(before);
            assertThat(changed).singleElement().satisfies(t -> {
                assertThat(t.key()).isEqualTo(new Target.Key("V01", "220000", 2015));
                assertThat(t.value()).isEqualTo(92.5);
            });
        }
    }

    @Test
    void aBadCellIsRefusedByNameAndTheDatabaseStaysAsItWas() throws Exception {
        edit(wb -> {
            Sheet sheet = wb.getSheet("目标");
            int r = rowOf(sheet, "V01", "220000");
            sheet.getRow(r).getCell(5).setCellValue("九十二");
            sheet.getRow(rowOf(sheet, "E02", "220000")).getCell(5).setCellValue(99);
        });
        byte[] before = Files.readAllBytes(db);
        int row;
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            row = rowOf(wb.getSheet("目标"), "V01", "220000") + 1;
        }
        try (Workspace w = Workspace.open(db)) {
            CatalogueService.ImportResult result = w.catalogueWorkbook().importFrom(xlsx);
            assertThat(result.accepted()).isFalse();
            assertThat(result.problems()).containsExactly(
                    new CatalogueProblem("目标", "F" + row, "catalogue.problem.notANumber", "九十二"));
            assertThat(w.catalogue().targetsOf("E02")).extracting(Target::value).doesNotContain(99.0);
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void everyProblemIsCollectedWithItsCell() throws Exception {
        edit(wb -> {
            Sheet indicators = wb.getSheet("指标");
            indicators.getRow(2).getCell(5).setCellValue("ratioo");
            indicators.getRow(3).getCell(0).setCellValue("P01");
            indicators.getRow(4).removeCell(indicators.getRow(4).getCell(7));
            indicators.getRow(5).getCell(12).setCellValue(1.5);
            indicators.getRow(8).getCell(12).setCellValue(9);
            indicators.getRow(6).removeCell(indicators.getRow(6).getCell(1));
            Sheet targets = wb.getSheet("目标");
            targets.getRow(2).getCell(0).setCellValue("X99");
            targets.getRow(3).getCell(7).setCellValue("2015年底");
            targets.getRow(4).getCell(4).setCellValue("range");
            targets.getRow(5).getCell(3).setCellValue("二〇一五");
            Row copy = targets.createRow(targets.getLastRowNum() + 1);
            Row original = targets.getRow(6);
            for (int c = 0; c < original.getLastCellNum(); c++) {
                if (original.getCell(c) != null) {
                    copy.createCell(c).setCellValue(original.getCell(c).toString());
                }
            }
            copy.getCell(3).setCellValue(original.getCell(3).getNumericCellValue());
            copy.getCell(5).setCellValue(original.getCell(5).getNumericCellValue());
        });
        int copyRow;
        int p02Row;
        String copied;
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            copyRow = wb.getSheet("目标").getLastRowNum() + 1;
            copied = wb.getSheet("目标").getRow(6).getCell(0).getStringCellValue();
            p02Row = rowOf(wb.getSheet("目标"), "P02", "540000", 2014) + 1;
        }
        try (Workspace w = Workspace.open(db)) {
            List<String> problems = w.catalogueWorkbook().importFrom(xlsx).problems().stream()
                    .map(p -> p.location() + " " + p.messageKey() + " " + p.rawText()).toList();
            assertThat(problems).containsExactlyInAnyOrder(
                    "指标!F3 catalogue.problem.unknownValue ratioo",
                    "指标!A4 catalogue.problem.duplicateIndicator P01",
                    "指标!H5 catalogue.problem.ratioWithoutFactor ",
                    "指标!M6 catalogue.problem.badDecimals 1.5",
                    "指标!B7 catalogue.problem.required ",
                    "指标!M9 catalogue.problem.badDecimals 9",
                    "目标!A3 catalogue.problem.unknownIndicator X99",
                    "目标!H4 catalogue.problem.badPeriod 2015年底",
                    "目标!G5 catalogue.problem.rangeWithoutMax ",
                    "目标!D6 catalogue.problem.notANumber 二〇一五",
                    "目标!A" + p02Row + " catalogue.problem.unknownIndicator P02",
                    "目标!A" + copyRow + " catalogue.problem.duplicateTarget " + copied);
        }
    }

    private void edit(Consumer<Workbook> change) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            change.accept(wb);
            try (OutputStream out = Files.newOutputStream(dir.resolve("edited.xlsx"))) {
                wb.write(out);
            }
        }
        Files.move(dir.resolve("edited.xlsx"), xlsx, StandardCopyOption.REPLACE_EXISTING);
    }

    public static int rowOf(Sheet sheet, String indicator, String region) {
        return rowOf(sheet, indicator, region, 2015);
    }

    static int rowOf(Sheet sheet, String indicator, String region, int year) {
        for (Row row : sheet) {
            if (row.getRowNum() >= 2 && row.getCell(0).getStringCellValue().equals(indicator)
                    && row.getCell(1).getStringCellValue().equals(region)
                    && row.getCell(3).getNumericCellValue() == year) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no target row for " + indicator + " " + region);
    }

    private static Indicator withJumpThreshold(Indicator i, double threshold) {
        return new Indicator(i.code(), i.nameZh(), i.nameEn(), i.category(), i.unit(), i.kind(), i.measure(),
                i.factor(), i.numeratorZh(), i.denominatorZh(), i.direction(), i.frequency(), i.decimals(), i.note(),
                threshold);
    }
}
