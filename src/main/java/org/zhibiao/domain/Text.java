package org.zhibiao.domain;

import java.util.regex.Pattern;

/** Text normalisation used when matching what people type in spreadsheets. */
public final class Text {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

    private Text() {
    }

    /** Full-width ASCII forms (digits, letters, punctuation, the ideographic space) to half-width. */
    public static String toHalfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u3000') {
                b.append(' ');
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                b.append((char) (c - 0xFEE0));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The text without any whitespace, no-break spaces included. */
    public static String withoutWhitespace(String s) {
        return WHITESPACE.matcher(s).replaceAll("");
    }

    /** For comparing names: half-width, no whitespace, Chinese brackets as ASCII ones. */
    public static String normaliseName(String s) {
        if (s == null) {
            return "";
        }
        return withoutWhitespace(toHalfWidth(s)).replace('（', '(').replace('）', ')');
    }
}
