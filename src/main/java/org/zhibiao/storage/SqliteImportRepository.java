package org.zhibiao.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.zhibiao.domain.AlreadyImportedException;
import org.zhibiao.domain.FileCommit;
import org.zhibiao.domain.ImportIssue;
import org.zhibiao.domain.ImportRepository;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.PeriodLockedException;
import org.zhibiao.domain.SourceFileRecord;

/** Return files, their issues and their values: one file per transaction; undo of a batch. */
public final class SqliteImportRepository implements ImportRepository {

    private static final long PAUSE_MILLIS = Long.getLong("zhibiao.import.pauseBetweenValuesMillis", 0);

    private final Database db;

    public SqliteImportRepository(Database db) {
        this.db = db;
    }

    /** The earlier imported file with these bytes, as its source_file record. */
    @Override
    public Optional<SourceFileRecord> importedWithSha(String sha256) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT file_name, sha256, size_bytes, archive_path, region_code, period, state, received_at
                    FROM source_file WHERE sha256 = ? AND state = 'imported' ORDER BY id LIMIT 1""")) {
                p.setString(1, sha256);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(record(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Whether a committed file record refers to this archive copy (relative to the database's folder). */
    @Override
    public boolean refersToArchive(String archivePath) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM source_file WHERE archive_path = ? LIMIT 1")) {
                p.setString(1, archivePath);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /**
     * Stores the file in a transaction of its region and period (the server runs other returns'
     * beside it); an imported file's period must still be open when it is stored.
     */
    @Override
    public FileCommit.Outcome commit(FileCommit commit) {
        SourceFileRecord f = commit.file();
        Database.SqlFunction<FileCommit.Outcome> work = c -> store(c, commit);
        return f.regionCode() != null && f.period() != null
                ? db.inReturnTransaction(f.regionCode(), f.period(), work) : db.inTransaction(work);
    }

    private static FileCommit.Outcome store(Connection c, FileCommit commit) throws SQLException {
        SourceFileRecord f = commit.file();
        boolean imported = f.state().equals(SourceFileRecord.IMPORTED);
        if (imported && isLocked(c, f.period())) {
            throw new PeriodLockedException(f.period());
        }
        long batch = commit.batchId() != null ? commit.batchId()
                : SqliteObservationRepository.newBatch(c, "import", commit.user(), commit.at(), "");
        Integer revision = imported ? nextRevision(c, f) : null;
        long fileId = insertFile(c, batch, f, revision, message(commit));
        if (!commit.issues().isEmpty()) {
            insertIssues(c, fileId, commit);
        }
        if (!commit.values().isEmpty()) {
            storeValues(c, commit, batch, fileId);
        }
        if (commit.original() != null) {
            SqliteOriginals.insert(c, f.sha256(), commit.original());
        }
        return new FileCommit.Outcome(batch, fileId, revision);
    }

    private static boolean isLocked(Connection c, Period period) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM period_lock WHERE period = ?")) {
            p.setInt(1, period.index());
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void storeValues(Connection c, FileCommit commit, long batch, long fileId) throws SQLException {
        if (PAUSE_MILLIS <= 0) {
            SqliteObservationRepository.storeRevisions(c, commit.values(), batch, fileId, commit.at(), commit.user());
            return;
        }
        for (var value : commit.values()) {
            SqliteObservationRepository.storeRevisions(c, java.util.List.of(value), batch, fileId, commit.at(),
                    commit.user());
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String message(FileCommit commit) {
        return commit.issues().stream().filter(ImportIssue::isError).map(ImportIssue::messageKey).findFirst()
                .orElse("");
    }

    private static int nextRevision(Connection c, SourceFileRecord f) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                SELECT coalesce(max(revision), 0) + 1 FROM source_file
                WHERE region_code = ? AND period = ? AND state = 'imported'""")) {
            p.setString(1, f.regionCode());
            p.setInt(2, f.period().index());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static long insertFile(Connection c, long batch, SourceFileRecord f, Integer revision, String message)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO source_file (batch_id, file_name, sha256, size_bytes, archive_path, region_code,
                    period, state, revision, received_at, message)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                RETURNING id""")) {
            p.setLong(1, batch);
            p.setString(2, f.fileName());
            p.setString(3, f.sha256());
            p.setLong(4, f.sizeBytes());
            Rows.setString(p, 5, f.archivePath());
            Rows.setString(p, 6, f.regionCode());
            Rows.setInt(p, 7, f.period() == null ? null : f.period().index());
            p.setString(8, f.state());
            Rows.setInt(p, 9, revision);
            p.setString(10, f.receivedAt().toString());
            p.setString(11, message);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            if (SqliteErrors.isConstraint(e) && f.state().equals(SourceFileRecord.IMPORTED)) {
                throw new AlreadyImportedException(e);
            }
            throw e;
        }
    }

    private static void insertIssues(Connection c, long fileId, FileCommit commit) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("""
                INSERT INTO file_issue (file_id, severity, sheet, cell, message_key, arguments, raw_text)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (ImportIssue issue : commit.issues()) {
                p.setLong(1, fileId);
                p.setString(2, issue.severity().code());
                p.setString(3, issue.sheet());
                p.setString(4, issue.cell());
                p.setString(5, issue.messageKey());
                p.setString(6, String.join("\u001F", issue.arguments()));
                p.setString(7, issue.rawText());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static SourceFileRecord record(ResultSet rs) throws SQLException {
        Integer period = Rows.getInt(rs, "period");
        return new SourceFileRecord(rs.getString("file_name"), rs.getString("sha256"), rs.getLong("size_bytes"),
                rs.getString("archive_path"), rs.getString("region_code"),
                period == null ? null : Period.fromIndex(period), rs.getString("state"),
                Instant.parse(rs.getString("received_at")));
    }
}
