package org.zhibiao.cli;

/**
 * Text from files (names, sheet names, cell contents) as the CLI prints it: control characters,
 * line and paragraph separators and bidirectional overrides escaped ({@code \n}, {@code \u202e}),
 * so a file name cannot start a line of its own or make one read backwards.
 */
final class Printable {

    private Printable() {
    }

    static String of(Object value) {
        String text = String.valueOf(value);
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c)) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b == null ? text : b.toString();
    }

    /** Arguments of a message: text and paths made printable, numbers left for the message to format. */
    static Object[] arguments(Object... arguments) {
        Object[] out = arguments.clone();
        for (int i = 0; i < out.length; i++) {
            if (!(out[i] instanceof Number) && out[i] != null) {
                out[i] = of(out[i]);
            }
        }
        return out;
    }

    private static boolean needsEscape(char c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
    }
}
