package org.zhibiao.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhibiao.app.Workspace;
import org.zhibiao.cli.CliRunner;

/** Databases, templates and filled returns for the tests, written with POI like another program would. */
public final class Returns {

    public static final int VALUE = 4;
    public static final int NUMERATOR = 5;
    public static final int DENOMINATOR = 6;

    private Returns() {
    }

    /** A 吉林省 database that monitors every indicator, so its templates carry every row of the catalogue. */
    public static Path database(Path dir) {
        Path db = plainDatabase(dir);
        try (Workspace w = Workspace.open(db)) {
            w.catalogue().indicators().forEach(i -> w.plans().chooseMonitored(i.code(), true));
        }
        return db;
    }

    /** A 吉林省 database as init makes it, monitoring its plans' indicators. */
    public static Path plainDatabase(Path dir) {
        Path db = dir.resolve("z.db");
        assertThat(CliRunner.run("init", "--db", db.toString()).exitCode()).isZero();
        return db;
    }

    public static Path template(Path db, Path dir, String region, String period) {
        Path out = dir.resolve("templates");
        CliRunner.Result r = CliRunner.run("template", "--db", db.toString(), "--period", period, "--region", region,
                "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        return Path.of(r.out().lines().findFirst().orElseThrow());
    }

    /** Types the given cells (indicator code → column → value) into a copy of the template. */
    public static Path fill(Path template, Map<String, Map<Integer, Object>> cells, Path out) throws IOException {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            type(wb.getSheet("指标报表"), cells);
            save(wb, out);
        }
        return out;
    }

    public static void type(Sheet sheet, Map<String, Map<Integer, Object>> cells) {
        for (Row row : sheet) {
            Cell code = row.getCell(1);
            if (code == null || code.getCellType() != CellType.STRING || !cells.containsKey(code.getStringCellValue())) {
                continue;
            }
            cells.get(code.getStringCellValue()).forEach((column, value) -> set(row, column, value));
        }
    }

    public static void set(Row row, int column, Object value) {
        Cell cell = row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value == null) {
            cell.setBlank();
        } else {
            cell.setCellValue(value.toString());
        }
    }

    public static void save(Workbook wb, Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            wb.write(o);
        }
    }

    /** Saves the same cells as an Excel 97–2003 workbook (every sheet, text and numbers). */
    public static Path toXls(Path xlsx, Path out) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook from = new XSSFWorkbook(in);
             HSSFWorkbook to = new HSSFWorkbook()) {
            for (Sheet sheet : from) {
                copy(sheet, to.createSheet(sheet.getSheetName()));
            }
            save(to, out);
        }
        return out;
    }

    public static void copy(Sheet from, Sheet to) {
        for (Row row : from) {
            Row target = to.createRow(row.getRowNum());
            for (Cell c : row) {
                switch (c.getCellType()) {
                    case NUMERIC -> target.createCell(c.getColumnIndex()).setCellValue(c.getNumericCellValue());
                    case STRING -> target.createCell(c.getColumnIndex()).setCellValue(c.getStringCellValue());
                    default -> { }
                }
            }
        }
    }

    public static Map<Integer, Object> fraction(Object num, Object den) {
        return Map.of(NUMERATOR, num, DENOMINATOR, den);
    }

    public static Map<Integer, Object> value(Object v) {
        return Map.of(VALUE, v);
    }

    public static CliRunner.Result importFiles(Path db, Path... files) {
        List<String> args = new java.util.ArrayList<>(List.of("import", "--db", db.toString(), "--lang", "en",
                "--user", "tester"));
        for (Path f : files) {
            args.add(f.toString());
        }
        return CliRunner.run(args.toArray(String[]::new));
    }

    public static List<String> export(Path db, Path dir, String name) throws IOException {
        Path csv = dir.resolve(name + ".csv");
        assertThat(CliRunner.run("export", "--db", db.toString(), "--format", "csv", "--out", csv.toString())
                .exitCode()).isZero();
        return Files.readAllLines(csv);
    }
}
