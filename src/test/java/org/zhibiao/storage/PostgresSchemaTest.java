package org.zhibiao.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The schema scripts build the same schema on a real PostgreSQL server, with the same guarantees. */
class PostgresSchemaTest {

    private DataSource database;

    @BeforeEach
    void migrate() throws SQLException {
        database = TestPostgres.freshDatabase();
        Migrations.configure(database, Migrations.Dialect.POSTGRESQL).load().migrate();
    }

    @Test
    void everyScriptIsAppliedOnceAndRecordedInFlywaysHistory() throws SQLException {
        assertThat(rows("SELECT version || ' ' || description FROM flyway_schema_history WHERE success"
                + " ORDER BY installed_rank")).containsExactly("001 schema", "003 analysis indexes", "004 plans",
                "005 definition changes", "006 one import per file", "007 originals");
        assertThat(Migrations.configure(database, Migrations.Dialect.POSTGRESQL).load().migrate().migrationsExecuted)
                .isZero();
        assertThat(rows("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                + " AND table_name <> 'flyway_schema_history' ORDER BY table_name")).containsExactly("definition_change",
                "file_issue", "import_batch", "indicator", "monitor_choice", "observation", "original", "period_lock",
                "plan", "region", "setting", "source_file", "target");
    }

    @Test
    void theSameBytesCanBeImportedOnlyOnce() throws SQLException {
        execute("INSERT INTO import_batch (kind, started_at, user_name) VALUES ('import', '2017-04-01T00:00:00Z', 'a')");
        String file = "INSERT INTO source_file (batch_id, file_name, sha256, state, revision, received_at)"
                + " VALUES (1, 'a.xlsx', 'ab12', 'imported', %d, '2017-04-01T00:00:00Z')";
        execute(file.formatted(1));
        assertThatThrownBy(() -> execute(file.formatted(2))).isInstanceOf(SQLException.class)
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("23505");
    }

    @Test
    void aKeyHasOneCurrentValueAndKeepsItsEarlierRevisions() throws SQLException {
        execute("INSERT INTO region (code, name, level, sort_order) VALUES ('220000', '吉林省', 'province', 0)");
        execute("""
                INSERT INTO indicator (code, name_zh, category, kind, direction, frequency, sort_order)
                VALUES ('P07', '产品质量国家监督抽查合格率', 'PRODUCT', 'ratio', 'higher', 'quarterly', 0)""");
        execute("INSERT INTO import_batch (kind, started_at, user_name) VALUES ('import', '2017-04-01T00:00:00Z', 'a')");
        String value = "INSERT INTO observation (indicator_code, region_code, period, value, revision, current,"
                + " batch_id, imported_at, imported_by) VALUES ('P07', '220000', 8068, %s, %d, %d, 1, 'now', 'a')";
        execute(value.formatted("82.123456789", 1, 0));
        execute(value.formatted("86.0625", 2, 1));
        assertThatThrownBy(() -> execute(value.formatted("90", 3, 1))).isInstanceOf(SQLException.class)
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("23505");
        assertThat(rows("SELECT value || ' r' || revision FROM observation ORDER BY revision"))
                .containsExactly("82.123456789 r1", "86.0625 r2");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
