package org.zhibiao.report;

import java.util.List;

/**
 * The returns of a period: how many were due, and the names of regions received, missing,
 * revised and rejected (a region whose only return was refused).
 */
public record ReturnsSummary(int expected, List<String> received, List<String> missing, List<String> revised,
                             List<String> rejected) {

    public ReturnsSummary {
        received = List.copyOf(received);
        missing = List.copyOf(missing);
        revised = List.copyOf(revised);
        rejected = List.copyOf(rejected);
    }
}
