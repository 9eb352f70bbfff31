package org.zhibiao.service;

import org.zhibiao.domain.ImportIssue;
import org.zhibiao.i18n.Messages;

/** An import issue as a sentence for people: {@code 指标报表!E7: message}. */
public final class IssueMessages {

    private static final String SOURCE_PREFIX = "import.source.";

    private IssueMessages() {
    }

    public static String message(Messages messages, ImportIssue issue) {
        Object[] args = issue.arguments().stream()
                .map(a -> a.startsWith(SOURCE_PREFIX) ? messages.get(a) : a).toArray();
        return messages.get(issue.messageKey(), args);
    }

    public static String located(Messages messages, ImportIssue issue) {
        String where = issue.location();
        return where.isEmpty() ? message(messages, issue) : where + ": " + message(messages, issue);
    }
}
