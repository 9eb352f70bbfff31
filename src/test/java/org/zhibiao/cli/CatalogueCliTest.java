package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueCliTest {

    @TempDir
    Path dir;

    @Test
    void exportEditImportAndARefusedWorkbook() throws Exception {
        String db = dir.resolve("a.db").toString();
        Path xlsx = dir.resolve("catalogue.xlsx");
        assertThat(CliRunner.run("init", "--db", db).exitCode()).isZero();
        CliRunner.Result export = CliRunner.run("catalogue", "export", "--db", db, "--out", xlsx.toString(), "--lang", "en");
        assertThat(export.exitCode()).isZero();
        assertThat(export.err()).contains("64 indicators and 69 targets");

        CliRunner.Result same = CliRunner.run("catalogue", "import", "--db", db, xlsx.toString(), "--lang", "en");
        assertThat(same.exitCode()).isZero();
        assertThat(same.err()).contains("nothing changed");

        int row = setTarget(xlsx, "S01", 87);
        CliRunner.Result edited = CliRunner.run("catalogue", "import", "--db", db, xlsx.toString(), "--lang", "en");
        assertThat(edited.exitCode()).isZero();
        assertThat(edited.err()).contains("Imported the catalogue: 64 indicators, 69 targets");
        Path again = dir.resolve("again.xlsx");
        CliRunner.run("catalogue", "export", "--db", db, "--out", again.toString());
        assertThat(targetValue(again, row)).isEqualTo(87);

        setTarget(xlsx, "S01", "八十七");
        byte[] before = Files.readAllBytes(Path.of(db));
        CliRunner.Result refused = CliRunner.run("catalogue", "import", "--db", db, xlsx.toString(), "--lang", "zh");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(refused.err()).contains("目标!F" + (row + 1) + "：“八十七”不是数字。").contains("指标目录保持不变");
        assertThat(Files.readAllBytes(Path.of(db))).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotAWorkbookIsNamed() throws Exception {
        String db = dir.resolve("a.db").toString();
        CliRunner.run("init", "--db", db);
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "not a workbook");
        CliRunner.Result r = CliRunner.run("catalogue", "import", "--db", db, text.toString(), "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).contains("notes.xlsx").doesNotContain("Exception");
    }

    private static int setTarget(Path xlsx, String indicator, Object value) throws Exception {
        int row;
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("目标");
            row = org.zhibiao.catalogue.CatalogueWorkbookTest.rowOf(sheet, indicator, "220000");
            Row r = sheet.getRow(row);
            if (value instanceof Number n) {
                r.getCell(5).setCellValue(n.doubleValue());
            } else {
                r.getCell(5).setCellValue(value.toString());
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        return row;
    }

    private static double targetValue(Path xlsx, int row) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return wb.getSheet("目标").getRow(row).getCell(5).getNumericCellValue();
        }
    }
}
