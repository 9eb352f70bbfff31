package org.zhibiao.service;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.zhibiao.domain.Numbers;
import org.zhibiao.domain.Observation;
import org.zhibiao.domain.ObservationRepository;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.RegionRepository;
import org.zhibiao.domain.UnknownRegionException;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.files.AtomicFile;

/**
 * Observations with their lineage, as CSV or as an Excel workbook (CLI.md's columns), streamed
 * from the database to the file one row at a time, so any number of rows fits in little memory.
 */
public final class ExportService {

    public static final List<String> COLUMNS = List.of("region_code", "region_name", "period", "indicator_code",
            "value", "numerator", "denominator", "note", "revision", "batch_id", "source_file", "source_sha256",
            "source_sheet", "source_cell", "imported_at", "imported_by");
    private static final Set<String> NUMERIC = Set.of("value", "numerator", "denominator", "revision", "batch_id");
    /** Rows a sheet holds below its header; further rows continue on the next sheet. */
    private static final int ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private final RegionRepository regions;
    private final ObservationRepository observations;

    public ExportService(RegionRepository regions, ObservationRepository observations) {
        this.regions = regions;
        this.observations = observations;
    }

    /** Writes the rows and returns how many there were. */
    public long exportCsv(Period period, String regionCode, Path out) {
        Map<String, String> names = regionNames(regionCode);
        long[] rows = new long[1];
        write(out, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            CsvTable csv = new CsvTable(writer, COLUMNS, NUMERIC);
            rows[0] = observations.forEach(period, regionCode, o -> unchecked(() -> csv.row(row(o, names))));
            csv.flush();
        });
        return rows[0];
    }

    /** One sheet {@code observations}, continued on {@code observations 2}, … past Excel's row limit. */
    public long exportXlsx(Period period, String regionCode, Path out) {
        Map<String, String> names = regionNames(regionCode);
        long[] rows = new long[1];
        write(out, stream -> {
            SXSSFWorkbook workbook = new SXSSFWorkbook(200);
            try {
                rows[0] = observations.forEach(period, regionCode, new SheetFiller(workbook, names)::add);
                workbook.write(stream);
            } finally {
                workbook.close();
                workbook.dispose();
            }
        });
        return rows[0];
    }

    private static void write(Path out, AtomicFile.Content content) {
        try {
            AtomicFile.write(out, content);
        } catch (IOException | UncheckedIOException e) {
            throw new ZhibiaoException("export.error.write", e, out);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void unchecked(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds rows to the current sheet, starting a new one when it is full. */
    private static final class SheetFiller {

        private final SXSSFWorkbook workbook;
        private final Map<String, String> names;
        private Sheet sheet;
        private int next;

        SheetFiller(SXSSFWorkbook workbook, Map<String, String> names) {
            this.workbook = workbook;
            this.names = names;
            newSheet();
        }

        void add(Observation o) {
            if (next > ROWS_PER_SHEET) {
                newSheet();
            }
            writeRow(sheet.createRow(next++), row(o, names), true);
        }

        private void newSheet() {
            int number = workbook.getNumberOfSheets() + 1;
            sheet = workbook.createSheet(number == 1 ? "observations" : "observations " + number);
            writeRow(sheet.createRow(0), COLUMNS, false);
            next = 1;
        }
    }

    private static void writeRow(Row row, List<String> values, boolean numbers) {
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            String v = values.get(i);
            if (numbers && NUMERIC.contains(COLUMNS.get(i)) && !v.isEmpty()) {
                cell.setCellValue(Double.parseDouble(v));
            } else {
                cell.setCellValue(v);
            }
        }
    }

    private Map<String, String> regionNames(String regionCode) {
        if (regionCode != null && regions.find(regionCode).isEmpty()) {
            throw new UnknownRegionException(regionCode);
        }
        Map<String, String> names = new HashMap<>();
        for (Region r : regions.all()) {
            names.put(r.code(), r.name());
        }
        return names;
    }

    private static List<String> row(Observation o, Map<String, String> names) {
        var l = o.lineage();
        return List.of(o.regionCode(), names.getOrDefault(o.regionCode(), ""), o.period().toString(),
                o.indicatorCode(), Numbers.plain(o.value()), Numbers.plain(o.numerator()),
                Numbers.plain(o.denominator()), o.note() == null ? "" : o.note(), Integer.toString(o.revision()),
                Long.toString(l.batchId()), l.sourceFile(), l.sha256(), l.sheet(), l.cell(),
                l.importedAt().toString(), l.importedBy());
    }
}
