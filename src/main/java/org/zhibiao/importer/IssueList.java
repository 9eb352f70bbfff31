package org.zhibiao.importer;

import org.zhibiao.domain.ImportIssue;

import java.util.ArrayList;
import java.util.List;

/** Collects a file's issues, each located in a sheet and cell. */
final class IssueList {

    private final String file;
    private final List<ImportIssue> issues = new ArrayList<>();

    IssueList(String file) {
        this.file = file;
    }

    void error(String sheet, String cell, String key, String raw, String... args) {
        issues.add(ImportIssue.error(file, sheet, cell, key, raw, args));
    }

    void warning(String sheet, String cell, String key, String raw, String... args) {
        issues.add(ImportIssue.warning(file, sheet, cell, key, raw, args));
    }

    boolean hasErrors() {
        return issues.stream().anyMatch(ImportIssue::isError);
    }

    List<ImportIssue> all() {
        return issues;
    }
}
