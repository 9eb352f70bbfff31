package org.zhibiao.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhibiao.domain.ImportIssue;
import org.zhibiao.importer.ParsedReturn;

/**
 * What importing one file would do, before anything is stored: ready (no errors), rejected, or
 * skipped (the same bytes were imported before); its values, issues and changes, and the values
 * stored now for its region and period by indicator code.
 */
public record FilePreview(Path file, String sha256, long sizeBytes, Status status, ParsedReturn parsed,
                          List<ImportIssue> issues, List<ValueChange> changes, Map<String, Double> stored) {

    public FilePreview {
        stored = Map.copyOf(stored);
    }

    public enum Status { READY, REJECTED, SKIPPED }

    public String fileName() {
        return file.getFileName().toString();
    }

    public List<ImportIssue> errors() {
        return issues.stream().filter(ImportIssue::isError).toList();
    }

    /** The same preview with one more issue (a reason found while storing). */
    public FilePreview withIssue(ImportIssue issue) {
        List<ImportIssue> more = new ArrayList<>(issues);
        more.add(issue);
        return new FilePreview(file, sha256, sizeBytes, status, parsed, List.copyOf(more), changes, stored);
    }

    public List<ImportIssue> warnings() {
        return issues.stream().filter(i -> !i.isError()).toList();
    }
}
