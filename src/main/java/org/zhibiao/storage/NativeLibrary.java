package org.zhibiao.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.zhibiao.files.AsideFiles;

/**
 * SQLite's native library, extracted once per sqlite-jdbc version into a folder of the app's own
 * and loaded from there (sqlite-jdbc's {@code org.sqlite.lib.path}), instead of a new temporary
 * copy at every start that a killed process never removes.
 */
public final class NativeLibrary {

    private static final Logger LOG = Logger.getLogger(NativeLibrary.class.getName());

    private NativeLibrary() {
    }

    /**
     * Extracts the library under {@code folder} if it is not there yet and tells sqlite-jdbc to
     * load it from there; if the folder cannot be written, sqlite-jdbc extracts it as it always did.
     * Its folder is named after the JVM's system and architecture, so a data folder shared by two
     * kinds of machine never loads the other's library; sqlite-jdbc's own name for the system runs
     * {@code uname} and reads the process's memory map, so it is asked only when extracting.
     */
    public static void useFolder(Path folder) {
        String name = LibraryLoaderUtil.getNativeLibName();
        Path library = folder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                .resolve(system()).resolve(name);
        try {
            if (!Files.isRegularFile(library)
                    && !extract(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name, library)) {
                return;
            }
            System.setProperty("org.sqlite.lib.path", library.getParent().toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "SQLite's native library stays with sqlite-jdbc's own extraction", e);
        }
    }

    private static String system() {
        return (System.getProperty("os.name") + "-" + System.getProperty("os.arch")).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static boolean extract(String resource, Path library) throws IOException {
        try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            Files.createDirectories(library.getParent());
            AsideFiles.sweep(library.getParent(), "part");
            Path aside = AsideFiles.aside(library, "part");
            Files.copy(in, aside, StandardCopyOption.REPLACE_EXISTING);
            AsideFiles.moveIntoPlace(aside, library);
            return true;
        }
    }
}
