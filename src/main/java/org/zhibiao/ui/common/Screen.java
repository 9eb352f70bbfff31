package org.zhibiao.ui.common;

import javafx.scene.Node;

/**
 * A screen of the main window's navigation. A new screen is one class implementing this and
 * one line in {@code org.zhibiao.ui.Screens}.
 */
public interface Screen {

    /** Stable id: remembered as the selected screen and used as the navigation item's id. */
    String id();

    /** The i18n key of the navigation label. */
    String titleKey();

    /** A short symbol shown before the title in the navigation; empty for none. */
    default String glyph() {
        return "";
    }

    /** Whether the screen changes data: such screens are not offered when a database is open read-only. */
    default boolean edits() {
        return false;
    }

    /** Builds the screen's view for the open database, in the current language. */
    Node create(ScreenContext context);
}
