package org.zhibiao.ui.common;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import org.zhibiao.domain.ServerAddress;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.files.AtomicFile;

/**
 * The desktop app's own choices (language, last database, window bounds, divider positions), in
 * a small file in the data folder.
 */
public final class UiPreferences {

    private static final String LANGUAGE = "language";
    private static final String LAST_DATABASE = "lastDatabase";
    private static final String LAST_SERVER = "lastServer";
    private static final String DIVIDER = "divider.";

    private final Path file;
    private final Locale system;
    private final Properties values = new Properties();

    /** The preferences in {@code file} of a user whose system speaks {@code system}. */
    public UiPreferences(Path file, Locale system) {
        this.file = file;
        this.system = system;
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The language chosen in the app, else the system's when it is Chinese or English. */
    public String language() {
        return values.getProperty(LANGUAGE, systemLanguage());
    }

    private String systemLanguage() {
        return system.getLanguage().equals("zh") ? "zh" : "en";
    }

    public void setLanguage(String language) {
        put(LANGUAGE, language);
    }

    public Optional<Path> lastDatabase() {
        return Optional.ofNullable(values.getProperty(LAST_DATABASE)).map(Path::of);
    }

    public void setLastDatabase(Path database) {
        put(LAST_DATABASE, database.toAbsolutePath().toString());
    }

    /** The address of the last database on a server (never with a password), if any. */
    public Optional<ServerAddress> lastServer() {
        try {
            return Optional.ofNullable(values.getProperty(LAST_SERVER)).map(ServerAddress::parse);
        } catch (ZhibiaoException e) {
            return Optional.empty();
        }
    }

    public void setLastServer(ServerAddress server) {
        put(LAST_SERVER, server.address());
    }

    /** A number stored under a name, e.g. a window's width, if it was stored and is a number. */
    public OptionalDouble number(String key) {
        try {
            String value = values.getProperty(key);
            return value == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    public void setNumber(String key, double value) {
        put(key, Double.toString(value));
    }

    /** The position of a split pane's divider, between 0 and 1, or the given default. */
    public double divider(String splitId, double fallback) {
        double position = number(DIVIDER + splitId).orElse(fallback);
        return position > 0 && position < 1 ? position : fallback;
    }

    public void setDivider(String splitId, double position) {
        setNumber(DIVIDER + splitId, position);
    }

    private void put(String key, String value) {
        values.setProperty(key, value);
        try {
            AtomicFile.write(file, stream -> {
                Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                values.store(out, "Zhibiao desktop preferences");
                out.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
