package org.zhibiao.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** SQLite's native library: extracted into the app's folder once, then found there at every later start. */
class NativeLibraryTest {

    private static final String PATH = "org.sqlite.lib.path";
    private static final String NAME = "org.sqlite.lib.name";

    @TempDir
    Path dir;

    private String path;
    private String name;

    @BeforeEach
    void remember() {
        path = System.getProperty(PATH);
        name = System.getProperty(NAME);
    }

    @AfterEach
    void restore() {
        restore(PATH, path);
        restore(NAME, name);
    }

    @Test
    void extractedOnceThenLoadedFromTheSameFile() throws Exception {
        NativeLibrary.useFolder(dir);
        Path library = chosen();
        assertThat(library).isRegularFile().startsWith(dir.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()));
        Files.setLastModifiedTime(library, FileTime.fromMillis(0));

        System.clearProperty(PATH);
        NativeLibrary.useFolder(dir);

        assertThat(chosen()).isEqualTo(library);
        assertThat(Files.getLastModifiedTime(library).toMillis()).as("not extracted again").isZero();
    }

    @Test
    void aLibraryExtractedByAnotherKindOfMachineIsNotLoaded() throws Exception {
        String name = "Linux-" + (System.getProperty("os.arch").equals("aarch64") ? "amd64" : "aarch64");
        Path foreign = dir.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()).resolve(name)
                .resolve(LibraryLoaderUtil.getNativeLibName());
        Files.createDirectories(foreign.getParent());
        Files.writeString(foreign, "not this machine's library");

        NativeLibrary.useFolder(dir);

        assertThat(chosen()).isNotEqualTo(foreign).isRegularFile();
        assertThat(Files.size(chosen())).isGreaterThan(100_000);
    }

    private static Path chosen() {
        return Path.of(System.getProperty(PATH)).resolve(System.getProperty(NAME));
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
