package org.zhibiao.domain;

import java.util.List;

/**
 * A problem or a remark about a return, located in the file: sheet and cell (empty when it
 * concerns the whole file), a message key of the {@code import} bundle, its arguments, the
 * raw text found in the cell, and the code of the indicator whose row it is in (empty when none).
 */
public record ImportIssue(Severity severity, String file, String sheet, String cell, String messageKey,
                          List<String> arguments, String rawText, String indicatorCode) {

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
        indicatorCode = indicatorCode == null ? "" : indicatorCode;
    }

    public static ImportIssue error(String file, String sheet, String cell, String key, String raw, String... args) {
        return new ImportIssue(Severity.ERROR, file, sheet, cell, key, List.of(args), raw, "");
    }

    public static ImportIssue warning(String file, String sheet, String cell, String key, String raw,
                                      String... args) {
        return new ImportIssue(Severity.WARNING, file, sheet, cell, key, List.of(args), raw, "");
    }

    /** The same issue, found in the row of the indicator {@code code}. */
    public ImportIssue about(String code) {
        return new ImportIssue(severity, file, sheet, cell, messageKey, arguments, rawText, code);
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
