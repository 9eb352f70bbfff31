package org.zhibiao.app;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * The application icon in the sizes a window manager picks from (16 to 256 pixels), as
 * resource URLs: the UI turns them into images for its windows.
 */
public final class AppIcons {

    /** The sizes shipped under {@code org/zhibiao/icons}, smallest first. */
    public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private AppIcons() {
    }

    public static List<URL> windowIcons() {
        return SIZES.stream().map(AppIcons::icon).toList();
    }

    public static URL icon(int size) {
        String name = "/org/zhibiao/icons/zhibiao-" + size + ".png";
        return Objects.requireNonNull(AppIcons.class.getResource(name), name);
    }
}
