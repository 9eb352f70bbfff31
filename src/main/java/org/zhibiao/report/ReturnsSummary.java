package org.zhibiao.report;

import java.util.List;

/** The returns of a period: how many were due, and the names of regions received, missing and revised. */
public record ReturnsSummary(int expected, List<String> received, List<String> missing, List<String> revised) {

    public ReturnsSummary {
        received = List.copyOf(received);
        missing = List.copyOf(missing);
        revised = List.copyOf(revised);
    }
}
