package org.zhibiao.domain;

/** Colours written {@code #rrggbb}, as the vocabulary of statuses and submission states gives them. */
public final class Colours {

    private Colours() {
    }

    /** The colour as {@code 0xrrggbb}. */
    public static int rgb(String hex) {
        return Integer.parseInt(hex.substring(1), 16);
    }

    /** Whether dark text reads better than white on this colour (WCAG relative luminance above 0.4). */
    public static boolean isLight(String hex) {
        int rgb = rgb(hex);
        return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb) > 0.4;
    }

    private static double linear(int channel) {
        double c = (channel & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
