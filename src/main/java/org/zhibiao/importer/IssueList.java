package org.zhibiao.importer;

import org.zhibiao.domain.ImportIssue;

import java.util.ArrayList;
import java.util.List;

/** Collects a file's issues, each located in a sheet and cell. */
final class IssueList {

    private final String file;
    private final List<ImportIssue> issues = new ArrayList<>();
    private String indicatorCode = "";

    IssueList(String file) {
        this.file = file;
    }

    /** Issues from now on are in the row of this indicator (null: in no indicator's row). */
    void about(String code) {
        indicatorCode = code == null ? "" : code;
    }

    void error(String sheet, String cell, String key, String raw, String... args) {
        issues.add(ImportIssue.error(file, sheet, cell, key, raw, args).about(indicatorCode));
    }

    void warning(String sheet, String cell, String key, String raw, String... args) {
        issues.add(ImportIssue.warning(file, sheet, cell, key, raw, args).about(indicatorCode));
    }

    boolean hasErrors() {
        return issues.stream().anyMatch(ImportIssue::isError);
    }

    List<ImportIssue> all() {
        return issues;
    }
}
