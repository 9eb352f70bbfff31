package org.zhibiao.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.app.Workspace;
import org.zhibiao.cli.CliRunner;
import org.zhibiao.domain.Plan;

/** Plans and the indicators monitored by hand travel through the catalogue workbook. */
class PlanWorkbookTest {

    private static final String PLAN_14 = "JL2021";

    @TempDir
    Path dir;

    @Test
    void theWorkbookListsThePlansAndGroupsTheTargetsByPlan() throws Exception {
        String db = init();
        Path xlsx = export(db);
        try (XSSFWorkbook wb = open(xlsx)) {
            Sheet plans = wb.getSheet("规划");
            assertThat(cell(plans, 0, 1)).isEqualTo("规划名称");
            assertThat(List.of(cell(plans, 2, 0), cell(plans, 2, 3), cell(plans, 2, 4), cell(plans, 2, 6)))
                    .containsExactly("JL2012", "吉政发〔2012〕27号", "吉林省人民政府", "2012-07-26");
            assertThat(plans.getLastRowNum()).isEqualTo(2 + 4);
            List<String> docs = new ArrayList<>();
            Sheet targets = wb.getSheet("目标");
            for (int r = 2; r <= targets.getLastRowNum(); r++) {
                String doc = cell(targets, r, 9);
                if (docs.isEmpty() || !docs.get(docs.size() - 1).equals(doc)) {
                    docs.add(doc);
                }
            }
            assertThat(docs).containsExactly("JL2012", "JL2013", "YJ2014", "XZ2014");
        }
    }

    @Test
    void aFourteenthFiveYearPlanAddedThroughTheWorkbookJudgesIts2025And2030Targets() throws Exception {
        String db = init();
        Path xlsx = export(db);
        try (XSSFWorkbook wb = open(xlsx)) {
            row(wb.getSheet("规划"), PLAN_14, "吉林省“十四五”质量强省建设规划", "", "吉政发〔2021〕20号", "吉林省人民政府",
                    "220000", "2021-09-30", 2025, 2030, "no");
            row(wb.getSheet("目标"), "P07", "220000", "吉林省", 2025, ">=", 92, null, "2020Q4", "no", PLAN_14);
            row(wb.getSheet("目标"), "P07", "220000", "吉林省", 2030, ">=", 95, null, "2020Q4", "no", PLAN_14);
            save(wb, xlsx);
        }
        CliRunner.Result imported = CliRunner.run("catalogue", "import", "--db", db, xlsx.toString(), "--lang", "en");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        try (Workspace w = Workspace.open(Path.of(db))) {
            assertThat(w.plans().plans()).extracting(Plan::code).endsWith(PLAN_14);
        }
        assertThat(status(db, "2025")).singleElement()
                .satisfies(r -> assertThat(List.of(r.get("target"), r.get("base_period"))).containsExactly("92", "2020Q4"));
        assertThat(status(db, "2030")).singleElement().satisfies(r -> assertThat(r.get("target")).isEqualTo("95"));
    }

    @Test
    void aTargetOfAPlanNotInSheetPlansIsRefusedWithItsCell() throws Exception {
        String db = init();
        Path xlsx = export(db);
        int row;
        try (XSSFWorkbook wb = open(xlsx)) {
            row = row(wb.getSheet("目标"), "P07", "220000", "吉林省", 2025, ">=", 92, null, "2020Q4", "no", "XX2021");
            save(wb, xlsx);
        }
        byte[] before = Files.readAllBytes(Path.of(db));
        CliRunner.Result refused = CliRunner.run("catalogue", "import", "--db", db, xlsx.toString(), "--lang", "zh");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("目标!J" + (row + 1) + "：“规划”工作表中没有规划 XX2021。");
        assertThat(Files.readAllBytes(Path.of(db))).isEqualTo(before);
    }

    @Test
    void monitoringByHandIsAColumnOfSheetIndicators() throws Exception {
        String db = init();
        Path xlsx = export(db);
        try (XSSFWorkbook wb = open(xlsx)) {
            Sheet indicators = wb.getSheet("指标");
            int monitor = column(indicators, "monitor");
            indicators.getRow(2).createCell(monitor).setCellValue("yes");
            save(wb, xlsx);
        }
        assertThat(CliRunner.run("catalogue", "import", "--db", db, xlsx.toString()).exitCode()).isZero();
        try (Workspace w = Workspace.open(Path.of(db))) {
            assertThat(w.plans().monitorChoices()).containsEntry("P01", true).hasSize(1);
            assertThat(w.plans().monitored()).extracting(i -> i.code()).contains("P01");
        }
        try (XSSFWorkbook wb = open(export(db))) {
            assertThat(cell(wb.getSheet("指标"), 2, column(wb.getSheet("指标"), "monitor"))).isEqualTo("yes");
        }
    }

    @Test
    void aWorkbookWrittenBeforePlansExistedStillImportsAndKeepsThePlans() throws Exception {
        String db = init();
        Path xlsx = export(db);
        try (XSSFWorkbook wb = open(xlsx)) {
            wb.removeSheetAt(wb.getSheetIndex("规划"));
            Sheet indicators = wb.getSheet("指标");
            int monitor = column(indicators, "monitor");
            indicators.forEach(r -> {
                if (r.getCell(monitor) != null) {
                    r.removeCell(r.getCell(monitor));
                }
            });
            row(wb.getSheet("目标"), "P07", "220000", "吉林省", 2025, ">=", 92, null, "2020Q4", "no", "JL2021");
            save(wb, xlsx);
        }
        CliRunner.Result imported = CliRunner.run("catalogue", "import", "--db", db, xlsx.toString(), "--lang", "en");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        try (Workspace w = Workspace.open(Path.of(db))) {
            assertThat(w.plans().plans()).extracting(Plan::code)
                    .containsExactly("JL2012", "JL2013", "YJ2014", "XZ2014", "SD2016", "JL2021");
        }
    }

    private String init() {
        String db = dir.resolve("a.db").toString();
        assertThat(CliRunner.run("init", "--db", db).exitCode()).isZero();
        return db;
    }

    private Path export(String db) {
        Path xlsx = dir.resolve("catalogue-" + System.nanoTime() + ".xlsx");
        assertThat(CliRunner.run("catalogue", "export", "--db", db, "--out", xlsx.toString()).exitCode()).isZero();
        return xlsx;
    }

    private static List<CSVRecord> status(String db, String year) throws Exception {
        CliRunner.Result r = CliRunner.run("status", "--db", db, "--period", "2016Q4", "--target-year", year,
                "--format", "csv");
        assertThat(r.exitCode()).isZero();
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(r.out())).getRecords().stream()
                .filter(row -> !row.get("target").isEmpty()).toList();
    }

    private static XSSFWorkbook open(Path xlsx) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx)) {
            return new XSSFWorkbook(in);
        }
    }

    private static void save(XSSFWorkbook wb, Path xlsx) throws Exception {
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            wb.write(out);
        }
    }

    /** Appends a row after the last one and returns its index. */
    private static int row(Sheet sheet, Object... values) {
        int index = sheet.getLastRowNum() + 1;
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (values[c] != null) {
                row.createCell(c).setCellValue(values[c].toString());
            }
        }
        return index;
    }

    private static int column(Sheet sheet, String code) {
        Row codes = sheet.getRow(1);
        for (int c = 0; c < codes.getLastCellNum(); c++) {
            if (code.equals(codes.getCell(c).getStringCellValue())) {
                return c;
            }
        }
        throw new AssertionError("no column " + code);
    }

    private static String cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null || r.getCell(column) == null ? "" : r.getCell(column).toString();
    }
}
