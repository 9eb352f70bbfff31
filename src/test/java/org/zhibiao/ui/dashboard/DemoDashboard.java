package org.zhibiao.ui.dashboard;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.zhibiao.DemoDatabase;
import org.zhibiao.app.Workspace;
import org.zhibiao.ui.common.ScreenContext;

/** The dashboard shown on a copy of the demo database, its saved files going into the test's folder. */
final class DemoDashboard {

    private DemoDashboard() {
    }

    static Workspace show(Stage stage, Path dir, Function<Workspace, ScreenContext> language, double width,
            double height) {
        Workspace workspace = Workspace.open(DemoDatabase.copyInto(dir));
        FileSaver saver = (name, kind) -> Optional.of(dir.resolve(name + "." + kind));
        Parent screen = (Parent) new DashboardScreen(root -> saver).create(language.apply(workspace));
        stage.setScene(new Scene(screen, width, height));
        stage.show();
        return workspace;
    }
}
