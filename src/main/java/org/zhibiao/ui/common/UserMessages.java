package org.zhibiao.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.i18n.Messages;

/** Turns a failure into what the user reads, and what the expandable detail shows. */
public final class UserMessages {

    private UserMessages() {
    }

    /** The translated sentence of the first {@link ZhibiaoException} in the causes, else a general one. */
    public static String sentence(Throwable problem, Messages messages) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof ZhibiaoException z && messages.has(z.messageKey())) {
                return messages.get(z.messageKey(), z.arguments().toArray());
            }
        }
        return messages.get("ui.error.unexpected");
    }

    public static String detail(Throwable problem) {
        StringWriter out = new StringWriter();
        problem.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
