package org.zhibiao.domain;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A PostgreSQL database given as {@code postgresql://host:port/db?user=…} or as a JDBC URL. It
 * never holds a password: the password comes from {@code PGPASSWORD}, or else the driver reads
 * {@code ~/.pgpass} ({@code PGPASSFILE}) itself, so neither settings, log nor output can show it.
 */
public record ServerAddress(String host, int port, String database, String query) {

    private static final Pattern SERVER = Pattern.compile("(?i)^(jdbc:)?postgres(ql)?://.*");
    private static final Pattern PASSWORD = Pattern.compile("(?i)(^|&)password=");

    /** Whether the text names a server rather than a file. */
    public static boolean isServer(String text) {
        return text != null && SERVER.matcher(text).matches();
    }

    public static ServerAddress parse(String text) {
        String plain = text.regionMatches(true, 0, "jdbc:", 0, 5) ? text.substring(5) : text;
        URI uri;
        try {
            uri = new URI(plain);
        } catch (URISyntaxException e) {
            throw new ZhibiaoException("storage.error.serverAddress", e, text);
        }
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (uri.getHost() == null || database.isEmpty()) {
            throw new ZhibiaoException("storage.error.serverAddress", null, text);
        }
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        if (uri.getRawUserInfo() != null && uri.getRawUserInfo().contains(":") || PASSWORD.matcher(query).find()) {
            throw new ZhibiaoException("storage.error.passwordInAddress", null, uri.getHost() + "/" + database);
        }
        if (uri.getRawUserInfo() != null) {
            query = "user=" + uri.getRawUserInfo() + (query.isEmpty() ? "" : "&" + query);
        }
        return new ServerAddress(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database, query);
    }

    /** The JDBC URL, without a password. */
    public String jdbcUrl() {
        return "jdbc:" + address();
    }

    /** The address as {@code --db} takes it, with the user and the other parameters, without a password. */
    public String address() {
        return "postgresql://" + host + ":" + port + "/" + database + (query.isEmpty() ? "" : "?" + query);
    }

    /** A parameter of the address ({@code user}, {@code sslmode}), decoded; empty if not given. */
    public String parameter(String name) {
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equalsIgnoreCase(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    /** The database as people name it: {@code host:port/database}. */
    public String label() {
        return host + ":" + port + "/" + database;
    }

    /** A local folder name that stands for this server database on this PC. */
    public String folderName() {
        return (host + "_" + port + "_" + database).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_");
    }

    @Override
    public String toString() {
        return "postgresql://" + host + ":" + port + "/" + database;
    }
}
