package org.zhibiao.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.analysis.Method;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Plan;

/**
 * Databases written by earlier releases: schema 3 (before plans) opens with all its data, lineage
 * and inferred plans; schema 6 (the last release with its own {@code schema_version} history)
 * opens with all its data, and both move their history to Flyway's once, with a baseline at the
 * version they were at.
 */
class SchemaMigrationTest {

    private static final String RESOURCE = "/org/zhibiao/storage/";

    @TempDir
    Path dir;

    @Test
    void aSchema3DatabaseKeepsEveryValueAndItsLineage() throws IOException {
        String csv = exportAfterOpening(copy("schema-v3.db", "old.db"));
        assertThat(csv).isEqualTo(resource("schema-v3-export.csv"));
        assertThat(csv).contains("220702,宁江区,2017Q1,P07,82,41,50,,1,2,filled.xlsx,")
                .contains(",指标报表,E9,");
    }

    @Test
    void itsPlansAreInferredFromTheDocumentsItsTargetsName() throws IOException {
        Path db = copy("schema-v3.db", "old.db");
        try (Workspace w = Workspace.open(db)) {
            List<Plan> plans = w.plans().plans();
            assertThat(plans).extracting(Plan::code).containsExactly("JL2012", "JL2013", "YJ2014", "XZ2014", "SY2021");
            Plan jl = plans.get(0);
            assertThat(jl.titleZh()).isEqualTo("吉林省人民政府关于贯彻质量发展纲要实施质量强省战略的意见");
            assertThat(jl.number()).isEqualTo("吉政发〔2012〕27号");
            assertThat(jl.issuer()).isEqualTo("吉林省人民政府");
            assertThat(List.of(jl.firstYear(), jl.lastYear())).containsExactly(2015, 2020);
            Plan own = plans.get(4);
            assertThat(own.titleZh()).isEqualTo("SY2021");
            assertThat(own.regionCode()).isEqualTo("220700");
            assertThat(List.of(own.firstYear(), own.lastYear())).containsExactly(2025, 2025);
        }
    }

    @Test
    void itMonitorsItsOwnPlansIndicatorsAndThoseOfItsProvince() throws IOException {
        Path db = copy("schema-v3.db", "old.db");
        try (Workspace w = Workspace.open(db)) {
            List<String> codes = w.status().status(Period.parse("2016Q4"), null, null, Method.TIME_PROGRESS).stream()
                    .map(r -> r.indicator().code()).distinct().toList();
            assertThat(codes).contains("P01", "P06", "F19").doesNotContain("P12", "E07", "P02");
            assertThat(codes).hasSize(25);
        }
    }

    @Test
    void openingAgainChangesNothing() throws IOException {
        Path db = copy("schema-v3.db", "old.db");
        try (Workspace w = Workspace.open(db)) {
            assertThat(w.plans().plans()).hasSize(5);
        }
        try (Workspace w = Workspace.open(db)) {
            assertThat(w.plans().plans()).hasSize(5);
            assertThat(w.catalogue().targets()).hasSize(70);
        }
    }

    @Test
    void aSchema6DatabaseKeepsEveryValueAndStartsFlywaysHistoryAtSix() throws Exception {
        Path db = copy("schema-v6.db", "last.db");
        assertThat(exportAfterOpening(db)).isEqualTo(resource("schema-v6-export.csv"));
        assertThat(history(db)).containsExactly("6 BASELINE schema_version 1,3,4,5,6", "7 SQL originals");
        assertThat(tables(db)).contains("flyway_schema_history").doesNotContain("schema_version");
    }

    @Test
    void aSchema3DatabaseGetsTheLaterScriptsFromFlywayAfterABaselineAtThree() throws Exception {
        Path db = copy("schema-v3.db", "old.db");
        Workspace.open(db).close();
        assertThat(history(db)).containsExactly("3 BASELINE schema_version 1,3", "4 SQL plans",
                "5 SQL definition changes", "6 SQL one import per file", "7 SQL originals");
        Workspace.open(db).close();
        assertThat(history(db)).hasSize(5);
        assertThat(tables(db)).doesNotContain("schema_version");
    }

    @Test
    void aSchema6DatabaseOpenedReadOnlyIsReadAsItIsAndKeepsItsOwnHistory() throws Exception {
        Path db = copy("schema-v6.db", "last.db");
        byte[] before = Files.readAllBytes(db);
        try (Workspace w = Workspace.openReadOnly(db)) {
            assertThat(w.regions().all()).isNotEmpty();
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(tables(db)).contains("schema_version").doesNotContain("flyway_schema_history");
    }

    @Test
    void twoProgramsBringingOneOldDatabaseUpToDateAtOnceApplyEachScriptOnce() throws Exception {
        for (int round = 0; round < 4; round++) {
            Path db = copy("schema-v3.db", "race" + round + ".db");
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Object>> opens = pool.invokeAll(List.of(() -> openAfter(start, db), () -> openAfter(start, db)));
                for (Future<Object> open : opens) {
                    open.get();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(history(db)).containsExactly("3 BASELINE schema_version 1,3", "4 SQL plans",
                    "5 SQL definition changes", "6 SQL one import per file", "7 SQL originals");
        }
    }

    private static Object openAfter(CyclicBarrier start, Path db) throws Exception {
        start.await();
        Database.open(db).close();
        return null;
    }

    private String exportAfterOpening(Path db) throws IOException {
        Path csv = dir.resolve("after.csv");
        try (Workspace w = Workspace.open(db)) {
            w.export().exportCsv(null, null, csv);
        }
        return Files.readString(csv);
    }

    private static List<String> history(Path db) throws SQLException {
        return rows(db, "SELECT CAST(version AS INTEGER) || ' ' || type || ' ' || description"
                + " FROM flyway_schema_history WHERE success ORDER BY installed_rank");
    }

    private static List<String> tables(Path db) throws SQLException {
        return rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'");
    }

    private static List<String> rows(Path db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private Path copy(String name, String as) throws IOException {
        Path target = dir.resolve(as);
        try (InputStream in = SchemaMigrationTest.class.getResourceAsStream(RESOURCE + name)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SchemaMigrationTest.class.getResourceAsStream(RESOURCE + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
