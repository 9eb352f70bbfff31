package org.zhibiao.importer;

import org.zhibiao.domain.ImportIssue;

import java.util.List;
import org.zhibiao.domain.Period;

/**
 * What a return holds: its region and period (null when they could not be told), the values
 * found, and every problem and remark. It may be stored only when no issue is an error.
 */
public record ParsedReturn(String fileName, String regionCode, Period period, List<ReturnValue> values,
                           List<ImportIssue> issues) {

    public ParsedReturn {
        values = List.copyOf(values);
        issues = List.copyOf(issues);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(ImportIssue::isError);
    }

    public boolean isIdentified() {
        return regionCode != null && period != null;
    }
}
