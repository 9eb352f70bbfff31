package org.zhibiao.ui.common;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.zhibiao.files.AtomicFile;

/** The desktop app's own choices (language, last database), in a small file in the data folder. */
public final class UiPreferences {

    private static final String LANGUAGE = "language";
    private static final String LAST_DATABASE = "lastDatabase";

    private final Path file;
    private final Properties values = new Properties();

    public UiPreferences(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** {@code zh} unless English was chosen. */
    public String language() {
        return values.getProperty(LANGUAGE, "zh");
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
