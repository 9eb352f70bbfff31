package org.zhibiao.ui;

import java.util.List;
import org.zhibiao.ui.catalogue.CatalogueScreen;
import org.zhibiao.ui.common.Screen;
import org.zhibiao.ui.dashboard.DashboardScreen;
import org.zhibiao.ui.importing.ImportScreen;
import org.zhibiao.ui.regions.RegionsScreen;
import org.zhibiao.ui.report.ReportScreen;
import org.zhibiao.ui.submissions.SubmissionsScreen;

/** The screens of the navigation, in order. A new screen joins with one line here. */
public final class Screens {

    private static final List<Screen> ALL = List.of(
            new DashboardScreen(),
            new CatalogueScreen(),
            new RegionsScreen(),
            new ImportScreen(),
            new SubmissionsScreen(),
            new ReportScreen());

    private Screens() {
    }

    public static List<Screen> all() {
        return ALL;
    }
}
