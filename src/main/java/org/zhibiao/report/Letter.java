package org.zhibiao.report;

import java.util.List;

/**
 * A one-page letter, e.g. the notice returning a refused return: a title, the addressee, the
 * opening paragraphs, headed groups of lines (the problems by indicator), the sender and the date.
 */
public record Letter(String title, String addressee, List<String> paragraphs, List<Group> groups, String sender,
                     String date) {

    public Letter {
        paragraphs = List.copyOf(paragraphs);
        groups = List.copyOf(groups);
    }

    /** A heading and its lines. */
    public record Group(String heading, List<String> lines) {

        public Group {
            lines = List.copyOf(lines);
        }
    }
}
