package org.zhibiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.DemoDatabase;
import org.zhibiao.domain.ServerAddress;
import org.zhibiao.storage.TestPostgres;

/** The data version that kept views are checked against changes with every write, this process's or another's. */
class DataVersionTest {

    @TempDir
    Path dir;

    @Test
    void aFileSVersionStaysWhileReadAndChangesWithItsOwnWritesAndAnotherProcessS() {
        Path file = DemoDatabase.copyInto(dir);
        try (Workspace shown = Workspace.open(file); Workspace other = Workspace.open(file)) {
            changesWithEveryWrite(shown, other);
        }
    }

    @Test
    void aServerSVersionStaysWhileReadAndChangesWithEverySessionSWrites() throws SQLException {
        ServerAddress address = ServerAddress.parse(TestPostgres.freshAddress());
        try (Workspace init = Workspace.openServer(address, false)) {
            init.init().initialise("220000", true);
        }
        try (Workspace shown = Workspace.openServer(address, false);
             Workspace other = Workspace.openServer(address, false)) {
            changesWithEveryWrite(shown, other);
        }
    }

    /** Reads leave {@code shown}'s version as it is; its own write and {@code other}'s change it. */
    private static void changesWithEveryWrite(Workspace shown, Workspace other) {
        String before = shown.dataVersion();
        shown.regions().all();
        shown.observations().periods();
        assertThat(shown.dataVersion()).isEqualTo(before);

        shown.settings().put("test.key", "1");
        String afterOwn = shown.dataVersion();
        assertThat(afterOwn).isNotEqualTo(before);

        other.settings().put("test.key", "2");
        assertThat(shown.dataVersion()).isNotEqualTo(afterOwn);
    }
}
