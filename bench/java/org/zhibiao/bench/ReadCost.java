package org.zhibiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.zhibiao.app.Workspace;
import org.zhibiao.importer.RegionLookup;
import org.zhibiao.importer.ReturnParser;

/**
 * The import's per-file cost, warm, against the floor: fastexcel alone reading every cell of the
 * same file. The import's side is what each reader thread does for a file before the database is
 * asked (SHA-256 of its bytes, then the parse: zip check, cells, table, region, period, values).
 * Both run on the 150 returns of {@link ImportFolder}, one thread, in turn per round so both meet
 * the same load. Arguments: [warm-up rounds] [measured rounds].
 */
public final class ReadCost {

    private ReadCost() {
    }

    public static void main(String[] args) throws Exception {
        int warmUps = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path dir = Files.createTempDirectory("zhibiao-read-bench");
        Path db = dir.resolve("empty.db");
        Path folder = dir.resolve("returns-in");
        ImportFolder.prepare(db, folder);
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.sorted().toList();
        }
        ReturnParser parser;
        try (Workspace w = Workspace.open(db)) {
            parser = new ReturnParser(w.catalogue().indicators(), new RegionLookup(w.regions().all()));
        }
        List<Double> floorTimes = new ArrayList<>();
        List<Double> importTimes = new ArrayList<>();
        for (int round = 0; round < warmUps + runs; round++) {
            double floor = millis(() -> files.forEach(ReadFloor::readAll));
            double imported = millis(() -> files.forEach(f -> {
                sha256(f);
                if (!parser.parse(f).isIdentified()) {
                    throw new IllegalStateException("not identified: " + f);
                }
            }));
            if (round >= warmUps) {
                floorTimes.add(floor);
                importTimes.add(imported);
            }
        }
        Collections.sort(floorTimes);
        Collections.sort(importTimes);
        System.out.println(Bench.header());
        System.out.println(Bench.row("fastexcel alone, every cell of the 150 files", floorTimes));
        System.out.println(Bench.row("the import's read: SHA-256 and parse of the 150 files", importTimes));
        System.out.printf(Locale.ROOT, "%nper file: fastexcel %.2f ms, import %.2f ms; ratio %.2f×%n",
                Bench.median(floorTimes) / files.size(), Bench.median(importTimes) / files.size(),
                Bench.median(importTimes) / Bench.median(floorTimes));
    }

    private static double millis(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static void sha256(Path file) {
        try {
            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        } catch (Exception e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
