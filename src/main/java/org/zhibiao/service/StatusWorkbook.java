package org.zhibiao.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhibiao.analysis.Source;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.charts.ValueText;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.files.AtomicFile;
import org.zhibiao.i18n.Messages;

/**
 * The dashboard's table as a workbook for people: a first sheet as the table shows it (its
 * headers, words and symbols, numbers rounded by number formats, frozen header, column widths),
 * and a second sheet with the machine columns of {@code status --format csv} at full precision.
 */
public final class StatusWorkbook {

    private static final String[] COLUMNS = {"indicator", "value", "target", "expected", "gapToTarget",
        "gapToExpected", "status", "coverage", "explanation"};
    private static final int[] WIDTHS = {40, 12, 20, 14, 16, 16, 12, 18, 70};

    private final Messages messages;
    private final ValueText text;

    public StatusWorkbook(Messages messages) {
        this.messages = messages;
        this.text = new ValueText(messages);
    }

    /** Writes the file aside and moves it over {@code file} only when complete. */
    public void write(List<StatusRow> rows, Path file) {
        try {
            AtomicFile.write(file, out -> {
                try (XSSFWorkbook book = new XSSFWorkbook()) {
                    people(book, rows);
                    machine(book, rows);
                    book.write(out);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new ZhibiaoException("dashboard.error.export", e, file);
        }
    }

    /** The target as the table shows it: ≥ 90.0% (2020). */
    public String target(StatusRow r) {
        if (r.target() == null) {
            return "";
        }
        String value = text.value(r.indicator(), r.target());
        if (r.targetMax() != null) {
            value = value + "—" + text.value(r.indicator(), r.targetMax());
        }
        return r.comparator().symbol() + " " + value + (r.targetYear() == null ? "" : " (" + r.targetYear() + ")");
    }

    /** 上报值, or 汇总 7/9 with 不完整 when partial; empty without a value. */
    public String coverage(StatusRow r) {
        if (r.source() == null) {
            return "";
        }
        if (r.source() == Source.REPORTED || r.coverage() == null) {
            return messages.get("dashboard.coverage.reported");
        }
        return messages.get(r.coverage().isPartial() ? "dashboard.coverage.partial" : "dashboard.coverage.full",
                r.coverage());
    }

    private void people(XSSFWorkbook book, List<StatusRow> rows) {
        Sheet sheet = book.createSheet(messages.get("dashboard.export.sheet.table"));
        Row header = sheet.createRow(0);
        CellStyle bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        for (int c = 0; c < COLUMNS.length; c++) {
            header.createCell(c).setCellValue(messages.get("dashboard.column." + COLUMNS[c]));
            header.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        Formats formats = new Formats(book);
        for (int i = 0; i < rows.size(); i++) {
            StatusRow r = rows.get(i);
            Indicator ind = r.indicator();
            Row row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(ind.code() + " " + ind.name(messages.chinese()));
            number(row, 1, share(ind, r.value()), formats.value(ind));
            row.createCell(2).setCellValue(target(r));
            number(row, 3, share(ind, r.expected()), formats.value(ind));
            number(row, 4, r.gapToTarget(), formats.gap(ind));
            number(row, 5, r.gapToExpected(), formats.gap(ind));
            row.createCell(6).setCellValue(r.status().label(messages));
            row.createCell(7).setCellValue(coverage(r));
            row.createCell(8).setCellValue(r.explanation().text(messages));
        }
    }

    private void machine(XSSFWorkbook book, List<StatusRow> rows) {
        Sheet sheet = book.createSheet("data");
        write(sheet.createRow(0), StatusRows.COLUMNS);
        sheet.createFreezePane(0, 1);
        for (int i = 0; i < rows.size(); i++) {
            write(sheet.createRow(i + 1), StatusRows.cells(rows.get(i), messages.chinese()));
        }
    }

    /** A percentage as Excel holds it (0.918 shown 91.8%); other values as they are. */
    private static Double share(Indicator ind, Double value) {
        return value != null && ind.isPercentage() ? Double.valueOf(value / 100) : value;
    }

    private static void number(Row row, int column, Double value, CellStyle format) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
            row.getCell(column).setCellStyle(format);
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            if (!cell.isEmpty() && cell.matches("-?\\d+(\\.\\d+)?")) {
                row.createCell(c).setCellValue(Double.parseDouble(cell));
            } else {
                row.createCell(c).setCellValue(cell);
            }
        }
    }

    /** Excel number formats: the indicator's decimals and unit, gaps signed, in 个百分点 for rates. */
    private final class Formats {
        private final XSSFWorkbook book;
        private final Map<String, CellStyle> styles = new HashMap<>();

        Formats(XSSFWorkbook book) {
            this.book = book;
        }

        CellStyle value(Indicator ind) {
            if (ind.isPercentage()) {
                return style(digits(ind) + "%");
            }
            String unit = text.unit(ind);
            return style(digits(ind) + quoted(unit.isEmpty() ? "" : " " + unit));
        }

        CellStyle gap(Indicator ind) {
            String unit = quoted(" " + text.gapUnitWords(ind));
            String d = digits(ind);
            return style("\"+\"" + d + unit + ";\"−\"" + d + unit + ";" + d + unit);
        }

        private CellStyle style(String pattern) {
            return styles.computeIfAbsent(pattern, p -> {
                CellStyle style = book.createCellStyle();
                style.setDataFormat(book.createDataFormat().getFormat(p));
                return style;
            });
        }

        private String digits(Indicator ind) {
            return ind.decimals() <= 0 ? "0" : "0." + "0".repeat(ind.decimals());
        }

        private String quoted(String s) {
            return s.isEmpty() ? "" : "\"" + s.replace("\"", "") + "\"";
        }
    }
}
