package org.zhibiao.domain;

import java.util.List;

/**
 * A problem or a remark about a return, located in the file: sheet and cell (empty when it
 * concerns the whole file), a message key of the {@code import} bundle, its arguments, and the
 * raw text found in the cell.
 */
public record ImportIssue(Severity severity, String file, String sheet, String cell, String messageKey,
                          List<String> arguments, String rawText) {

    public enum Severity {
        ERROR, WARNING;

        public String code() {
            return this == ERROR ? "error" : "warning";
        }
    }

    public ImportIssue {
        sheet = sheet == null ? "" : sheet;
        cell = cell == null ? "" : cell;
        rawText = rawText == null ? "" : rawText;
        arguments = List.copyOf(arguments);
    }

    public static ImportIssue error(String file, String sheet, String cell, String key, String raw, String... args) {
        return new ImportIssue(Severity.ERROR, file, sheet, cell, key, List.of(args), raw);
    }

    public static ImportIssue warning(String file, String sheet, String cell, String key, String raw,
                                      String... args) {
        return new ImportIssue(Severity.WARNING, file, sheet, cell, key, List.of(args), raw);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code 指标报表!E7}, or the sheet alone, or nothing. */
    public String location() {
        if (sheet.isEmpty()) {
            return cell;
        }
        return cell.isEmpty() ? sheet : sheet + "!" + cell;
    }
}
