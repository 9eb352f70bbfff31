package org.zhibiao.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.cli.CliRunner;

/** RETURNS.md's "must accept" lines: what real users do to a return that still means the same numbers. */
class MustAcceptTest {

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void database() {
        db = Returns.database(dir);
    }

    private List<String> imported(Path file) throws Exception {
        CliRunner.Result r = Returns.importFiles(db, file);
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).startsWith("imported  " + file.getFileName());
        return Returns.export(db, dir, "x");
    }

    private static void has(List<String> rows, String prefix) {
        assertThat(rows).anySatisfy(l -> assertThat(l).startsWith(prefix));
    }

    @Test
    void numbersAsPeopleTypeThem() throws Exception {
        List<String> rows = imported(PlainReturn.forRegion("220100", "长春市", "2015年第四季度")
                .row("P02", "", "９５．２", null, null)
                .row("P03", "", "95.2%", null, null)
                .row("V06", "", "292天", null, null)
                .row("F08", "", "1.2万", null, null)
                .row("F09", "", "1,234", null, null)
                .row("V09", "", "3.5万公顷", null, null)
                .row("V08", "", "是", null, null)
                .row("P04", "", "—", "", "")
                .row("P05", "", "-", null, null).row("P06", "", "/", null, null).row("P07", "", "无", null, null)
                .row("P08", "", "不适用", null, null).row("P09", "", "N/A", null, null)
                .save(dir.resolve("numbers.xlsx")));
        has(rows, "220100,长春市,2015Q4,P02,95.2,");
        has(rows, "220100,长春市,2015Q4,P03,95.2,");
        has(rows, "220100,长春市,2015Q4,V06,292,");
        has(rows, "220100,长春市,2015Q4,F08,12000,");
        has(rows, "220100,长春市,2015Q4,F09,1234,");
        has(rows, "220100,长春市,2015Q4,V09,3.5,");
        has(rows, "220100,长春市,2015Q4,V08,1,");
        assertThat(rows).hasSize(8);
    }

    @Test
    void percentFormattedAndFormulaCellsGiveWhatTheyShow() throws Exception {
        Path file = PlainReturn.forRegion("220100", "长春市", "2015Q3").row("P02", "", 0.952, null, null)
                .row("P03", "", null, null, null).save(dir.resolve("cells.xlsx"));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            wb.getSheetAt(0).getRow(3).getCell(4).setCellStyle(percent);
            wb.getSheetAt(0).getRow(4).createCell(4).setCellFormula("90+5.5");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Returns.save(wb, file);
        }
        List<String> rows = imported(file);
        has(rows, "220100,长春市,2015Q3,P02,95.2,");
        has(rows, "220100,长春市,2015Q3,P03,95.5,");
    }

    @Test
    void ratioFromFractionOrFromTheValueAloneWithAWarning() throws Exception {
        Path file = PlainReturn.forRegion("220100", "长春市", "2015Q3").row("P01", "", "", 952, 1000)
                .row("P02", "", 96.1, null, null).save(dir.resolve("ratio.xlsx"));
        CliRunner.Result r = Returns.importFiles(db, file);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("warning Sheet1!E5: Only the value of P02 is given");
        List<String> rows = Returns.export(db, dir, "x");
        has(rows, "220100,长春市,2015Q3,P01,95.2,952,1000,");
        has(rows, "220100,长春市,2015Q3,P02,96.1,,,");
    }

    @Test
    void periodFormsOfTheHeaderCells() throws Exception {
        List<String> forms = List.of("2015Q3", "2015-Q3", "2015年第3季度", "2015年第三季度", "2015年三季度", "2015年1-9月",
                "2015年1—9月");
        for (int i = 0; i < forms.size(); i++) {
            PlainReturn.forRegion("220100", "长春市", forms.get(i)).row("E08", "", i, null, null)
                    .save(dir.resolve("in/p" + i + ".xlsx"));
        }
        CliRunner.Result r = Returns.importFiles(db, dir.resolve("in"));
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("imported")))
                .hasSize(forms.size()).allSatisfy(l -> assertThat(l).contains("(220100, 2015Q3,"));
    }

    @Test
    void regionAndPeriodFromTheFileNameAndRegionFromItsName() throws Exception {
        Path byName = new PlainReturn().row("E08", "", 4, null, null).save(dir.resolve("220102_南关区_2015Q3.xlsx"));
        assertThat(imported(byName)).anySatisfy(l -> assertThat(l).startsWith("220102,南关区,2015Q3,E08,4,"));
        Path unit = PlainReturn.forRegion("", "吉林市", "2015年三季度").row("E08", "", 5, null, null)
                .save(dir.resolve("return.xlsx"));
        assertThat(imported(unit)).anySatisfy(l -> assertThat(l).startsWith("220200,吉林市,2015Q3,E08,5,"));
    }

    @Test
    void anyColumnOrderSynonymsTwoRowMergedHeaderOtherSheetAndRowsByName() throws Exception {
        Path file = dir.resolve("layout.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("封面").createRow(0).createCell(0).setCellValue("2015年报表");
            Sheet s = wb.createSheet("数据");
            PlainReturn top = PlainReturn.forRegion("220100", "长春市", "2015年1-9月");
            top.header("名称", "编码", "备用", "本期数", "", "", "备注");
            top.rawRow("", "", "", "", "", "", "");
            top.rawRow(" 产品质量监督抽查合格率 （抽查合格批次/抽查批次）", "", "", "", 90, 100, "");
            top.rawRow("主要农产品质量安全抽检合格率", "", "", "９６", "", "", "");
            top.rawRow("合计", "", "", 1000, "", "", "");
            top.rawRow("", "X99", "", 5, "", "", "");
            top.rawRow("", "", "", "", "", "", "");
            top.rawRow("重大工程质量事故", "E08", 7, 2, "", "", "");
            top.write(s);
            Row sub = s.createRow(3);
            sub.createCell(3).setCellValue("数值");
            sub.createCell(4).setCellValue("分子");
            sub.createCell(5).setCellValue("分母");
            s.getRow(2).createCell(3).setCellValue("本期数");
            s.addMergedRegion(new CellRangeAddress(2, 2, 3, 5));
            s.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
            Returns.save(wb, file);
        }
        CliRunner.Result r = Returns.importFiles(db, file);
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains("warning 数据!A7: Row skipped: \"合计\" is a subtotal or a note")
                .contains("warning 数据!B8: Row skipped: \"X99\" is not an indicator")
                .contains("warning 数据!C10: The number 7 is outside the table");
        List<String> rows = Returns.export(db, dir, "x");
        has(rows, "220100,长春市,2015Q3,P01,90,90,100,");
        has(rows, "220100,长春市,2015Q3,P02,96,");
        has(rows, "220100,长春市,2015Q3,E08,2,");
        assertThat(rows).hasSize(4);
    }

    @Test
    void theTemplateTablePastedIntoAFreshWorkbookWithoutMeta() throws Exception {
        Path template = Returns.template(db, dir, "220100", "2015Q3");
        Path filled = Returns.fill(template, Map.of("P01", Returns.fraction(9, 10), "E08", Returns.value(1)),
                dir.resolve("filled.xlsx"));
        Path pasted = dir.resolve("粘贴.xlsx");
        try (InputStream in = Files.newInputStream(filled); XSSFWorkbook from = new XSSFWorkbook(in);
             XSSFWorkbook to = new XSSFWorkbook()) {
            to.createSheet("说明");
            Returns.copy(from.getSheet("指标报表"), to.createSheet("我的表"));
            Returns.save(to, pasted);
        }
        List<String> rows = imported(pasted);
        has(rows, "220100,长春市,2015Q3,P01,90,9,10,");
        has(rows, "220100,长春市,2015Q3,E08,1,");
        assertThat(rows.get(1)).contains(",粘贴.xlsx,").contains(",我的表,E");
    }
}
