package org.zhibiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.zhibiao.analysis.Analysis;
import org.zhibiao.analysis.Method;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;

/**
 * {@code status} at country scale: one province (roll-ups from its cities and counties) and all
 * 31 provinces at one period, each next to the time SQLite alone needs to read the same rows
 * (the same query, columns read, nothing built) — on a server, the server alone. Prints Markdown
 * table rows for BENCHMARKS.md.
 * Usage: {@code bench/run StatusBench [DB] [PERIOD]}.
 */
public final class StatusBench {

    private static final int WARM_UPS = 3;
    private static final int RUNS = 9;
    private static final String SQL = """
            WITH RECURSIVE sub(code) AS (
                SELECT code FROM region WHERE code IN (%s)
                UNION ALL
                SELECT r.code FROM region r JOIN sub ON r.parent_code = sub.code)
            SELECT o.indicator_code, o.region_code, o.period, o.value, o.numerator, o.denominator, o.revision
            FROM sub CROSS JOIN observation o
            WHERE o.region_code = sub.code AND o.current = 1 AND o.period IN (%s)""";

    private StatusBench() {
    }

    public static void main(String[] args) throws Exception {
        Path db = CountryDatabase.ensure(Path.of(args.length > 0 ? args[0] : "target/bench/country.db"));
        Period period = Period.parse(args.length > 1 ? args[1] : "2015Q4");
        System.out.printf("database %s, %.0f MB, period %s%n", db, Files.size(db) / 1e6, period);
        System.out.println("| work | rows read | status median | SQLite read median | ratio | status min–max |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        try (Workspace w = Workspace.open(db)) {
            List<String> provinces = w.regions().all().stream().filter(r -> r.parentCode() == null)
                    .map(Region::code).toList();
            System.err.printf("%d regions, %d provinces%n", w.regions().all().size(), provinces.size());
            measure(w, "one province 220000 吉林省", List.of("220000"), period);
            measure(w, "one province 510000 四川省", List.of("510000"), period);
            measure(w, "all " + provinces.size() + " provinces", provinces, period);
        }
    }

    private static void measure(Workspace w, String name, List<String> roots, Period period) throws Exception {
        measure(w, name, roots, period, RUNS);
    }

    /**
     * Prints the row of one status (and of the store alone reading its rows, the same query) and
     * returns the status's median in milliseconds.
     */
    static double measure(Workspace w, String name, List<String> roots, Period period, int runs) throws Exception {
        Analysis.Catalogue catalogue = Analysis.Catalogue.of(w.regions().all(), w.catalogue().indicators(),
                w.catalogue().targets(), List.of());
        Set<Period> periods = catalogue.periodsFor(roots, period, null, Method.TIME_PROGRESS);
        int[] rows = {0};
        List<Double> status = time(name, runs, i -> rows[0] = w.status().statusOfRegions(period, roots, null,
                Method.TIME_PROGRESS).size());
        int[] read = {0};
        List<Double> sqlite = time(name, runs, i -> read[0] = readOnly(w, roots, periods));
        double ratio = Bench.median(status) / Bench.median(sqlite);
        System.out.printf(Locale.ROOT, "| %s: %d status rows | %,d (%d periods) | %s | %s | %.2f× | %s–%s |%n",
                name, rows[0], read[0], periods.size(), ms(Bench.median(status)), ms(Bench.median(sqlite)), ratio,
                ms(status.get(0)), ms(status.get(status.size() - 1)));
        return Bench.median(status);
    }

    /** The rows the status reads, with the same query, each column read and dropped. */
    private static int readOnly(Workspace w, List<String> roots, Set<Period> periods) {
        String sql = SQL.formatted(String.join(", ", Collections.nCopies(roots.size(), "?")),
                String.join(", ", Collections.nCopies(periods.size(), "?")));
        return w.database().read(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int i = 1;
                for (String r : roots) {
                    p.setString(i++, r);
                }
                for (Period q : periods) {
                    p.setInt(i++, q.index());
                }
                int n = 0;
                double sink = 0;
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(1);
                        rs.getString(2);
                        sink += rs.getInt(3) + rs.getDouble(4) + rs.getDouble(5) + rs.getDouble(6) + rs.getInt(7);
                        n++;
                    }
                }
                return sink == Double.MIN_VALUE ? -1 : n;
            }
        });
    }

    private static List<Double> time(String name, int runs, Bench.Work work) throws Exception {
        return new Bench(name, WARM_UPS, runs).measure(i -> { }, work);
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.1f ms", millis);
    }
}
