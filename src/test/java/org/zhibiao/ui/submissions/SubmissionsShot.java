package org.zhibiao.ui.submissions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.zhibiao.app.Workspace;
import org.zhibiao.i18n.Messages;
import org.zhibiao.service.InitService;
import org.zhibiao.ui.common.FxDialogService;
import org.zhibiao.ui.common.FxTaskRunner;
import org.zhibiao.ui.common.ScreenContext;
import org.zhibiao.ui.common.Styles;
import org.zhibiao.ui.common.UnsavedChanges;

/** Opens the Submissions screen on a demo database in {@code $ZHIBIAO_HOME}, for a look at the matrix. */
public final class SubmissionsShot {

    private SubmissionsShot() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window; a nested class so that the launcher itself is not an Application. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) throws IOException {
            Path home = Path.of(System.getenv("ZHIBIAO_HOME"));
            Files.createDirectories(home);
            Workspace workspace = Workspace.open(home.resolve("demo.db"));
            workspace.init().initialise(InitService.DEFAULT_HOME, true);
            workspace.demo().generate();
            Messages messages = Messages.of(Messages.CHINESE);
            FxDialogService dialogs = new FxDialogService(() -> stage, () -> messages);
            ScreenContext context = new ScreenContext(workspace, messages, new FxTaskRunner(dialogs::showError),
                    dialogs, new UnsavedChanges());
            Scene scene = new Scene((Parent) new SubmissionsScreen().create(context), 1400, 900);
            scene.getStylesheets().add(SubmissionsShot.class.getResource(Styles.STYLESHEET).toExternalForm());
            stage.setScene(scene);
            stage.show();
        }
    }
}
