package org.zhibiao.ui.common;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Base64;
import org.zhibiao.analysis.Status;
import org.zhibiao.domain.Colours;
import org.zhibiao.domain.Submission;

/** Style classes of {@code zhibiao.css} and of the vocabulary's colours; views add these, never inline styles. */
public final class Styles {

    public static final String STYLESHEET = "/org/zhibiao/ui/zhibiao.css";
    public static final String DASHBOARD_STYLESHEET = "/org/zhibiao/ui/dashboard/dashboard.css";

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
    public static final String DATA_UPDATED_NOTE = "data-updated-note";
    public static final String CONFIRMATION = "confirmation";
    public static final String TECHNICAL_DETAIL = "technical-detail";

    public static final String SUBMISSION_PREFIX = "submission-";

    private static final String DARK_TEXT = "#263238";

    private Styles() {
    }

    /** {@code status-on-track}: the class that gives a node the status's colour. */
    public static String status(Status status) {
        return "status-" + status.styleName();
    }

    /** {@code submission-missing}: the class that gives a node the submission state's colour. */
    public static String submission(Submission.State state) {
        return SUBMISSION_PREFIX + state.code();
    }

    /**
     * The colours of statuses and submission states as a stylesheet (a {@code data:} URL for
     * {@code getStylesheets()}), generated from the vocabulary so they are never typed twice.
     */
    public static String vocabularyStylesheet() {
        StringBuilder css = new StringBuilder();
        for (Status s : Status.values()) {
            String text = textOn(s.colour());
            css.append('.').append(status(s)).append(" { -fx-background-color: ").append(s.colour())
                    .append("; -fx-text-fill: ").append(text).append("; }\n");
            css.append(".tile.").append(status(s)).append(" .label { -fx-text-fill: ").append(text).append("; }\n");
        }
        for (Submission.State s : Submission.State.values()) {
            css.append('.').append(submission(s)).append(" { -fx-background-color: ").append(s.colour())
                    .append("; -fx-text-fill: ").append(textOn(s.colour())).append("; -fx-alignment: center; }\n");
        }
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.toString().getBytes(UTF_8));
    }

    private static String textOn(String colour) {
        return Colours.isLight(colour) ? DARK_TEXT : "white";
    }
}
