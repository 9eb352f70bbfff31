package org.zhibiao.importer;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.zhibiao.domain.Period;

/** Takes the region and period from the first source that gives them; refuses sources that disagree. */
final class SourceAgreement {

    private final IssueList issues;

    SourceAgreement(IssueList issues) {
        this.issues = issues;
    }

    String region(List<Identification> sources) {
        return agree(sources, Identification::regionCode, "import.file.regionConflict", "import.file.noRegion");
    }

    Period period(List<Identification> sources) {
        return agree(sources, Identification::period, "import.file.periodConflict", "import.file.noPeriod");
    }

    private <T> T agree(List<Identification> sources, Function<Identification, T> value, String conflictKey,
                        String missingKey) {
        Identification first = null;
        for (Identification s : sources) {
            T v = value.apply(s);
            if (v == null) {
                continue;
            }
            if (first == null) {
                first = s;
            } else if (!Objects.equals(value.apply(first), v)) {
                issues.error("", "", conflictKey, "", first.source().messageKey(), String.valueOf(value.apply(first)),
                        s.source().messageKey(), String.valueOf(v));
                return null;
            }
        }
        if (first == null) {
            issues.error("", "", missingKey, "");
            return null;
        }
        return value.apply(first);
    }
}
