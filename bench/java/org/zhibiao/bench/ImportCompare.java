package org.zhibiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The 150-return import of {@link ImportFolder} with this build's jar and an earlier one, runs
 * alternating so that both see the same load: {@code bench/run ImportCompare EARLIER.jar [RUNS]}.
 * The database is made by the earlier jar (this build upgrades it on its first import, as an
 * officer's would be). The earlier jar needs its libraries beside it as {@code mvn package}
 * leaves them. Needs
 * {@code mvn -q -DskipTests package}.
 */
public final class ImportCompare {

    private static final int FILES = 150;

    private ImportCompare() {
    }

    public static void main(String[] args) throws Exception {
        Path earlier = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        PackagedJar.require();
        Path dir = Files.createTempDirectory("zhibiao-import-compare");
        Path db = dir.resolve("empty.db");
        Path folder = dir.resolve("returns-in");
        PackagedJar.runJar(earlier, "init", "--db", db.toString());
        ImportFolder.writeReturns(db, folder, FILES);
        List<Double> before = new ArrayList<>();
        List<Double> after = new ArrayList<>();
        for (int i = -1; i < runs; i++) {
            double b = time(dir, db, folder, earlier);
            double a = time(dir, db, folder, Path.of("target/zhibiao.jar"));
            if (i >= 0) {
                before.add(b);
                after.add(a);
            }
        }
        Collections.sort(before);
        Collections.sort(after);
        System.out.println(Bench.header());
        System.out.println(Bench.row("import of 150 returns, earlier jar " + earlier.getFileName(), before));
        System.out.println(Bench.row("import of 150 returns, this build", after));
        System.out.printf(Locale.ROOT, "%nthis build / earlier (medians): %.3f%n",
                Bench.median(after) / Bench.median(before));
    }

    /** One import into a fresh copy of the database in a folder of its own (so a fresh archive too). */
    private static double time(Path dir, Path db, Path folder, Path jar) throws Exception {
        Path run = Files.createTempDirectory(dir, "run").resolve("run.db");
        Files.copy(db, run, StandardCopyOption.REPLACE_EXISTING);
        long start = System.nanoTime();
        PackagedJar.runJar(jar, "import", "--db", run.toString(), folder.toString());
        return (System.nanoTime() - start) / 1e6;
    }
}
