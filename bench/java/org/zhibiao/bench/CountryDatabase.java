package org.zhibiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.zhibiao.app.Workspace;
import org.zhibiao.catalogue.BuiltinCatalogue;
import org.zhibiao.catalogue.Gbt2260;
import org.zhibiao.domain.Category;
import org.zhibiao.domain.Comparator;
import org.zhibiao.domain.Direction;
import org.zhibiao.domain.Frequency;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.IndicatorKind;
import org.zhibiao.domain.Observation;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.Target;
import org.zhibiao.domain.TargetType;
import org.zhibiao.service.InitService;
import org.zhibiao.storage.SqliteObservationRepository;

/**
 * A whole-country database: every GB/T 2260 region (the 31 provinces are the tops), the 64
 * built-in indicators plus one extra ratio, 2015 and 2020 targets for every province, and
 * 2010Q4–2016Q4 values reported by the regions without children only (cities and provinces are
 * rolled up). Built once and kept.
 */
final class CountryDatabase {

    static final Period FIRST = Period.of(2010, 4);
    static final Period LAST = Period.of(2016, 4);
    private static final int CHUNK = 200;

    private CountryDatabase() {
    }

    static Path ensure(Path file) throws Exception {
        if (Files.exists(file)) {
            return file;
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        long start = System.nanoTime();
        try (Workspace w = Workspace.open(partial)) {
            List<Region> regions = Gbt2260.load().all();
            List<Indicator> indicators = indicators();
            w.regions().replaceAll(regions);
            w.catalogue().replaceAll(indicators, targets(regions, indicators));
            w.settings().put(InitService.HOME_SETTING, regions.get(0).code());
            int rows = values(w, regions, indicators);
            System.err.printf("generated %d regions, %d indicators, %d values in %.1f s%n", regions.size(),
                    indicators.size(), rows, (System.nanoTime() - start) / 1e9);
        }
        Files.move(partial, file);
        return file;
    }

    static List<Indicator> indicators() {
        List<Indicator> out = new ArrayList<>(BuiltinCatalogue.indicators());
        out.add(new Indicator("X01", "基准测试合格率", "Benchmark pass rate", Category.FOUNDATION, "%",
                IndicatorKind.RATIO, null, 100.0, "合格数", "总数", Direction.HIGHER, Frequency.QUARTERLY, 1, "",
                null));
        return out;
    }

    private static List<Target> targets(List<Region> regions, List<Indicator> indicators) {
        List<Target> out = new ArrayList<>();
        for (Region p : regions) {
            if (p.parentCode() != null) {
                continue;
            }
            for (Indicator i : indicators) {
                out.add(target(i, p, 2015, Period.of(2010, 4)));
                out.add(target(i, p, 2020, Period.of(2015, 4)));
            }
        }
        return out;
    }

    private static Target target(Indicator i, Region p, int year, Period base) {
        Comparator c = i.direction() == Direction.LOWER ? Comparator.AT_MOST
                : i.direction() == Direction.YES ? Comparator.YES : Comparator.AT_LEAST;
        double value = c == Comparator.YES ? 1 : i.isRatio() ? (c == Comparator.AT_MOST ? 3 : 95)
                : i.isFlow() ? 40 : i.kind() == IndicatorKind.MEAN ? 90 : 400;
        return new Target(i.code(), p.code(), p.name(), year, c, value, null, base, null, false,
                TargetType.EXPECTED, "bench", "", "", true);
    }

    private static int values(Workspace w, List<Region> regions, List<Indicator> indicators) {
        Set<String> parents = new HashSet<>();
        regions.forEach(r -> parents.add(r.parentCode()));
        List<Region> leaves = regions.stream().filter(r -> !parents.contains(r.code())).toList();
        Instant at = Instant.parse("2017-01-20T08:00:00Z");
        int[] rows = {0};
        w.database().runInTransaction(c -> {
            long batch = SqliteObservationRepository.newBatch(c, "import", "bench", at, "country benchmark");
            for (int from = 0; from < leaves.size(); from += CHUNK) {
                List<Observation> chunk = new ArrayList<>();
                for (Region leaf : leaves.subList(from, Math.min(leaves.size(), from + CHUNK))) {
                    Random random = new Random(leaf.code().hashCode());
                    for (Indicator i : indicators) {
                        series(i, leaf.code(), random, chunk);
                    }
                }
                SqliteObservationRepository.insertFirstRevisions(c, chunk, batch, at, "bench");
                rows[0] += chunk.size();
            }
        });
        return rows[0];
    }

    private static void series(Indicator i, String region, Random random, List<Observation> out) {
        double level = 0.6 + 0.3 * random.nextDouble();
        double size = 50 + random.nextInt(450);
        for (Period p = FIRST; p.compareTo(LAST) <= 0; p = p.plusQuarters(1)) {
            if (!i.frequency().reportedIn(p)) {
                continue;
            }
            double trend = FIRST.quartersUntil(p) * 0.004;
            if (i.isRatio()) {
                double share = i.direction() == Direction.LOWER ? 0.1 - level * 0.08 - trend / 4 : level + trend;
                double den = Math.round(size * (1 + 0.05 * random.nextGaussian()));
                double num = Math.round(den * Math.max(0, Math.min(1, share)));
                out.add(new Observation(i.code(), region, p, i.ratioValue(num, den), num, den, "", 1, null));
            } else {
                double v = i.direction() == Direction.YES ? (random.nextDouble() < level ? 1 : 0)
                        : i.isFlow() ? p.quarter() * Math.round(level * 5)
                        : i.kind() == IndicatorKind.MEAN ? 70 + 25 * level + trend * 10 : Math.round(size * level / 10);
                out.add(new Observation(i.code(), region, p, v, null, null, "", 1, null));
            }
        }
    }
}
