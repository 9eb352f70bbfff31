package org.zhibiao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Fault injection in the spirit of SQLite's crash tests, with real processes of the command line:
 * 2–4 concurrent imports of one folder into one database, then kill -9 at random moments of
 * import, backup, init --demo, export and report, each followed by integrity_check and a rerun
 * that must complete. Every file must end up stored exactly once, no earlier backup or output file
 * may be lost, a killed init leaves nothing or a whole database. Arguments: [files] [kills per command] [seed].
 * Prints Markdown table rows for BENCHMARKS.md; any broken promise stops it with exit 1.
 */
public final class Chaos {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private final Path dir;
    private final Path emptyDb;
    private final Path folder;
    private final int files;
    private final Random random;
    private int failures;
    private int kills;

    private Chaos(Path dir, int files, long seed) {
        this.dir = dir;
        this.emptyDb = dir.resolve("empty.db");
        this.folder = dir.resolve("returns-in");
        this.files = files;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int kills = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261130L;
        Chaos chaos = new Chaos(Files.createTempDirectory("zhibiao-chaos"), files, seed);
        ImportFolder.prepare(chaos.emptyDb, chaos.folder, files);
        System.out.println("| phase | processes | kills | files | failures | data lost |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        for (int processes = 2; processes <= 4; processes++) {
            chaos.concurrentImports(processes);
        }
        chaos.killedImports(kills);
        chaos.killedBackups(kills);
        chaos.killedInits(kills);
        chaos.killedWrites(kills, "export", "export.csv", "export", "--format", "csv");
        chaos.killedWrites(kills, "report", "report.pdf", "report", "--period", "2015Q4");
        System.exit(chaos.failures == 0 ? 0 : 1);
    }

