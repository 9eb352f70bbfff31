package org.zhibiao.app;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Zhibiao keeps its files: the system property {@code zhibiao.home} or the environment
 * variable {@code ZHIBIAO_HOME} if set, else the platform's per-user data folder.
 */
public final class AppPaths {

    private AppPaths() {
    }

    public static Path dataFolder() {
        String configured = System.getProperty("zhibiao.home", System.getenv("ZHIBIAO_HOME"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home).resolve("Zhibiao");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Zhibiao");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("zhibiao");
    }

    /** The database the app opens when none is named: created with demo data on first start. */
    public static Path defaultDatabase() {
        return dataFolder().resolve("zhibiao.db");
    }

    /** Where SQLite's native library is kept, one folder per sqlite-jdbc version. */
    public static Path nativeLibraryFolder() {
        return dataFolder().resolve("lib");
    }

    public static Path logFile() {
        return dataFolder().resolve("zhibiao.log");
    }
}
