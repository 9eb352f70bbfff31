package org.zhibiao.analysis;

import java.util.Optional;

/**
 * Which target a view judges (STATUS.md "Which target a view judges"): every indicator against
 * its target for one year, or {@linkplain #IN_FORCE in force} (当期目标, a null year) — the earliest
 * target year not before the quarter's, else the latest.
 */
public record TargetChoice(Integer year) {

    public static final TargetChoice IN_FORCE = new TargetChoice(null);
    public static final String IN_FORCE_CODE = "in-force";

    public static TargetChoice of(int year) {
        return new TargetChoice(year);
    }

    public boolean inForce() {
        return year == null;
    }

    /** {@code in-force} or the year, as the CLI writes it. */
    public String code() {
        return inForce() ? IN_FORCE_CODE : year.toString();
    }

    /** {@code in-force} or a year of four digits; empty for anything else. */
    public static Optional<TargetChoice> parse(String text) {
        String t = text.trim();
        if (t.equals(IN_FORCE_CODE)) {
            return Optional.of(IN_FORCE);
        }
        return t.matches("\\d{4}") ? Optional.of(of(Integer.parseInt(t))) : Optional.empty();
    }
}
