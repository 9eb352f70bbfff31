package org.zhibiao.ui.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.analysis.TargetChoice;
import org.zhibiao.app.StartPhases;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Category;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.i18n.Messages;
import org.zhibiao.service.StatusService;
import org.zhibiao.ui.common.TaskRunner;

/**
 * The dashboard's state: the selection (quarter, region, category, target, monitored set or every
 * indicator, row filter) and what it shows. Every change of the selection computes the rows, counts
 * and charts in the background;
 * a result that arrives after a newer selection was made is dropped. Views computed are kept while
 * the data stays as it was; once one is shown, the quarters before and after it and its other
 * target years are computed in the background, so the next choice finds them ready.
 */
public final class DashboardViewModel {

    private static final Logger LOG = Logger.getLogger(DashboardViewModel.class.getName());

    private final Workspace workspace;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ObservableList<Period> periods = FXCollections.observableArrayList();
    private final ObservableList<Region> regions = FXCollections.observableArrayList();
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    private final ObjectProperty<String> regionCode = new SimpleObjectProperty<>();
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final ObservableList<TargetChoice> choices = FXCollections.observableArrayList(TargetChoice.IN_FORCE);
    private final ObjectProperty<TargetChoice> choice = new SimpleObjectProperty<>(TargetChoice.IN_FORCE);
    private final BooleanProperty allIndicators = new SimpleBooleanProperty();
    private final ObjectProperty<RowFilter> filter = new SimpleObjectProperty<>(RowFilter.ALL);
    private final ReadOnlyObjectWrapper<DashboardData> data = new ReadOnlyObjectWrapper<>();
    private final ObservableList<StatusRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final Views views = new Views();
    private boolean loaded;
    private volatile long generation;

    public DashboardViewModel(Workspace workspace, Messages messages, TaskRunner tasks) {
        this.workspace = workspace;
        this.messages = messages;
        this.tasks = tasks;
        period.addListener(o -> refresh());
        regionCode.addListener(o -> refresh());
        category.addListener(o -> refresh());
        choice.addListener(o -> refresh());
        allIndicators.addListener(o -> refresh());
        filter.addListener(o -> refresh());
    }

    /**
     * Reads the quarters and regions, selects the latest quarter and the home region and shows
     * them, all in one background task (or the one {@link #prepare} started for this database).
     */
    public void load() {
        loading.set(true);
        Future<First> prepared = Prepared.take(workspace, messages);
        tasks.run(() -> prepared == null ? first(workspace, messages) : await(prepared), this::start);
    }

    /** The view computed ahead; computed again here if that failed, so a failure is reported as it happens. */
    private First await(Future<First> prepared) throws InterruptedException {
        try {
            return prepared.get();
        } catch (ExecutionException failed) {
            return first(workspace, messages);
        }
    }

    /**
     * Offers the dashboard's first view of {@code workspace} to the next dashboard opened on it in
     * that language, and returns the work that computes it, to be run by the caller's thread (the
     * app runs it while its window is being built); that dashboard waits for it.
     */
    public static Runnable prepare(Workspace workspace, Messages messages) {
        FutureTask<First> first = new FutureTask<>(() -> first(workspace, messages));
        Prepared.offer(workspace, messages, first);
        return first;
    }

    /**
     * What the dashboard needs to show itself: the choices, and the view of the latest quarter at
     * home with the data version it was read at.
     */
    record First(List<Period> periods, List<Region> regions, Collection<Integer> targetYears, DashboardData data,
                 String version) {
    }

    private static First first(Workspace workspace, Messages messages) {
        String version = workspace.dataVersion();
        List<Period> periods = workspace.observations().periods();
        List<Region> regions = workspace.regions().all();
        Collection<Integer> years = workspace.status().targetYears();
        StartPhases.mark("quarters read");
        Period latest = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        String home = home(regions);
        DashboardData data = latest == null || home == null ? null
                : compute(workspace, messages, new Selection(latest, home, null, TargetChoice.IN_FORCE, false));
        return new First(periods, regions, years, data, version);
    }

    private static String home(List<Region> regions) {
        return regions.stream().filter(r -> r.parentCode() == null).map(Region::code).findFirst().orElse(null);
    }

    private void start(First f) {
        periods.setAll(f.periods());
        regions.setAll(f.regions());
        choices.setAll(TargetChoice.IN_FORCE);
        f.targetYears().forEach(y -> choices.add(TargetChoice.of(y)));
        regionCode.set(home(f.regions()));
        period.set(f.periods().isEmpty() ? null : f.periods().get(f.periods().size() - 1));
        loaded = true;
        if (f.data() != null && f.data().selection().equals(selection())) {
            generation++;
            views.get(f.data().selection(), f.version(), s -> f.data());
            show(f.data());
        } else {
            refresh();
        }
    }

    /**
     * Shows the database again after another user changed it: the quarters (one may have been
     * added) and the selected rows, tiles and charts, keeping what is selected. The views kept are
     * forgotten (on a server, a commit of a transaction begun earlier may leave the data version as it was).
     */
    public void reload() {
        if (!loaded) {
            return;
        }
        views.clear();
        tasks.run(() -> workspace.observations().periods(), found -> {
            Period selected = period.get();
            if (!periods.equals(found)) {
                periods.setAll(found);
            }
            Period shown = found.contains(selected) || found.isEmpty() ? selected : found.get(found.size() - 1);
            if (shown != null && !shown.equals(period.get())) {
                period.set(shown);
            } else {
                refresh();
            }
        });
    }

