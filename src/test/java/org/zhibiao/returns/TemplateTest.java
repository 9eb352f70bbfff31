package org.zhibiao.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.cli.CliRunner;

/** The blank return is laid out exactly as RETURNS.md says. */
class TemplateTest {

    @TempDir
    Path dir;

    @Test
    void layoutOfTheChangchunReturnFor2015Q3() throws Exception {
        Path db = Returns.plainDatabase(dir);
        Path file = Returns.template(db, dir, "220100", "2015Q3");
        assertThat(file.getFileName().toString()).isEqualTo("220100_长春市_2015Q3.xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("指标报表");
            assertThat(wb.getSheetName(1)).isEqualTo("填报说明");
            assertThat(wb.getSheetName(2)).isEqualTo("_meta");
            assertThat(wb.getSheetVisibility(2)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(text(s.getRow(0))).containsExactly("长春市质量发展主要指标季度报表");
            assertThat(text(s.getRow(1))).containsExactly("填报单位：", "长春市", "地区代码：", "220100", "报告期：", "2015年第3季度");
            assertThat(text(s.getRow(3))).containsExactly("序号", "指标编码", "指标名称", "计量单位", "本期值", "分子", "分母", "备注");
            assertThat(text(s.getRow(4))).containsExactly("1", "P07",
                    "传统产业规模以上企业质量、安全、环境等体系认证覆盖率（通过体系认证企业数 / 规模以上企业数）", "%");
            List<String> codes = new ArrayList<>();
            int r = 4;
            for (; s.getRow(r) != null && s.getRow(r).getCell(1) != null; r++) {
                codes.add(s.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(codes).contains("P07", "V07").doesNotContain("P01", "E08", "P06", "S01", "V06");
            assertThat(text(s.getRow(r + 1))).containsExactly("单位负责人：", "填表人：", "联系电话：", "报出日期：");
            assertThat(s.getProtect()).isTrue();
            assertThat(s.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
            assertThat(s.getRow(4).getCell(2).getCellStyle().getLocked()).isTrue();
            for (int c = 4; c <= 7; c++) {
                assertThat(s.getRow(4).getCell(c).getCellStyle().getLocked()).isFalse();
            }
            XSSFDataValidation first = s.getDataValidations().stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).formatAsString().equals("E5")).findFirst()
                    .orElseThrow();
            assertThat(first.getValidationConstraint().getFormula2()).isEqualTo("100");
            assertThat(first.getPromptBoxText()).contains("计量单位：%");
            assertThat(text(wb.getSheetAt(1).getRow(2)).get(0)).contains("1—9月");
            XSSFSheet meta = wb.getSheetAt(2);
            assertThat(text(meta.getRow(0))).containsExactly("format_version", "1");
            assertThat(text(meta.getRow(1))).containsExactly("region_code", "220100");
            assertThat(text(meta.getRow(2))).containsExactly("period", "2015Q3");
            assertThat(text(meta.getRow(3)).get(0)).isEqualTo("generated_at");
            assertThat(text(meta.getRow(4)).get(0)).isEqualTo("catalogue_version");
            assertThat(text(meta.getRow(5))).containsExactly("indicator", "P07");
            assertThat(meta.getLastRowNum() - 4).isEqualTo(codes.size());
        }
    }

    @Test
    void fourthQuarterAddsTheAnnualIndicatorsAndDefaultIsTheHomeRegionsChildren() throws Exception {
        Path db = Returns.plainDatabase(dir);
        CliRunner.Result r = CliRunner.run("template", "--db", db.toString(), "--period", "2015Q4", "--out",
                dir.resolve("q4").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines()).hasSize(9).anySatisfy(l -> assertThat(l).endsWith("220200_吉林市_2015Q4.xlsx"));
        try (InputStream in = Files.newInputStream(dir.resolve("q4/220100_长春市_2015Q4.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> codes = new ArrayList<>();
            for (Row row : wb.getSheet("_meta")) {
                codes.add(row.getCell(1).getStringCellValue());
            }
            assertThat(codes).contains("P06", "S01", "V06", "V08").doesNotContain("P05");
        }
        CliRunner.Result children = CliRunner.run("template", "--db", db.toString(), "--period", "2015Q3",
                "--children-of", "220100", "--out", dir.resolve("cc").toString());
        assertThat(children.out()).contains("220102_南关区_2015Q3.xlsx").doesNotContain("吉林市");
    }

    private static List<String> text(Row row) {
        DataFormatter f = new DataFormatter();
        List<String> out = new ArrayList<>();
        row.forEach(c -> {
            String t = f.formatCellValue(c);
            if (!t.isEmpty()) {
                out.add(t);
            }
        });
        return out;
    }
}
