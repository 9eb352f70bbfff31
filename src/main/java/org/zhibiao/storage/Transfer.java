package org.zhibiao.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.zhibiao.domain.ServerAddress;
import org.zhibiao.domain.TransferReport;
import org.zhibiao.files.Sha256;

/**
 * A whole database copied into an empty one, on either store, keeping every row's id so lineage
 * stays valid: one transaction on the target, then each table's rows and checksum compared with
 * the source's, inside that transaction; a copy that does not verify is rolled back. The source is
 * read at one moment, also while others write to it. A database file's archived originals go into
 * the target's table of originals.
 */
public final class Transfer {

    /** The tables in an order in which each row's references are there before it; others follow by name. */
    private static final List<String> ORDER = List.of("setting", "region", "indicator", "plan", "target",
            "monitor_choice", "definition_change", "import_batch", "source_file", "file_issue", "observation",
            "period_lock", SqliteOriginals.TABLE);

    /** Regions are copied parents first. */
    private static final Map<String, String> COPY_ORDER = Map.of("region",
            "CASE level WHEN 'province' THEN 0 WHEN 'city' THEN 1 ELSE 2 END, code");

    private static final int BATCH = 1_000;

    private Transfer() {
    }

    /** Copies {@code from} into {@code to}, which must hold no data; returns the verified report. */
    public static TransferReport copy(Database from, Database to) {
        return from.readAtOneMoment(source -> to.inTransaction(target -> {
            requireEmpty(target, to.where());
            List<String> tables = tables(target);
            ArchiveOriginals archived = ArchiveOriginals.of(from, source);
            for (String table : tables) {
                copyTable(source, target, table);
            }
            archived.copyInto(target);
            if (to.server() != null) {
                restartIdentities(target, tables);
            }
            TransferReport report = new TransferReport(checks(source, target, tables, archived), archived.missing());
            if (!report.verified()) {
                throw new TransferReport.NotVerifiedException(report, to.where());
            }
            return report;
        }));
    }

    /**
     * Refuses a server database that holds data, before anything is written to it (its schema is
     * brought up to date only when it is opened afterwards).
     */
    public static void requireEmpty(ServerAddress server) {
        DataSource source = Database.dataSource(server, null);
        try (Connection c = source.getConnection()) {
            requireEmpty(c, server);
        } catch (SQLException e) {
            throw new StorageException("storage.error.server", e, server);
        }
    }

    private static void requireEmpty(Connection c, Object where) throws SQLException {
        for (String table : tables(c)) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
                if (rs.next()) {
                    throw new StorageException("transfer.error.notEmpty", null, where);
                }
            }
        }
    }

    /** The database's own tables (not Flyway's history, not SQLite's), in copy order. */
    static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(Migrations.tableNames(Rows.onServer(c)))) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (!name.equals(Migrations.HISTORY) && !name.equals(Migrations.LEGACY_HISTORY)
                        && !name.startsWith("sqlite_")) {
                    out.add(name);
                }
            }
        }
        out.sort(Comparator.comparingInt((String t) -> ORDER.contains(t) ? ORDER.indexOf(t) : ORDER.size())
                .thenComparing(Comparator.naturalOrder()));
        return out;
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> out = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                out.add(meta.getColumnName(i));
            }
            return out;
        }
    }

    private static void copyTable(Connection source, Connection target, String table) throws SQLException {
        if (!Migrations.hasTable(source, table)) {
            return;
        }
        List<String> columns = columns(target, table);
        String list = String.join(", ", columns);
        String order = COPY_ORDER.getOrDefault(table, columns.contains("id") ? "id" : "");
        try (Statement s = source.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + list + " FROM " + table + (order.isEmpty() ? "" : " ORDER BY " + order));
             PreparedStatement insert = target.prepareStatement("INSERT INTO " + table + " (" + list + ") VALUES ("
                     + columns.stream().map(x -> "?").collect(Collectors.joining(", ")) + ")")) {
            int pending = 0;
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    insert.setObject(i, rs.getObject(i));
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }

    /** Identity columns go on after the highest id copied, so new rows never reuse one. */
    private static void restartIdentities(Connection target, List<String> tables) throws SQLException {
        for (String table : tables) {
            if (!columns(target, table).contains("id")) {
                continue;
            }
            try (Statement s = target.createStatement()) {
                s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "(SELECT coalesce(max(id), 0) + 1 FROM " + table + "), false)");
            }
        }
    }

    private static List<TransferReport.Table> checks(Connection source, Connection target, List<String> tables,
                                                    ArchiveOriginals archived) throws SQLException {
        List<TransferReport.Table> out = new ArrayList<>();
        for (String table : tables) {
            List<String> columns = columns(target, table);
            TableChecksum from = TableChecksum.of(source, table, columns);
            if (table.equals(SqliteOriginals.TABLE)) {
                archived.rows().forEach(from::add);
            }
            TableChecksum to = TableChecksum.of(target, table, columns);
            out.add(new TransferReport.Table(table, from.rows(), to.rows(), from.hex(), to.hex()));
        }
        return out;
    }

    /**
     * The originals a database file keeps in its archive folder rather than in its table: each read
     * and checked against its SHA-256; what is missing or changed is named, not copied.
     */
    private record ArchiveOriginals(Map<String, Path> files, List<String> missing) {

        static ArchiveOriginals of(Database from, Connection source) throws SQLException {
            Map<String, Path> files = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            if (from.server() != null) {
                return new ArchiveOriginals(files, missing);
            }
            Path folder = from.file().toAbsolutePath().getParent();
            String inTable = Migrations.hasTable(source, SqliteOriginals.TABLE)
                    ? " AND sha256 NOT IN (SELECT sha256 FROM original)" : "";
            try (Statement s = source.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT sha256, min(archive_path) FROM source_file
                    WHERE archive_path IS NOT NULL AND sha256 <> ''""" + inTable + " GROUP BY sha256 ORDER BY sha256")) {
                while (rs.next()) {
                    Path file = folder.resolve(rs.getString(2));
                    if (Files.isRegularFile(file) && Sha256.of(read(file)).equals(rs.getString(1))) {
                        files.put(rs.getString(1), file);
                    } else {
                        missing.add(rs.getString(2));
                    }
                }
            }
            return new ArchiveOriginals(files, missing);
        }

        void copyInto(Connection target) throws SQLException {
            try (PreparedStatement p = target.prepareStatement(
                    "INSERT INTO original (sha256, size_bytes, content) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, Path> e : files.entrySet()) {
                    byte[] content = read(e.getValue());
                    p.setString(1, e.getKey());
                    p.setLong(2, content.length);
                    p.setBytes(3, content);
                    p.executeUpdate();
                }
            }
        }

        /** The rows they make in the table of originals (sha256, size_bytes, content), as {@link TableChecksum} writes rows. */
        List<String> rows() {
            return files.entrySet().stream().map(e -> {
                byte[] content = read(e.getValue());
                return TableChecksum.row(e.getKey(), content.length, content);
            }).toList();
        }

        private static byte[] read(Path file) {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new StorageException("transfer.error.original", e, file);
            }
        }
    }
}
