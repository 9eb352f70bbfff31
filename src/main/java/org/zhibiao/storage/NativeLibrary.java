package org.zhibiao.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;
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
     * A library extracted before is found by its name, without asking which system this is:
     * sqlite-jdbc's answer runs {@code uname} and reads the process's memory map at every start.
     */
    public static void useFolder(Path folder) {
        String name = LibraryLoaderUtil.getNativeLibName();
        Path versionFolder = folder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion());
        try {
            Path library = extracted(versionFolder, name);
            if (library == null) {
                library = versionFolder.resolve(OSInfo.getNativeLibFolderPathForCurrentOS()).resolve(name);
                if (!extract(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name, library)) {
                    return;
                }
            }
            System.setProperty("org.sqlite.lib.path", library.getParent().toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "SQLite's native library stays with sqlite-jdbc's own extraction", e);
        }
    }

    /** The library extracted earlier into the version's folder (under its system's folder), or null. */
    private static Path extracted(Path versionFolder, String name) throws IOException {
        if (!Files.isDirectory(versionFolder)) {
            return null;
        }
        try (Stream<Path> found = Files.find(versionFolder, 3,
                (path, attributes) -> attributes.isRegularFile() && path.getFileName().toString().equals(name))) {
            return found.findFirst().orElse(null);
        }
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
