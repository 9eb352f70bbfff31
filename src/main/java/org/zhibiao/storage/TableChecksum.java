package org.zhibiao.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.zhibiao.files.Sha256;

/**
 * A table's rows counted and hashed the same way on either store: each value written as text
 * (numbers by their value, whether the store holds them as integers or floating point; bytes by
 * their SHA-256), rows in the order of their id, or sorted as text in a table without one, then
 * SHA-256 over them all.
 */
final class TableChecksum {

    private static final char VALUE_END = '\u001F';
    private static final char ROW_END = '\u001E';
    private static final String NULL = "\u0000";

    private final MessageDigest digest = Sha256.newDigest();
    private final List<String> unordered;
    private long rows;

    private TableChecksum(boolean ordered) {
        this.unordered = ordered ? null : new ArrayList<>();
    }

    /** The checksum of a table's columns; a table the database lacks counts as empty. */
    static TableChecksum of(Connection c, String table, List<String> columns) throws SQLException {
        boolean byId = columns.contains("id");
        TableChecksum sum = new TableChecksum(byId);
        if (!Migrations.hasTable(c, table)) {
            return sum;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + String.join(", ", columns)
                + " FROM " + table + (byId ? " ORDER BY id" : ""))) {
            Object[] values = new Object[columns.size()];
            while (rs.next()) {
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getObject(i + 1);
                }
                sum.add(row(values));
            }
        }
        return sum;
    }

    /** A row as text, its values in the table's column order. */
    static String row(Object... values) {
        StringBuilder out = new StringBuilder();
        for (Object value : values) {
            out.append(text(value)).append(VALUE_END);
        }
        return out.append(ROW_END).toString();
    }

    private static String text(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof byte[] bytes) {
            return "sha256:" + Sha256.of(bytes);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        }
        if (value instanceof Number n) {
            return Long.toString(n.longValue());
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        return value.toString();
    }

    void add(String row) {
        rows++;
        if (unordered != null) {
            unordered.add(row);
        } else {
            digest.update(row.getBytes(StandardCharsets.UTF_8));
        }
    }

    long rows() {
        return rows;
    }

    String hex() {
        if (unordered != null) {
            unordered.sort(null);
            unordered.forEach(row -> digest.update(row.getBytes(StandardCharsets.UTF_8)));
            unordered.clear();
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
