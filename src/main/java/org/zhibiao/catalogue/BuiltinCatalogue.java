package org.zhibiao.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.domain.Category;
import org.zhibiao.domain.Comparator;
import org.zhibiao.domain.Direction;
import org.zhibiao.domain.Frequency;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.IndicatorKind;
import org.zhibiao.domain.Measure;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Plan;
import org.zhibiao.domain.Target;
import org.zhibiao.domain.TargetType;

/**
 * The indicators, targets and plans of the seed documents, bundled as indicators.tsv, targets.tsv
 * and seed-documents.tsv.
 */
public final class BuiltinCatalogue {

    private static final String BASE = "/org/zhibiao/data/";

    private BuiltinCatalogue() {
    }

    public static List<Indicator> indicators() {
        return parseIndicators(read("indicators.tsv"));
    }

    public static List<Target> targets() {
        return parseTargets(read("targets.tsv"));
    }

    /** The seed documents as plans (seed-documents.tsv). */
    public static List<Plan> plans() {
        List<String[]> rows = read("seed-documents.tsv");
        List<Plan> out = new ArrayList<>();
        for (String[] r : rows.subList(1, rows.size())) {
            out.add(new Plan(r[0], r[1], r[9], r[2], r[5], r[6], LocalDate.parse(r[3]), Integer.valueOf(r[7]),
                    Integer.valueOf(r[8]), false));
        }
        return out;
    }

    /** Parses rows of indicators.tsv (header first). */
    public static List<Indicator> parseIndicators(List<String[]> rows) {
        List<Indicator> out = new ArrayList<>();
        for (String[] r : rows.subList(1, rows.size())) {
            out.add(new Indicator(r[0], r[1], r[2], Category.valueOf(r[3]), r[4], IndicatorKind.fromCode(r[5]),
                    Measure.fromCode(r[6]), optionalDouble(r[7]), r[8], r[9], Direction.fromCode(r[10]),
                    Frequency.fromCode(r[11]), Integer.parseInt(r[12]), field(r, 13), null));
        }
        return out;
    }

    /** Parses rows of targets.tsv (header first). */
    public static List<Target> parseTargets(List<String[]> rows) {
        List<Target> out = new ArrayList<>();
        for (String[] r : rows.subList(1, rows.size())) {
            out.add(new Target(r[0], r[1], r[2], Integer.parseInt(r[3]), Comparator.fromCode(r[4]),
                    Double.parseDouble(r[5]), optionalDouble(r[6]),
                    r[7].isBlank() ? null : Period.parse(r[7]), null, "yes".equals(r[8]),
                    TargetType.EXPECTED, r[9], field(r, 10), field(r, 11), false));
        }
        return out;
    }

    private static String field(String[] row, int index) {
        return index < row.length ? row[index] : "";
    }

    private static Double optionalDouble(String s) {
        return s == null || s.isBlank() ? null : Double.valueOf(s.trim());
    }

    static List<String[]> read(String name) {
        try (InputStream in = BuiltinCatalogue.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return readTsv(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tab-separated UTF-8 rows; trailing empty fields are kept. */
    public static List<String[]> readTsv(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String[]> rows = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (!line.isBlank()) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }
}
