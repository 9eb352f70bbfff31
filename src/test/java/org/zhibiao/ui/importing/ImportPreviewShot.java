package org.zhibiao.ui.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Period;
import org.zhibiao.i18n.Messages;
import org.zhibiao.returns.Returns;
import org.zhibiao.service.InitService;
import org.zhibiao.ui.common.FxDialogService;
import org.zhibiao.ui.common.FxTaskRunner;
import org.zhibiao.ui.common.ScreenContext;
import org.zhibiao.ui.common.Styles;
import org.zhibiao.ui.common.UnsavedChanges;

/**
 * Opens the Import screen on a demo database in {@code $ZHIBIAO_HOME} with a passing and a rejected
 * return loaded, for a look at the preview (e.g. a screenshot).
 */
public final class ImportPreviewShot {

    private ImportPreviewShot() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window; a nested class so that the launcher itself is not an Application. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) throws IOException {
            show(stage);
        }
    }

    private static void show(Stage stage) throws IOException {
        Path home = Path.of(System.getenv("ZHIBIAO_HOME"));
        Files.createDirectories(home);
        Workspace workspace = Workspace.open(home.resolve("demo.db"));
        workspace.init().initialise(InitService.DEFAULT_HOME, true);
        workspace.demo().generate();
        Period q = Period.parse("2016Q4");
        Path templates = home.resolve("templates");
        List<Path> blank = workspace.returns().templates().generate(q, List.of("220100", "220200"), templates);
        Path good = Returns.fill(blank.get(0), Map.of("E08", Returns.value(7)), home.resolve("in/长春市2016年第4季度.xlsx"));
        Path bad = Returns.fill(blank.get(1), Map.of("E08", Returns.value("约95"), "P01", Returns.fraction("九十", 100)),
                home.resolve("in/吉林市2016年四季度.xlsx"));
        Messages messages = Messages.of(Messages.CHINESE);
        FxDialogService dialogs = new FxDialogService(() -> stage, () -> messages);
        ScreenContext context = new ScreenContext(workspace, messages, new FxTaskRunner(dialogs::showError), dialogs,
                new UnsavedChanges());
        ImportViewModel model = ImportScreen.model(context);
        Scene scene = new Scene((Parent) new ImportScreen().create(context, model), 1400, 900);
        scene.getStylesheets().add(ImportPreviewShot.class.getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages.get("uiimport.title"));
        stage.show();
        model.load(List.of(good, bad));
    }
}
