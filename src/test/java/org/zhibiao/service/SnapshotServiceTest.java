package org.zhibiao.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.DemoDatabase;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.ZhibiaoException;

class SnapshotServiceTest {

    @TempDir
    Path dir;

    @Test
    void aSnapshotIsOneFileThatOpensReadOnlyWithEverything() {
        Path snapshot;
        try (Workspace w = Workspace.open(DemoDatabase.copyInto(dir))) {
            snapshot = w.snapshots().export(dir.resolve("out/吉林 2016"), null);
        }
        assertThat(snapshot.getFileName().toString()).isEqualTo("吉林 2016.zbs");
        assertThat(snapshot.resolveSibling(snapshot.getFileName() + "-wal")).doesNotExist();
        try (Workspace copy = Workspace.openReadOnly(snapshot)) {
            assertThat(copy.isReadOnly()).isTrue();
            assertThat(copy.observations().periods()).first().isEqualTo(Period.of(2010, 4));
            assertThat(copy.observations().periods()).last().isEqualTo(Period.of(2016, 4));
        }
    }

    @Test
    void aSnapshotUpToALockedQuarterLeavesTheLaterOnesOut() throws Exception {
        Path db = DemoDatabase.copyInto(dir);
        Path snapshot;
        try (Workspace w = Workspace.open(db)) {
            w.database().runInTransaction(c -> {
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO period_lock (period, locked_at, locked_by) VALUES (?, '2016-01-20T00:00:00Z', '统计员')")) {
                    p.setInt(1, Period.of(2015, 4).index());
                    p.executeUpdate();
                }
            });
            assertThat(w.snapshots().lockedPeriods()).containsExactly(Period.of(2015, 4));
            assertThatThrownBy(() -> w.snapshots().export(dir.resolve("x.zbs"), Period.of(2015, 3)))
                    .isInstanceOf(ZhibiaoException.class);
            snapshot = w.snapshots().export(dir.resolve("upto.zbs"), Period.of(2015, 4));
            assertThat(w.observations().periods()).last().isEqualTo(Period.of(2016, 4));
        }
        assertThat(Files.size(snapshot)).isLessThan(Files.size(db));
        try (Workspace copy = Workspace.openReadOnly(snapshot)) {
            assertThat(copy.observations().periods()).last().isEqualTo(Period.of(2015, 4));
            assertThat(copy.status().status(Period.of(2015, 4), "220000", 2015, org.zhibiao.analysis.Method.TIME_PROGRESS))
                    .isNotEmpty();
        }
    }
}
