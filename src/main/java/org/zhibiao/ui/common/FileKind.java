package org.zhibiao.ui.common;

/** The files the File menu reads and writes besides databases: each has its chooser title and filter. */
public enum FileKind {
    CATALOGUE("catalogue", "*.xlsx"),
    BACKUP("backup", "*.db");

    private final String code;
    private final String pattern;

    FileKind(String code, String pattern) {
        this.code = code;
        this.pattern = pattern;
    }

    /** The key of the chooser's title for reading ({@code open}) or writing ({@code save}), or of its filter. */
    String key(String what) {
        return "files.chooser." + code + "." + what;
    }

    String pattern() {
        return pattern;
    }

    /** The file's extension with its dot, added when the user typed a name without one. */
    String extension() {
        return pattern.substring(1);
    }
}
