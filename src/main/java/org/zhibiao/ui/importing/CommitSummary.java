package org.zhibiao.ui.importing;

import java.util.List;
import org.zhibiao.service.FileResult;

/** What an import did: files imported with their values, files refused, files skipped. */
record CommitSummary(int imported, int values, int refused, int skipped) {

    static CommitSummary of(List<FileResult> results) {
        List<FileResult> imported = results.stream().filter(r -> r.outcome() == FileResult.Outcome.IMPORTED).toList();
        return new CommitSummary(imported.size(),
                imported.stream().mapToInt(r -> r.preview().parsed().values().size()).sum(),
                count(results, FileResult.Outcome.REJECTED), count(results, FileResult.Outcome.SKIPPED));
    }

    private static int count(List<FileResult> results, FileResult.Outcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
