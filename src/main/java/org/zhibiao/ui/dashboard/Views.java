package org.zhibiao.ui.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.zhibiao.ui.common.Completions;

/**
 * The dashboard's views computed so far, by selection, for one version of the data: asked with
 * another version, it forgets them all first, so a view kept from before an import is never shown
 * after it. A view asked for while another thread computes it is waited for, not computed twice.
 * The {@value #KEPT} views used last are kept, so a long session's browsing does not fill the memory.
 */
final class Views {

    static final int KEPT = 64;

    private final Map<Selection, CompletableFuture<DashboardData>> views = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Selection, CompletableFuture<DashboardData>> eldest) {
            return size() > KEPT;
        }
    };
    private String version;

    /** The view of {@code selection} at data {@code version}: kept, being computed, or computed now by {@code compute}. */
    DashboardData get(Selection selection, String version, Function<Selection, DashboardData> compute) {
        CompletableFuture<DashboardData> found;
        CompletableFuture<DashboardData> mine = new CompletableFuture<>();
        synchronized (this) {
            if (!Objects.equals(version, this.version)) {
                views.clear();
                this.version = version;
            }
            found = views.putIfAbsent(selection, mine);
        }
        if (found != null) {
            return Completions.await(found);
        }
        try {
            DashboardData view = compute.apply(selection);
            mine.complete(view);
            return view;
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                views.remove(selection, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Forgets every view. */
    synchronized void clear() {
        views.clear();
    }
}
