package org.zhibiao.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application's name and version, as written into the build by Maven. */
public final class AppInfo {

    private static final String VERSION_FILE = "version.properties";

    private AppInfo() {
    }

    public static String version() {
        try (InputStream in = AppInfo.class.getResourceAsStream(VERSION_FILE)) {
            Properties values = new Properties();
            values.load(in);
            return values.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
