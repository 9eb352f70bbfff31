package org.zhibiao.ui.dashboard;

import java.util.concurrent.Future;
import org.zhibiao.app.Workspace;
import org.zhibiao.i18n.Messages;

/**
 * The dashboard's first view computed ahead, for the next dashboard opened on that database in
 * that language; taken once, so a later dashboard reads the database afresh.
 */
final class Prepared {

    private static Workspace workspace;
    private static Messages messages;
    private static Future<DashboardViewModel.First> first;

    private Prepared() {
    }

    static synchronized void offer(Workspace forWorkspace, Messages inLanguage, Future<DashboardViewModel.First> view) {
        workspace = forWorkspace;
        messages = inLanguage;
        first = view;
    }

    /** The view offered for this database and language, or null; forgets it either way. */
    static synchronized Future<DashboardViewModel.First> take(Workspace forWorkspace, Messages inLanguage) {
        Future<DashboardViewModel.First> taken = forWorkspace == workspace && messages != null
                && messages.locale().equals(inLanguage.locale()) ? first : null;
        workspace = null;
        messages = null;
        first = null;
        return taken;
    }
}
