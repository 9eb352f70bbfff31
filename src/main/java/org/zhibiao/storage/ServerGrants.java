package org.zhibiao.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.zhibiao.domain.ServerRoles;

/**
 * The writer and reader roles of a database on a server and their least privileges: both may
 * connect and use the schema; the reader may only SELECT; the writer may also INSERT, UPDATE and
 * DELETE rows and use the id sequences, but neither create, alter nor drop a table, nor change
 * the schema history. Default privileges give both the same rights on the tables that later
 * migrations (run by the owner) add. Nobody else may connect.
 */
public final class ServerGrants {

    private ServerGrants() {
    }

    /** Creates the roles that do not exist yet and grants them their privileges, in the caller's transaction. */
    public static void grant(Database db, ServerRoles roles) {
        db.runInTransaction(c -> {
            String writer = quote(roles.writer());
            String reader = quote(roles.reader());
            createIfMissing(c, roles.writer());
            createIfMissing(c, roles.reader());
            String database = quote(value(c, "SELECT current_database()"));
            String schema = quote(value(c, "SELECT current_schema()"));
            try (Statement s = c.createStatement()) {
                s.execute("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
                s.execute("REVOKE CREATE ON SCHEMA " + schema + " FROM PUBLIC");
                s.execute("GRANT CONNECT ON DATABASE " + database + " TO " + writer + ", " + reader);
                s.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + writer + ", " + reader);
                s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + reader);
                s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + writer);
                s.execute("REVOKE INSERT, UPDATE, DELETE ON " + Migrations.HISTORY + " FROM " + writer);
                s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + writer);
                s.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " GRANT SELECT ON TABLES TO " + reader);
                s.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema
                        + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + writer);
                s.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " GRANT USAGE, SELECT ON SEQUENCES TO " + writer);
            }
        });
    }

    /**
     * Whether the connected user may change the data: a reader's login may not. A database without
     * tables yet (before {@code init}) counts as writable; {@code init} then fails on what it may not create.
     */
    static boolean mayWrite(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT to_regclass('observation') IS NULL"
                + " OR has_table_privilege(current_user, 'observation', 'INSERT')")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static void createIfMissing(Connection c, String role) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM pg_roles WHERE rolname = ?")) {
            p.setString(1, role);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + quote(role) + " NOLOGIN");
        }
    }

    private static String value(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
