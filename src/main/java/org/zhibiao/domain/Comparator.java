package org.zhibiao.domain;

/** How a target is met; a range is met from its lower end (the upper end is shown). */
public enum Comparator {
    AT_LEAST(">="), AT_MOST("<="), RANGE("range"), YES("yes");

    private final String code;

    Comparator(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String symbol() {
        return switch (this) {
            case AT_LEAST -> "≥";
            case AT_MOST -> "≤";
            case RANGE -> "—";
            case YES -> "=";
        };
    }

    public static Comparator fromCode(String code) {
        String c = code.trim();
        for (Comparator v : values()) {
            if (v.code.equals(c) || v.symbol().equals(c)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown comparator: " + code);
    }
}
