package org.zhibiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.DemoDatabase;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.ServerAddress;
import org.zhibiao.storage.TestPostgres;

/**
 * The quarters the dashboard, the submissions screen and the report offer: every quarter that
 * holds a current value, and no other, on a file and on a server.
 */
class QuartersListedTest {

    private static final String EVERY_CURRENT_VALUE =
            "SELECT DISTINCT period FROM observation WHERE current = 1 ORDER BY period";
    private static final Period UNDONE = Period.of(2013, 2);

    @TempDir
    Path dir;

    @Test
    void aFileListsTheQuartersOfItsCurrentValuesOnly() throws SQLException {
        Path file = DemoDatabase.copyInto(dir);
        String url = "jdbc:sqlite:" + file;
        try (Workspace w = Workspace.open(file)) {
            assertThat(w.observations().periods()).hasSize(25).isEqualTo(scanned(url));

            execute(url, "UPDATE observation SET current = 0 WHERE period = " + UNDONE.index());

            assertThat(w.observations().periods()).hasSize(24).doesNotContain(UNDONE).isEqualTo(scanned(url));
        }
    }

    @Test
    void aServerListsTheQuartersOfItsCurrentValuesOnly() throws SQLException {
        String address = TestPostgres.freshAddress();
        String url = ServerAddress.parse(address).jdbcUrl();
        try (Workspace w = Workspace.openServer(ServerAddress.parse(address), false)) {
            w.init().initialise("220000", true);
            assertThat(w.observations().periods()).isEmpty();
            w.demo().generate();
            assertThat(w.observations().periods()).hasSize(25).isEqualTo(scanned(url));

            TestPostgres.execute(address, "UPDATE observation SET current = 0 WHERE period = " + UNDONE.index());

            assertThat(w.observations().periods()).hasSize(24).doesNotContain(UNDONE).isEqualTo(scanned(url));
        }
    }

    /** The quarters found by reading every current value: what the listing must equal. */
    private static List<Period> scanned(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(EVERY_CURRENT_VALUE)) {
            List<Period> out = new ArrayList<>();
            while (rs.next()) {
                out.add(Period.fromIndex(rs.getInt(1)));
            }
            return out;
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
