package org.zhibiao.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.zhibiao.domain.Observation;
import org.zhibiao.domain.ObservationRepository;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.RegionRepository;
import org.zhibiao.domain.UnknownRegionException;
import org.zhibiao.domain.ZhibiaoException;

/** Observations with their lineage, as CSV or as an Excel workbook (CLI.md's columns). */
public final class ExportService {

    public static final List<String> COLUMNS = List.of("region_code", "region_name", "period", "indicator_code",
            "value", "numerator", "denominator", "note", "revision", "batch_id", "source_file", "source_sha256",
            "source_sheet", "source_cell", "imported_at", "imported_by");

    private final RegionRepository regions;
    private final ObservationRepository observations;

    public ExportService(RegionRepository regions, ObservationRepository observations) {
        this.regions = regions;
        this.observations = observations;
    }

    /** Writes the rows and returns how many there were. */
    public int exportCsv(Period period, String regionCode, Path out) {
        List<List<String>> rows = rows(period, regionCode);
        try (OutputStream stream = Files.newOutputStream(out);
             Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build())) {
            csv.printRecord(COLUMNS);
            for (List<String> row : rows) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new ZhibiaoException("export.error.write", e, out);
        }
        return rows.size();
    }

    public int exportXlsx(Period period, String regionCode, Path out) {
        List<List<String>> rows = rows(period, regionCode);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
             OutputStream stream = Files.newOutputStream(out)) {
            Sheet sheet = workbook.createSheet("observations");
            writeRow(sheet.createRow(0), COLUMNS, false);
            int r = 1;
            for (List<String> row : rows) {
                writeRow(sheet.createRow(r++), row, true);
            }
            workbook.write(stream);
            workbook.dispose();
        } catch (IOException e) {
            throw new ZhibiaoException("export.error.write", e, out);
        }
        return rows.size();
    }

    private static void writeRow(Row row, List<String> values, boolean numbers) {
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            String v = values.get(i);
            boolean numeric = numbers && (i >= 4 && i <= 6 || i == 8 || i == 9) && !v.isEmpty();
            if (numeric) {
                cell.setCellValue(Double.parseDouble(v));
            } else {
                cell.setCellValue(v);
            }
        }
    }

    private List<List<String>> rows(Period period, String regionCode) {
        if (regionCode != null && regions.find(regionCode).isEmpty()) {
            throw new UnknownRegionException(regionCode);
        }
        Map<String, String> names = new HashMap<>();
        for (Region r : regions.all()) {
            names.put(r.code(), r.name());
        }
        return observations.find(period, regionCode).stream().map(o -> row(o, names)).toList();
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
