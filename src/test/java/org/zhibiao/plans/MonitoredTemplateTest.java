package org.zhibiao.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.app.Workspace;
import org.zhibiao.cli.CliRunner;

/** A return template asks only for the monitored indicators due that quarter and says which plan asks. */
class MonitoredTemplateTest {

    @TempDir
    Path dir;

    @Test
    void aJilinCityIsAskedOnlyForTheJilinPlansQuarterlyIndicatorsInTheThirdQuarter() throws IOException {
        String db = init("220000");
        Path file = template(db, "2016Q3", "220100");
        List<String> codes = codes(file);
        assertThat(codes).containsExactly("P07", "E01", "E02", "E04", "E05", "V01", "V02", "V03", "V05", "V07", "F19",
                "F20");
    }

    @Test
    void theFourthQuarterAddsTheAnnualOnes() throws IOException {
        String db = init("220000");
        List<String> codes = codes(template(db, "2016Q4", "220100"));
        assertThat(codes).hasSize(24).contains("P06", "F19", "S01").doesNotContain("P01", "P12");
    }

    @Test
    void theInstructionsNameThePlanOfEachIndicator() throws IOException {
        String db = init("220000");
        try (Workspace w = Workspace.open(Path.of(db))) {
            w.plans().chooseMonitored("P01", true);
        }
        List<String> help = help(template(db, "2016Q4", "220100"));
        assertThat(help).contains("P06 重点领域主要工业产品按国际标准和国外先进标准组织生产比例："
                        + "《吉林省人民政府关于贯彻质量发展纲要实施质量强省战略的意见》（吉政发〔2012〕27号）",
                "F19 " + nameOf(db, "F19") + "：《贯彻质量发展纲要实施质量强省战略2013年行动计划(吉林省)》（吉政办发〔2013〕17号）",
                "P01 产品质量监督抽查合格率：本单位纳入监测的指标（无规划目标）");
    }

    private String init(String home) {
        String db = dir.resolve("a.db").toString();
        assertThat(CliRunner.run("init", "--db", db, "--home", home).exitCode()).isZero();
        return db;
    }

    private static String nameOf(String db, String code) {
        try (Workspace w = Workspace.open(Path.of(db))) {
            return w.catalogue().indicator(code).orElseThrow().nameZh();
        }
    }

    private Path template(String db, String period, String region) throws IOException {
        Path out = dir.resolve("out-" + period);
        assertThat(CliRunner.run("template", "--db", db, "--period", period, "--region", region, "--out",
                out.toString()).exitCode()).isZero();
        try (var files = Files.list(out)) {
            return files.findFirst().orElseThrow();
        }
    }

    private static List<String> codes(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("指标报表");
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && row.getCell(1) != null && row.getCell(1).getStringCellValue().matches("[A-Z]\\d\\d")) {
                    out.add(row.getCell(1).getStringCellValue());
                }
            }
        }
        return out;
    }

    private static List<String> help(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet("填报说明").forEach(row -> out.add(row.getCell(0).getStringCellValue()));
        }
        return out;
    }
}
