package org.zhibiao.returns;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A return typed into a fresh workbook by hand: no _meta, a header line, the table. */
final class PlainReturn {

    private final List<Object[]> top = new ArrayList<>();
    private String[] header = {"序号", "指标编码", "指标名称", "计量单位", "本期值", "分子", "分母", "备注"};
    private final List<Object[]> rows = new ArrayList<>();
    private String sheetName = "Sheet1";

    static PlainReturn forRegion(String region, String name, String period) {
        PlainReturn r = new PlainReturn();
        r.top.add(new Object[] {"填报单位：", name, null, "地区代码：", region, "报告期：", period});
        return r;
    }

    PlainReturn header(String... labels) {
        header = labels;
        return this;
    }

    PlainReturn sheet(String name) {
        sheetName = name;
        return this;
    }

    /** A row under the default header: code, name, unit, value, numerator, denominator. */
    PlainReturn row(Object code, Object name, Object value, Object num, Object den) {
        rows.add(new Object[] {rows.size() + 1, code, name, "", value, num, den, null});
        return this;
    }

    PlainReturn rawRow(Object... cells) {
        rows.add(cells);
        return this;
    }

    Path save(Path file) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            write(wb.createSheet(sheetName));
            Returns.save(wb, file);
        }
        return file;
    }

    void write(Sheet sheet) {
        int r = 0;
        for (Object[] line : top) {
            put(sheet.createRow(r++), line);
        }
        r++;
        put(sheet.createRow(r++), header);
        for (Object[] line : rows) {
            put(sheet.createRow(r++), line);
        }
    }

    private static void put(Row row, Object[] cells) {
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null) {
                Returns.set(row, c, cells[c]);
            }
        }
    }
}
