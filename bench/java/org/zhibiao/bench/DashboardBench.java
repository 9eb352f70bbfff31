package org.zhibiao.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.zhibiao.analysis.Method;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.analysis.TargetChoice;
import org.zhibiao.app.Workspace;
import org.zhibiao.charts.ChartExport;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.i18n.Messages;

/**
 * Switching quarter on the dashboard, without the toolkit: what the background task does (the
 * status rows of a region, both charts built) plus drawing the two charts at screen size, as the
 * chart viewers do on the FX thread; and the dashboard's read of a selection as it was (two status
 * computations) and as it is (one). Usage: {@code bench/run DashboardBench [DB] [REGION]}.
 */
public final class DashboardBench {

    private static final List<Period> QUARTERS = List.of(Period.of(2013, 2), Period.of(2014, 3), Period.of(2015, 4),
            Period.of(2016, 1), Period.of(2012, 4), Period.of(2016, 4));

    private DashboardBench() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args.length > 0 ? args[0] : "target/bench/country.db");
        String regionCode = args.length > 1 ? args[1] : "220000";
        System.out.printf("database %s, %.0f MB, region %s%n", db, Files.size(db) / 1e6, regionCode);
        System.out.println(Bench.header());
        Messages zh = Messages.of(Messages.CHINESE);
        try (Workspace w = Workspace.open(db)) {
            Region region = w.regions().find(regionCode).orElseThrow();
            new Bench("switch quarter: status rows of " + region.name(), 3, 12)
                    .report(i -> w.status().status(quarter(i), regionCode, 2015, Method.TIME_PROGRESS));
            new Bench("switch quarter: rows + both charts built + drawn 900×420", 3, 12)
                    .report(i -> switchQuarter(w, region, quarter(i), zh));
            new Bench("dashboard's read, as before: the view, then the view a year earlier", 3, 12)
                    .report(i -> {
                        w.status().view(quarter(i), regionCode, TargetChoice.IN_FORCE, Method.TIME_PROGRESS);
                        w.status().view(quarter(i).yearEarlier(), regionCode, TargetChoice.IN_FORCE,
                                Method.TIME_PROGRESS);
                    });
            new Bench("dashboard's read, now: both in one computation (viewWithYearEarlier)", 3, 12)
                    .report(i -> w.status().viewWithYearEarlier(quarter(i), regionCode, TargetChoice.IN_FORCE, false));
        }
    }

    private static Period quarter(int i) {
        return QUARTERS.get(i % QUARTERS.size());
    }

    private static void switchQuarter(Workspace w, Region region, Period period, Messages m) {
        List<StatusRow> rows = w.status().status(period, region.code(), period.year() <= 2015 ? 2015 : 2020,
                Method.TIME_PROGRESS);
        JFreeChart actual = w.charts().actualVsTarget(rows, region, period, m);
        JFreeChart gap = w.charts().gap(rows, region, period, m);
        BufferedImage a = ChartExport.draw(actual, 900, 420);
        BufferedImage g = ChartExport.draw(gap, 900, 420);
        if (a.getWidth() + g.getWidth() != 1800) {
            throw new IllegalStateException("charts not drawn");
        }
    }
}
