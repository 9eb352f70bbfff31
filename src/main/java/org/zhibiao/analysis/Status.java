package org.zhibiao.analysis;

import java.util.Locale;
import org.zhibiao.i18n.Messages;

/**
 * How an indicator stands against a target at a period (STATUS.md), in rule order, with the one
 * look every surface gives it: the code machines read ({@link #name()}), the word people read
 * ({@link #messageKey()} in the {@code analysis} bundle), a symbol whose shape tells the statuses
 * apart in a greyscale printout, and a colour ({@code #rrggbb}).
 */
public enum Status {
    ACHIEVED("●", "#1b5e20"),
    ON_TRACK("▲", "#66bb6a"),
    AT_RISK("◆", "#f9a825"),
    OFF_TRACK("■", "#e65100"),
    REGRESSING("▼", "#8e0000"),
    NOT_MET("✕", "#6d4c41"),
    NO_DATA("○", "#bdbdbd"),
    NO_TARGET("·", "#e0e0e0");

    private final String symbol;
    private final String colour;

    Status(String symbol, String colour) {
        this.symbol = symbol;
        this.colour = colour;
    }

    /** The key of the status's name in the {@code analysis} bundle (已达标 / achieved …). */
    public String messageKey() {
        return "analysis.status." + name();
    }

    /** The symbol and the word, as every status column and legend shows it: {@code ● 已达标}. */
    public String label(Messages messages) {
        return symbol + " " + messages.get(messageKey());
    }

    public String symbol() {
        return symbol;
    }

    /** The colour as {@code #rrggbb}. */
    public String colour() {
        return colour;
    }

    /** {@code on-track}: the name the stylesheet's classes are built from. */
    public String styleName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
