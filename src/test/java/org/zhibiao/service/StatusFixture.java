package org.zhibiao.service;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Observation;
import org.zhibiao.domain.Period;
import org.zhibiao.storage.SqliteObservationRepository;

/** A real database with the built-in catalogue and values written in the test. */
public final class StatusFixture implements AutoCloseable {

    private final Workspace workspace;
    private final List<Observation> pending = new ArrayList<>();

    private StatusFixture(Workspace workspace) {
        this.workspace = workspace;
    }

    public static StatusFixture create(Path file, String home) {
        Workspace w = Workspace.open(file);
        w.init().initialise(home, true);
        return new StatusFixture(w);
    }

    public Workspace workspace() {
        return workspace;
    }

    public StatusFixture value(String indicator, String region, String period, double value) {
        pending.add(new Observation(indicator, region, Period.parse(period), value, null, null, "", 1, null));
        return this;
    }

    public StatusFixture ratio(String indicator, String region, String period, double numerator, double denominator) {
        pending.add(new Observation(indicator, region, Period.parse(period), numerator / denominator * 100,
                numerator, denominator, "", 1, null));
        return this;
    }

    /** Writes the values given so far as one import batch. */
    public StatusFixture store() {
        Instant now = Instant.parse("2016-01-20T08:00:00Z");
        workspace.database().runInTransaction(c -> {
            long batch = SqliteObservationRepository.newBatch(c, "import", "test", now, "");
            SqliteObservationRepository.insertFirstRevisions(c, pending, batch, now, "test");
        });
        pending.clear();
        return this;
    }

    /** Removes a region's current values of a period, as if its return had never come. */
    public void removeReturn(String region, String period) {
        workspace.database().runInTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "DELETE FROM observation WHERE region_code = ? AND period = ? AND current = 1")) {
                p.setString(1, region);
                p.setInt(2, Period.parse(period).index());
                p.executeUpdate();
            }
        });
    }

    @Override
    public void close() {
        workspace.close();
    }
}
