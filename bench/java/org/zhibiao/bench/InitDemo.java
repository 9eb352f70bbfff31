package org.zhibiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.zhibiao.app.Workspace;
import org.zhibiao.service.InitService;

/**
 * {@code init --demo} in-process: a new database with the 吉林省 regions, the built-in catalogue
 * and the demo history, as the desktop app does on first start. Prints the time of the whole
 * and of the demo generation alone, and the size of the database file.
 * Arguments: [warm-up runs] [measured runs].
 */
public final class InitDemo {

    private InitDemo() {
    }

    public static void main(String[] args) throws Exception {
        int warmUps = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path dir = Files.createTempDirectory("zhibiao-bench");
        try {
            System.out.println(Bench.header());
            new Bench("init + demo, in-process, warm", warmUps, runs).report(i -> initDemo(dir.resolve(i + ".db")));
            new Bench("demo generation alone, warm", warmUps, runs)
                    .report(i -> init(dir.resolve("d" + i + ".db")), i -> demo(dir.resolve("d" + i + ".db")));
            Path file = dir.resolve("size.db");
            initDemo(file);
            System.out.printf("demo database: %,d bytes%n", Files.size(file));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void initDemo(Path file) {
        try (Workspace workspace = Workspace.open(file)) {
            workspace.init().initialise(InitService.DEFAULT_HOME, true);
            workspace.demo().generate();
        }
    }

    private static void init(Path file) {
        try (Workspace workspace = Workspace.open(file)) {
            workspace.init().initialise(InitService.DEFAULT_HOME, true);
        }
    }

    private static void demo(Path file) {
        try (Workspace workspace = Workspace.open(file)) {
            workspace.demo().generate();
        }
    }
}
