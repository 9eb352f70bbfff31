package org.zhibiao.ui.common;

/** Style classes of {@code zhibiao.css}; views add these, never inline styles. */
public final class Styles {

    public static final String STYLESHEET = "/org/zhibiao/ui/zhibiao.css";

    public static final String NAVIGATION = "navigation";
    public static final String SCREEN = "screen";
    public static final String SCREEN_TITLE = "screen-title";
    public static final String SECTION_TITLE = "section-title";
    public static final String FORM = "form";
    public static final String TOOLBAR = "toolbar";
    public static final String INVALID = "invalid";
    public static final String VALIDATION_MESSAGE = "validation-message";
    public static final String CATEGORY_ROW = "category-row";
    public static final String DEMO_BADGE = "demo-badge";
    public static final String PLACEHOLDER_TEXT = "placeholder-text";
    public static final String READ_ONLY_BANNER = "read-only-banner";
    public static final String CONFIRMATION = "confirmation";
    public static final String TECHNICAL_DETAIL = "technical-detail";

    public static final String STATUS_ACHIEVED = "status-achieved";
    public static final String STATUS_ON_TRACK = "status-on-track";
    public static final String STATUS_AT_RISK = "status-at-risk";
    public static final String STATUS_OFF_TRACK = "status-off-track";
    public static final String STATUS_REGRESSING = "status-regressing";

    private Styles() {
    }
}
