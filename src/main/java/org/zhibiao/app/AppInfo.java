package org.zhibiao.app;

/** The application's name and version, as packaged. */
public final class AppInfo {

    private AppInfo() {
    }

    public static String version() {
        String v = AppInfo.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
