package org.zhibiao.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory does not grow with a return's size: in a JVM limited to 128 MB, a workbook near the 50 MB
 * limit (millions of cells beside and before the return table) and the 12 KB workbook with
 * 1E+999999999 are each read or refused with a message, and the rest of the batch is imported.
 */
class LargeReturnsTest {

    private static final int ROWS = 9_990;
    private static final long SHEET_BYTES = 60L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void hugeAndHostileReturnsInA128MegabyteHeap() throws Exception {
        Path db = Returns.database(dir);
        Path big = bigReturn(dir.resolve("big.xlsx"));
        assertThat(Files.size(big)).isBetween(30L * 1024 * 1024, 50L * 1024 * 1024);
        Path typed = PlainReturn.forRegion("220300", "四平市", "2015Q3").row("E08", "", 12345.678, null, null)
                .save(dir.resolve("typed.xlsx"));
        Path exponent = Zips.replace(typed, "xl/worksheets/sheet1.xml", "<v>12345.678</v>", "<v>1E+999999999</v>",
                dir.resolve("exponent.xlsx"));
        Path good = PlainReturn.forRegion("220200", "吉林市", "2015Q3").row("E08", "", 3, null, null)
                .save(dir.resolve("good.xlsx"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), "-Dzhibiao.home=" + dir.resolve("home"),
                "org.zhibiao.Launcher", "import", "--db", db.toString(), "--lang", "en", big.toString(),
                exponent.toString(), good.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertThat(child.waitFor(600, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(dir.resolve("child.log"));
        assertThat(child.exitValue()).as(log).isEqualTo(1);
        assertThat(log).contains("imported  big.xlsx  (220100, 2015Q3, 2 values", "rejected  exponent.xlsx",
                "Sheet1!E4: The number 1E+999999999 is beyond 10^15", "imported  good.xlsx")
                .doesNotContain("Exception", "\tat ");
    }

    /**
     * A workbook inside every safety limit: a first sheet of 60 MB of random text, then the return
     * (长春市, two indicators) with random numbers in 300 columns beside the table down to row 9,990.
     */
    private static Path bigReturn(Path out) throws IOException {
        Path skeleton = out.resolveSibling("skeleton.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("数据").createRow(0).createCell(0).setCellValue("x");
            wb.createSheet("指标报表").createRow(0).createCell(0).setCellValue("x");
            Returns.save(wb, skeleton);
        }
        Random random = new Random(42);
        return Zips.rewrite(skeleton, out, (part, old, zip) -> {
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            switch (part) {
                case "xl/worksheets/sheet1.xml" -> randomText(w, random);
                case "xl/worksheets/sheet2.xml" -> table(w, random);
                default -> old.transferTo(zip);
            }
            w.flush();
        });
    }

    private static void randomText(Writer w, Random random) throws IOException {
        start(w);
        long written = 0;
        char[] text = new char[48];
        for (int r = 1; r <= ROWS && written < SHEET_BYTES; r++) {
            StringBuilder row = new StringBuilder(8192).append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < 100; c++) {
                for (int i = 0; i < text.length; i++) {
                    char ch = (char) ('!' + random.nextInt(90));
                    text[i] = ch == '<' || ch == '&' || ch == '>' ? 'a' : ch;
                }
                row.append("<c r=\"").append(column(c)).append(r).append("\" t=\"inlineStr\"><is><t>")
                        .append(text).append("</t></is></c>");
            }
            w.write(row.append("</row>").toString());
            written += row.length();
        }
        end(w);
    }

    private static void table(Writer w, Random random) throws IOException {
        start(w);
        w.write(row(1, "填报单位：", "长春市", "地区代码：", "220100", "报告期：", "2015Q3"));
        w.write(row(3, "序号", "指标编码", "指标名称", "计量单位", "本期值", "分子", "分母", "备注"));
        w.write(numbersAfter(row(4, "1", "E08", "", "起", "7"), 4, random));
        w.write(numbersAfter(row(5, "2", "P01", "", "%", "", "90", "100"), 5, random));
        for (int r = 6; r <= ROWS; r++) {
            w.write(numbersAfter("<row r=\"" + r + "\"></row>", r, random));
        }
        end(w);
    }

    private static String numbersAfter(String row, int r, Random random) {
        StringBuilder b = new StringBuilder(row.substring(0, row.length() - "</row>".length()));
        for (int c = 10; c < 310; c++) {
            b.append("<c r=\"").append(column(c)).append(r).append("\"><v>").append(random.nextInt(1_000_000))
                    .append("</v></c>");
        }
        return b.append("</row>").toString();
    }

    private static String row(int r, String... texts) {
        StringBuilder b = new StringBuilder("<row r=\"").append(r).append("\">");
        for (int c = 0; c < texts.length; c++) {
            if (!texts[c].isEmpty()) {
                b.append("<c r=\"").append(column(c)).append(r).append("\" t=\"inlineStr\"><is><t>").append(texts[c])
                        .append("</t></is></c>");
            }
        }
        return b.append("</row>").toString();
    }

    private static String column(int c) {
        return org.zhibiao.importer.CellData.address(0, c).replace("1", "");
    }

    private static void start(Writer w) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    }

    private static void end(Writer w) throws IOException {
        w.write("</sheetData></worksheet>");
    }
}
