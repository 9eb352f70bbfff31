package org.zhibiao.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.zhibiao.domain.CatalogueRepository;
import org.zhibiao.domain.DemoWriter;
import org.zhibiao.domain.Observation;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Target;

/**
 * Stores a demo history in one transaction: its targets, one import batch of kind {@code demo},
 * one received return per region and period, and the values as first revisions of that return.
 */
public final class SqliteDemoWriter implements DemoWriter {

    private static final String INSERT_FILE = """
            INSERT INTO source_file (id, batch_id, file_name, sha256, region_code, period, state, revision,
                                     received_at)
            VALUES (?, ?, ?, '', ?, ?, 'imported', 1, ?)""";
    private static final String NEXT_FILE_ID = "SELECT coalesce(max(id), 0) + 1 FROM source_file";
    private static final String INSERT_VALUE = """
            INSERT INTO observation (indicator_code, region_code, period, value, numerator, denominator,
                                     note, revision, current, batch_id, file_id, sheet, cell, imported_at,
                                     imported_by)
            VALUES (?, ?, ?, ?, ?, ?, '', 1, 1, ?, ?, '', '', ?, ?)""";

    private final Database db;
    private final CatalogueRepository catalogue;

    public SqliteDemoWriter(Database db, CatalogueRepository catalogue) {
        this.db = db;
        this.catalogue = catalogue;
    }

    /**
     * Writes everything or nothing and returns the batch id. The returns get their ids here, in
     * one batch; on a server the id sequence then moves past them.
     */
    @Override
    public long write(List<Target> targets, List<Return> returns, Instant batchAt, String user) {
        return db.inTransaction(c -> {
            targets.forEach(catalogue::saveTarget);
            long batch = SqliteObservationRepository.newBatch(c, DEMO, user, batchAt, "");
            insertReturns(c, batch, returns, user);
            return batch;
        });
    }

    private static void insertReturns(Connection c, long batch, List<Return> returns, String user) throws SQLException {
        long fileId = nextFileId(c);
        try (PreparedStatement file = c.prepareStatement(INSERT_FILE);
             PreparedStatement value = c.prepareStatement(INSERT_VALUE)) {
            for (Return r : returns) {
                file.setLong(1, fileId);
                file.setLong(2, batch);
                file.setString(3, DEMO);
                file.setString(4, r.regionCode());
                file.setInt(5, r.period().index());
                file.setString(6, r.receivedAt().toString());
                file.addBatch();
                for (Observation o : r.values()) {
                    bind(value, o, batch, fileId, r.receivedAt(), user);
                    value.addBatch();
                }
                fileId++;
            }
            file.executeBatch();
            value.executeBatch();
        }
        if (!returns.isEmpty() && Rows.onServer(c)) {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT setval(pg_get_serial_sequence('source_file', 'id'), ?)")) {
                p.setLong(1, fileId - 1);
                p.executeQuery().close();
            }
        }
    }

    private static long nextFileId(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(NEXT_FILE_ID); ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void bind(PreparedStatement p, Observation o, long batch, long fileId, Instant at, String user)
            throws SQLException {
        p.setString(1, o.indicatorCode());
        p.setString(2, o.regionCode());
        p.setInt(3, o.period().index());
        Rows.setDouble(p, 4, o.value());
        Rows.setDouble(p, 5, o.numerator());
        Rows.setDouble(p, 6, o.denominator());
        p.setLong(7, batch);
        p.setLong(8, fileId);
        p.setString(9, at.toString());
        p.setString(10, user);
    }
}
