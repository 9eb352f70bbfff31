package org.zhibiao.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.zip.ZipFile;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.cli.CliRunner;

/**
 * Numbers, periods, formulas and file names that are not what they seem: each refused (or read)
 * for that file alone, with the cell named, while the rest of the batch is imported.
 */
class HostileValuesTest {

    private static final String SHEET_XML = "xl/worksheets/sheet1.xml";

    @TempDir
    Path dir;

    private Path db;
    private Path good;

    @BeforeEach
    void database() throws Exception {
        db = Returns.database(dir);
        good = PlainReturn.forRegion("220200", "吉林市", "2015Q3").row("E08", "", 3, null, null)
                .save(dir.resolve("good.xlsx"));
    }

    private static PlainReturn changchun(Object e08) {
        return PlainReturn.forRegion("220100", "长春市", "2015Q3").row("E08", "", e08, null, null);
    }

    @Test
    void anExponentTooLargeToWriteOutIsRefusedWithItsCellAndTheBatchGoesOn() throws Exception {
        Path typed = changchun(12345.678).save(dir.resolve("typed.xlsx"));
        Path exponent = Zips.replace(typed, SHEET_XML, "<v>12345.678</v>", "<v>1E+999999999</v>",
                dir.resolve("exponent.xlsx"));
        CliRunner.Result r = Returns.importFiles(db, exponent, good);
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("rejected  exponent.xlsx",
                "Sheet1!E4: The number 1E+999999999 is beyond 10^15 in magnitude", "imported  good.xlsx");
    }

    @Test
    void aTinyExponentIsZero() throws Exception {
        Path typed = changchun(12345.678).save(dir.resolve("typed.xlsx"));
        Path tiny = Zips.replace(typed, SHEET_XML, "<v>12345.678</v>", "<v>1E-999999999</v>", dir.resolve("tiny.xlsx"));
        CliRunner.Result r = Returns.importFiles(db, tiny);
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(Returns.export(db, dir, "out")).anyMatch(l -> l.startsWith("220100,长春市,2015Q3,E08,0,"));
    }

    @Test
    void valuesBeyondTenToTheFifteenAreRefusedAndTheLargestPlausibleIsKept() throws Exception {
        Path huge = changchun(1e308).save(dir.resolve("huge.xlsx"));
        Path text = PlainReturn.forRegion("220300", "四平市", "2015Q3").row("E08", "", "1000000000000001", null, null)
                .save(dir.resolve("text.xlsx"));
        Path largest = PlainReturn.forRegion("220400", "辽源市", "2015Q3").row("E08", "", 1e15, null, null)
                .save(dir.resolve("largest.xlsx"));
        CliRunner.Result r = Returns.importFiles(db, huge, text, largest);
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("rejected  huge.xlsx", "Sheet1!E4: The number 1E+308 is beyond 10^15",
                "rejected  text.xlsx", "Sheet1!E4: The number 1000000000000001 is beyond 10^15",
                "imported  largest.xlsx");
        assertThat(Returns.export(db, dir, "out"))
                .anyMatch(l -> l.startsWith("220400,辽源市,2015Q3,E08,1000000000000000,"));
    }

