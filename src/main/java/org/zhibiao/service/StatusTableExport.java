package org.zhibiao.service;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.files.AtomicFile;

/** The dashboard's indicator table as a file: CSV with the columns of {@code status --format csv}, or Excel. */
public final class StatusTableExport {

    private StatusTableExport() {
    }

    public static void csv(List<StatusRow> rows, boolean chinese, Path file) {
        write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            StatusRows.csv(rows, chinese, writer);
            writer.flush();
        });
    }

    /** One sheet, the same columns; numbers stored as numbers. */
    public static void xlsx(List<StatusRow> rows, boolean chinese, Path file) {
        write(file, out -> {
            try (XSSFWorkbook book = new XSSFWorkbook()) {
                Sheet sheet = book.createSheet("status");
                write(sheet.createRow(0), StatusRows.COLUMNS);
                for (int i = 0; i < rows.size(); i++) {
                    write(sheet.createRow(i + 1), StatusRows.cells(rows.get(i), chinese));
                }
                book.write(out);
            }
        });
    }

    private static void write(Path file, AtomicFile.Content content) {
        try {
            AtomicFile.write(file, content);
        } catch (IOException | UncheckedIOException e) {
            throw new ZhibiaoException("dashboard.error.export", e, file);
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            String text = cells.get(c);
            if (!text.isEmpty() && isNumber(text)) {
                row.createCell(c).setCellValue(Double.parseDouble(text));
            } else {
                row.createCell(c).setCellValue(text);
            }
        }
    }

    private static boolean isNumber(String text) {
        return text.matches("-?\\d+(\\.\\d+)?");
    }
}
