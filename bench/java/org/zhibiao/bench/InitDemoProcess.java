package org.zhibiao.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar target/zhibiao.jar init --db F --demo} as a fresh process each time (JVM
 * start, native SQLite library extraction and all), as a user or a script runs it. Needs
 * {@code mvn -q -DskipTests package} first. Arguments: [warm-up runs] [measured runs].
 */
public final class InitDemoProcess {

    private InitDemoProcess() {
    }

    public static void main(String[] args) throws Exception {
        int warmUps = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        PackagedJar.require();
        Path dir = Files.createTempDirectory("zhibiao-bench");
        System.out.println(Bench.header());
        Bench bench = new Bench("init --demo, fresh java -jar process", warmUps, runs);
        List<Double> times = bench.measure(i -> { }, i -> {
            Path db = dir.resolve(i + ".db");
            PackagedJar.run("init", "--db", db.toString(), "--demo");
            System.err.printf("run %d: database %,d bytes%n", i, Files.size(db));
            Files.delete(db);
        });
        System.out.println(Bench.row("init --demo, fresh java -jar process", times));
        new File(dir.toString()).delete();
    }
}