    public void refresh() {
        if (!loaded || period.get() == null || regionCode.get() == null) {
            loading.set(false);
            return;
        }
        Selection selection = selection();
        long mine = ++generation;
        loading.set(true);
        tasks.run(() -> view(selection), result -> {
            if (mine == generation) {
                show(result);
            }
        }, () -> loading.set(false));
    }

    private DashboardData view(Selection selection) {
        return views.get(selection, workspace.dataVersion(), s -> compute(workspace, messages, s));
    }

    /**
     * Computes in the background, one after the other, the views a user is likely to ask for next:
     * the quarter before, the other target years, the quarter after; begins once the view shown is
     * painted (the frame after it was laid out), so it does not slow that down, and stops when the
     * selection changes. A failure here is left to the view that is asked for, which reports it.
     */
    private void computeAhead(Selection shown) {
        long mine = generation;
        new AnimationTimer() {
            /** Set at the pulse that lays the view out; at the next one, that frame is painted. */
            private boolean laidOut;

            @Override
            public void handle(long now) {
                if (laidOut) {
                    stop();
                    computeAhead(shown, mine);
                }
                laidOut = true;
            }
        }.start();
    }

    private void computeAhead(Selection shown, long mine) {
        if (mine != generation) {
            return;
        }
        List<Selection> next = new ArrayList<>();
        int at = periods.indexOf(shown.period());
        if (at > 0) {
            next.add(shown.withPeriod(periods.get(at - 1)));
        }
        choices.stream().filter(c -> !c.equals(shown.choice())).forEach(c -> next.add(shown.withChoice(c)));
        if (at >= 0 && at < periods.size() - 1) {
            next.add(shown.withPeriod(periods.get(at + 1)));
        }
        try {
            tasks.run(() -> {
                for (Selection s : next) {
                    if (mine != generation) {
                        break;
                    }
                    try {
                        view(s);
                    } catch (RuntimeException e) {
                        LOG.log(Level.FINE, "a view computed ahead failed", e);
                        break;
                    }
                }
                return null;
            }, done -> { });
        } catch (RejectedExecutionException closed) {
            LOG.log(Level.FINE, "the window closed before the views ahead were computed", closed);
        }
    }

    private Selection selection() {
        return new Selection(period.get(), regionCode.get(), category.get(), choice.get(), allIndicators.get(),
                filter.get());
    }

    private static DashboardData compute(Workspace workspace, Messages messages, Selection s) {
        StatusService.ViewWithYearEarlier view = workspace.status().viewWithYearEarlier(s.period(), s.regionCode(),
                s.choice(), s.allIndicators());
        List<StatusRow> inCategory = view.rows().stream()
                .filter(r -> s.category() == null || r.indicator().category() == s.category()).toList();
        List<StatusRow> shown = inCategory.stream().filter(r -> s.filter().accepts(r.status()))
                .sorted(Urgency.FIRST_BEHIND).toList();
        Region region = workspace.regions().find(s.regionCode()).orElseThrow();
        var charts = workspace.charts();
        StartPhases.mark("status computed");
        DashboardData data = new DashboardData(s, shown, DashboardData.count(inCategory), view.yearEarlier(),
                workspace.plans().names(), charts.actualVsTarget(shown, region, s.period(), messages),
                charts.gap(shown, region, s.period(), messages));
        StartPhases.mark("charts built");
        return data;
    }

    private void show(DashboardData result) {
        data.set(result);
        rows.setAll(result.rows());
        loading.set(false);
        StartPhases.finish("dashboard filled");
        computeAhead(result.selection());
    }

    /** The change of a row's value on the same quarter a year earlier, or null when either is missing. */
    public Double yearOnYear(StatusRow row) {
        DashboardData shown = data.get();
        Double before = shown == null ? null : shown.yearEarlier().get(row.indicator().code());
        return before == null || row.value() == null ? null : row.value() - before;
    }

    /** The plan that sets the row's target, cited in the language shown; 演示目标 for a demo target; "" for none. */
    public String plan(StatusRow row) {
        DashboardData shown = data.get();
        if (shown == null) {
            return "";
        }
        String cited = shown.plans().cite(row, messages.chinese());
        return cited.isEmpty() && shown.plans().isDemo(row) ? messages.get("dashboard.plan.demo") : cited;
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<Period> periods() {
        return periods;
    }

    public ObservableList<Region> regions() {
        return regions;
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public ObjectProperty<String> regionCodeProperty() {
        return regionCode;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    /** In force, then every year with targets in the catalogue. */
    public ObservableList<TargetChoice> choices() {
        return choices;
    }

    public ObjectProperty<TargetChoice> choiceProperty() {
        return choice;
    }

    /** Every indicator of the catalogue (true) or only the monitored set (false, the default). */
    public BooleanProperty allIndicatorsProperty() {
        return allIndicators;
    }

    public ObjectProperty<RowFilter> filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<DashboardData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ObservableList<StatusRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }
}