    @Test
    void aRollUpThatOverflowsIsNoDataWithTheReason() throws Exception {
        Path south = PlainReturn.forRegion("220102", "南关区", "2015Q3").row("E08", "", 5, null, null)
                .save(dir.resolve("south.xlsx"));
        Path west = PlainReturn.forRegion("220103", "宽城区", "2015Q3").row("E08", "", 6, null, null)
                .save(dir.resolve("west.xlsx"));
        assertThat(Returns.importFiles(db, south, west).exitCode()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE observation SET value = 1e308 WHERE indicator_code = 'E08'");
        }
        CliRunner.Result table = CliRunner.run("status", "--db", db.toString(), "--period", "2015Q3", "--region",
                "220100", "--lang", "en");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out().lines().filter(l -> l.startsWith("E08")).findFirst().orElseThrow())
                .contains("the figures added up are too large to be real");
        CliRunner.Result csv = CliRunner.run("status", "--db", db.toString(), "--period", "2015Q3", "--region",
                "220100", "--format", "csv");
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out().lines().filter(l -> l.startsWith("E08,")).findFirst().orElseThrow())
                .contains(",220100,2015Q3,,,,rollup,").contains("NO_DATA").doesNotContain("Infinity");
    }

    @Test
    void periodsNoDataCanBeForAreThatFilesRefusal() throws Exception {
        Path early = PlainReturn.forRegion("220100", "长春市", "1800Q1").row("E08", "", 1, null, null)
                .save(dir.resolve("early.xlsx"));
        Path zero = new PlainReturn().row("E08", "", 1, null, null).save(dir.resolve("report_0000Q1 220104.xlsx"));
        Path far = PlainReturn.forRegion("220300", "四平市", "2999Q4").row("E08", "", 1, null, null)
                .save(dir.resolve("far.xlsx"));
        CliRunner.Result r = Returns.importFiles(db, early, zero, far, good);
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("rejected  early.xlsx", "The return is for 1800Q1, a quarter no data can be for",
                "rejected  report_0000Q1 220104.xlsx", "The return is for 0000Q1", "rejected  far.xlsx",
                "The return is for 2999Q4", "imported  good.xlsx");
        assertThat(r.err()).doesNotContain("unexpectedly");
    }

    @Test
    void aFormulaSavedWithoutItsResultIsComputedInXlsxAndXls() throws Exception {
        Path xlsx = withFormula(new XSSFWorkbook(), "SUM(3,4)", dir.resolve("formula.xlsx"));
        Path xls = withFormula(new HSSFWorkbook(), "SUM(30,40)", dir.resolve("formula.xls"));
        assertThat(sheetXml(xlsx)).contains("<c r=\"E4\" s=\"0\"><f>SUM(3,4)</f></c>");
        CliRunner.Result r = Returns.importFiles(db, xlsx, xls);
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(Returns.export(db, dir, "out"))
                .anyMatch(l -> l.startsWith("220100,长春市,2015Q3,E08,7,"))
                .anyMatch(l -> l.startsWith("220200,吉林市,2015Q3,E08,70,"));
    }

    @Test
    void aFormulaThatCannotBeComputedIsRefusedWithItsCell() throws Exception {
        Path computable = withFormula(new XSSFWorkbook(), "SUM(3,4)", dir.resolve("computable.xlsx"));
        Path linked = Zips.replace(computable, SHEET_XML, "<f>SUM(3,4)</f>", "<f>WEBSERVICE(\"http://x.invalid/\")</f>",
                dir.resolve("linked.xlsx"));
        CliRunner.Result r = Returns.importFiles(db, linked, good);
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("rejected  linked.xlsx",
                "Sheet1!E4: The formula =WEBSERVICE(\"http://x.invalid/\") was saved without its result",
                "imported  good.xlsx");
    }

    @Test
    void aFileNameCannotForgeALineOfTheOutput() throws Exception {
        Path forged = Files.copy(changchun(2).save(dir.resolve("c.xlsx")),
                dir.resolve("x\nimported  forged.xlsx  (220100, 2015Q3, 64 values, revision 1).xlsx"));
        CliRunner.Result r = Returns.importFiles(db, forged);
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out().lines()).noneMatch(l -> l.startsWith("imported  forged"));
        assertThat(r.out()).startsWith("imported  x\\nimported  forged.xlsx");
    }

    private static String sheetXml(Path xlsx) throws Exception {
        try (ZipFile zip = new ZipFile(xlsx.toFile());
             InputStream in = zip.getInputStream(zip.getEntry(SHEET_XML))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A return whose E08 value is a formula saved without its result, as a program writes one. */
    private Path withFormula(Workbook workbook, String formula, Path out) throws Exception {
        String region = out.toString().endsWith(".xls") ? "220200" : "220100";
        String name = region.equals("220100") ? "长春市" : "吉林市";
        try (workbook) {
            Sheet sheet = workbook.createSheet("Sheet1");
            PlainReturn.forRegion(region, name, "2015Q3").row("E08", "", null, null, null).write(sheet);
            sheet.getRow(3).createCell(Returns.VALUE).setCellFormula(formula);
            Returns.save(workbook, out);
        }
        return out;
    }
}
