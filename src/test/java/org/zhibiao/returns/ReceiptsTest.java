package org.zhibiao.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.cli.CliRunner;

/** {@code import --receipts DIR}: a refused return comes back marked up, with a letter listing its problems. */
class ReceiptsTest {

    @TempDir
    Path dir;

    @Test
    void aRefusedReturnGetsAMarkedCopyAndALetterAndTheOriginalIsLeftAlone() throws IOException {
        Path db = Returns.database(dir);
        Path template = Returns.template(db, dir, "220200", "2015Q3");
        Path bad = Returns.fill(template, Map.of("E08", Returns.value("约95"), "P01", Returns.fraction(120, 100)),
                dir.resolve("in/吉林市-2015Q3.xlsx"));
        byte[] original = Files.readAllBytes(bad);
        Path receipts = dir.resolve("receipts");

        CliRunner.Result r = CliRunner.run("import", "--db", db.toString(), "--lang", "zh", "--receipts",
                receipts.toString(), bad.toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        Path marked = receipts.resolve("吉林市-2015Q3-问题标注.xlsx");
        Path letter = receipts.resolve("吉林市-2015Q3-退回通知.pdf");
        assertThat(r.err()).contains(marked.toString(), letter.toString());
        assertThat(Files.readAllBytes(bad)).isEqualTo(original);
        try (Stream<Path> files = Files.list(receipts)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "吉林市-2015Q3-问题标注.xlsx", "吉林市-2015Q3-退回通知.pdf");
        }

        try (InputStream in = Files.newInputStream(marked); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("指标报表");
            Cell e08 = valueCell(sheet, "E08", Returns.VALUE);
            assertThat(e08.getStringCellValue()).isEqualTo("约95");
            assertThat(e08.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(e08.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(e08.getCellComment().getString().getString())
                    .contains("不是数字：“约95”", "请只填写数字");
            Cell p01 = valueCell(sheet, "P01", Returns.NUMERATOR);
            assertThat(p01.getCellComment().getString().getString()).contains("分子 120 大于分母 100");
            assertThat(valueCell(sheet, "E01", Returns.VALUE).getCellComment()).isNull();
        }

        try (PDDocument pdf = Loader.loadPDF(letter.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("退回通知", "吉林市：", "2015Q3", "吉林市-2015Q3.xlsx", "E08重大工程质量事故",
                    "不是数字：“约95”", "P01产品质量监督抽查合格率", "分子120大于分母100", "吉林省质量技术监督局");
        }
    }

    private static Cell valueCell(Sheet sheet, String code, int column) {
        for (Row row : sheet) {
            Cell c = row.getCell(1);
            if (c != null && code.equals(c.toString())) {
                return row.getCell(column);
            }
        }
        throw new AssertionError(code + " not in the template");
    }
}
