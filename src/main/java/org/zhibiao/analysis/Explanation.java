package org.zhibiao.analysis;

import java.util.List;
import org.zhibiao.domain.Period;
import org.zhibiao.i18n.Messages;

/**
 * A plain-language account of a result, as a message key of the {@code analysis} bundle and
 * its arguments, so the dashboard and the report say it in the reader's language; {@code note}
 * (may be null) adds a second sentence, such as where the baseline came from.
 */
public record Explanation(String messageKey, List<Object> arguments, Explanation note) {

    public Explanation {
        arguments = List.copyOf(arguments);
    }

    public static Explanation of(String messageKey, Object... arguments) {
        return new Explanation(messageKey, List.of(arguments), null);
    }

    public Explanation withNote(Explanation added) {
        return new Explanation(messageKey, arguments, added);
    }

    /** The sentence in the language of {@code messages}, periods worded as people read them. */
    public String text(Messages messages) {
        Object[] args = arguments.stream()
                .map(a -> a instanceof Period p ? p.words(messages.chinese()) : a).toArray();
        String main = messages.get(messageKey, args);
        return note == null ? main : messages.get("analysis.explain.withNote", main, note.text(messages));
    }
}
