package org.zhibiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The import of {@link ImportFolder}'s 150 returns by two builds in one run, alternating fresh
 * {@code java -jar} processes so both meet the same load: a baseline jar (a copy of an earlier
 * {@code target/zhibiao.jar} with its {@code lib/} folder) and this build's. Arguments: the
 * baseline jar, [measured runs of each].
 */
public final class ImportCompare {

    private ImportCompare() {
    }

    public static void main(String[] args) throws Exception {
        Path baseline = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        PackagedJar.require();
        Path dir = Files.createTempDirectory("zhibiao-import-compare");
        Path db = dir.resolve("empty.db");
        Path folder = dir.resolve("returns-in");
        ImportFolder.prepare(db, folder);
        Path run = dir.resolve("run.db");
        List<Double> before = new ArrayList<>();
        List<Double> after = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            double b = timed(n -> PackagedJar.runJar(baseline, "import", "--db", run.toString(), folder.toString()),
                    db, run);
            double a = timed(n -> PackagedJar.run("import", "--db", run.toString(), folder.toString()), db, run);
            if (i > 0) {
                before.add(b);
                after.add(a);
            }
        }
        Collections.sort(before);
        Collections.sort(after);
        System.out.println(Bench.header());
        System.out.println(Bench.row("import of 150 returns, baseline " + baseline, before));
        System.out.println(Bench.row("import of 150 returns, this build", after));
        System.out.printf(Locale.ROOT, "%nthis build / baseline (medians): %.3f%n",
                Bench.median(after) / Bench.median(before));
    }

    private static double timed(Bench.Work work, Path db, Path run) throws Exception {
        for (String suffix : List.of("-wal", "-shm")) {
            Files.deleteIfExists(run.resolveSibling(run.getFileName() + suffix));
        }
        Files.copy(db, run, StandardCopyOption.REPLACE_EXISTING);
        long start = System.nanoTime();
        work.run(0);
        return (System.nanoTime() - start) / 1e6;
    }
}