    private void concurrentImports(int processes) throws Exception {
        Path db = freshCopy("concurrent-" + processes);
        List<Process> running = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
            running.add(start(db.resolveSibling("import-" + i + ".log"), "import", "--db", db.toString(),
                    folder.toString()));
        }
        int failed = 0;
        for (Process p : running) {
            failed += p.waitFor() == 0 ? 0 : 1;
        }
        row("concurrent import", processes, 0, failed, lost(db));
    }

    private void killedImports(int attempts) throws Exception {
        int failed = 0;
        int lost = 0;
        for (int k = 0; k < attempts; k++) {
            Path db = freshCopy("killed-import-" + k);
            killSomewhere(start(db.resolveSibling("import.log"), "import", "--db", db.toString(), folder.toString()),
                    8000);
            failed += integrity(db) ? 0 : 1;
            failed += run(db.resolveSibling("rerun.log"), "import", "--db", db.toString(), folder.toString()) == 0
                    ? 0 : 1;
            lost += lost(db);
        }
        row("kill -9 during import, then import again", 1, attempts, failed, lost);
    }

    private void killedBackups(int attempts) throws Exception {
        Path db = freshCopy("backup-source");
        run(dir.resolve("backup-source.log"), "import", "--db", db.toString(), folder.toString());
        int failed = 0;
        int lost = 0;
        for (int k = 0; k < attempts; k++) {
            Path copy = dir.resolve("backup-" + k).resolve("copy.db");
            run(dir.resolve("backup-first.log"), "backup", "--db", db.toString(), "--out", copy.toString());
            killSomewhere(start(dir.resolve("backup.log"), "backup", "--db", db.toString(), "--out",
                    copy.toString()), 2500);
            lost += integrity(copy) && storedFiles(copy) == files ? 0 : 1;
            failed += run(dir.resolve("backup-rerun.log"), "backup", "--db", db.toString(), "--out",
                    copy.toString()) == 0 && integrity(copy) ? 0 : 1;
        }
        row("kill -9 during backup over an earlier backup, then backup again", 1, attempts, failed, lost);
    }

    private void killedInits(int attempts) throws Exception {
        int failed = 0;
        int lost = 0;
        for (int k = 0; k < attempts; k++) {
            Path db = dir.resolve("init-" + k).resolve("demo.db");
            killSomewhere(start(dir.resolve("init.log"), "init", "--demo", "--db", db.toString()), 6000);
            lost += !Files.exists(db) || integrity(db) && demoValues(db) > 0 ? 0 : 1;
            if (!Files.exists(db)) {
                failed += run(dir.resolve("init-rerun.log"), "init", "--demo", "--db", db.toString()) == 0 ? 0 : 1;
            }
            failed += integrity(db) && demoValues(db) > 0 && leftAside(db.getParent()) == 0 ? 0 : 1;
        }
        row("kill -9 during init --demo, then init again if nothing is there", 1, attempts, failed, lost);
    }

    /**
     * kill -9 while a read command writes its file over an earlier one: the earlier file stays whole
     * (or the new one is complete), nothing is left aside, the database is unchanged, and the
     * command run again completes.
     */
    private void killedWrites(int attempts, String phase, String fileName, String... command) throws Exception {
        Path db = freshCopy(phase + "-source");
        run(dir.resolve(phase + "-source.log"), "import", "--db", db.toString(), folder.toString());
        String database = sha256(db);
        int failed = 0;
        int lost = 0;
        for (int k = 0; k < attempts; k++) {
            Path out = Files.createDirectories(dir.resolve(phase + "-" + k)).resolve(fileName);
            run(dir.resolve(phase + "-first.log"), withDbAndOut(command, db, out));
            String first = sha256(out);
            killSomewhere(start(dir.resolve(phase + ".log"), withDbAndOut(command, db, out)), 2500);
            boolean whole = fileName.endsWith(".pdf") ? readablePdf(out) : first.equals(sha256(out));
            try (Stream<Path> inFolder = Files.list(out.getParent())) {
                lost += whole && inFolder.count() == 1 && database.equals(sha256(db)) ? 0 : 1;
            }
            failed += run(dir.resolve(phase + "-rerun.log"), withDbAndOut(command, db, out)) == 0 ? 0 : 1;
        }
        row("kill -9 during " + phase + " over an earlier file, then " + phase + " again", 1, attempts, failed,
                lost);
    }

    private static boolean readablePdf(Path file) {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return pdf.getNumberOfPages() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static String[] withDbAndOut(String[] command, Path db, Path out) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of("--db", db.toString(), "--out", out.toString()));
        return all.toArray(String[]::new);
    }

    /** Files of the folder not stored exactly once, or without their archive copy. */
    private int lost(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("""
                     SELECT count(DISTINCT sha256), count(*) FROM source_file WHERE state = 'imported'""")) {
            int distinct = rs.getInt(1);
            int rows = rs.getInt(2);
            long archived;
            try (Stream<Path> copies = Files.walk(db.resolveSibling("returns"))) {
                archived = copies.filter(p -> p.toString().endsWith(".xlsx")).count();
            }
            return Math.max(files - distinct, 0) + (rows - distinct) + (int) Math.max(files - archived, 0)
                    + leftAside(db.resolveSibling("returns"));
        }
    }

    private static int leftAside(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            return (int) all.filter(p -> p.getFileName().toString().matches(".*\\.\\d+\\.(part|init|copy)")).count();
        }
    }

    private static boolean integrity(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            return "ok".equals(rs.getString(1));
        }
    }

    private static int demoValues(Path db) throws Exception {
        return count(db, "SELECT count(*) FROM observation");
    }

    private static int storedFiles(Path db) throws Exception {
        return count(db, "SELECT count(*) FROM source_file WHERE state = 'imported'");
    }

    private static int count(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.getInt(1);
        }
    }

    /** Kills the process at a random moment; counts it if it was still running then. */
    private void killSomewhere(Process p, int withinMillis) throws Exception {
        Thread.sleep(300 + random.nextInt(withinMillis));
        kills += p.isAlive() ? 1 : 0;
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
    }

    private Path freshCopy(String name) throws Exception {
        Path db = Files.createDirectories(dir.resolve(name)).resolve("z.db");
        Files.copy(emptyDb, db, StandardCopyOption.REPLACE_EXISTING);
        return db;
    }

    /** One table row; {@code attempts} kills were tried, the row shows those that hit a running process. */
    private void row(String phase, int processes, int attempts, int failed, int lost) {
        failures += failed + lost;
        String killed = attempts == 0 ? "0" : kills + " of " + attempts;
        System.out.printf("| %s | %d | %s | %d | %d | %d |%n", phase, processes, killed, files, failed, lost);
        kills = 0;
    }

    private Process start(Path log, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA, "-cp", System.getProperty("java.class.path"),
                "-Dzhibiao.home=" + dir.resolve("home"), "org.zhibiao.Launcher"));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private int run(Path log, String... arguments) throws Exception {
        return start(log, arguments).waitFor();
    }
}
