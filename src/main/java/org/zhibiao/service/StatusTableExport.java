package org.zhibiao.service;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.domain.ZhibiaoException;

/** The dashboard's indicator table as CSV with the columns of {@code status --format csv}; Excel: {@link StatusWorkbook}. */
public final class StatusTableExport {

    private StatusTableExport() {
    }

    public static void csv(List<StatusRow> rows, boolean chinese, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build())) {
            csv.printRecord(StatusRows.COLUMNS);
            for (StatusRow row : rows) {
                csv.printRecord(StatusRows.cells(row, chinese));
            }
        } catch (IOException e) {
            throw new ZhibiaoException("dashboard.error.export", e, file);
        }
    }
}
