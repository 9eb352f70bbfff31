package org.zhibiao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.ui.common.FxTaskRunner;
import org.zhibiao.ui.common.UiPreferences;
import org.zhibiao.ui.common.UserMessages;

/** File ▸ New and File ▸ Open with the real background runner; failures reach the user. */
@ExtendWith(ApplicationExtension.class)
class DatabaseMenuTest {

    @TempDir
    Path dir;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final CompletableFuture<Throwable> reported = new CompletableFuture<>();
    private FxTaskRunner tasks;
    private MainViewModel model;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        tasks = new FxTaskRunner(problem -> {
            dialogs.showError(problem);
            reported.complete(problem);
        });
        model = new MainViewModel(tasks, new UiPreferences(dir.resolve("preferences.properties"), Locale.CHINA));
        window = new MainWindow(stage, model, tasks, dialogs);
        window.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(model::close).get();
        tasks.close();
    }

    @Test
    void newDatabaseCreatesItForTheChosenHomeRegionAndOpensIt(FxRobot robot) throws Exception {
        dialogs.toCreate = dir.resolve("长春市.db");
        dialogs.home = "220100";
        robot.interact(window::newDatabase);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.getWorkspace() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getTitle()).isEqualTo("指标 — 长春市.db");
        assertThat(model.getWorkspace().regions().home()).map(r -> r.name()).contains("长春市");
        assertThat(model.getWorkspace().catalogue().indicators()).hasSize(64);
        assertThat(robot.lookup("#dashboard").tryQuery()).isPresent();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedWithATranslatedSentence(FxRobot robot) throws Exception {
        dialogs.toOpen = Files.writeString(dir.resolve("notes.db"), "这不是数据库，只是一段文字。".repeat(50));
        robot.interact(window::openDatabase);
        Throwable problem = reported.get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(problem).isInstanceOf(ZhibiaoException.class);
        assertThat(UserMessages.sentence(problem, model.getMessages())).contains("notes.db");
        assertThat(model.getWorkspace()).isNull();
        assertThat(model.statusProperty().get()).isEqualTo("无法打开 notes.db。");
        assertThat(robot.lookup("#noDatabase").tryQuery()).isPresent();
    }

    @Test
    void aFailedOpenKeepsThePreviousDatabaseOpenAndSaysSo(FxRobot robot) throws Exception {
        Path kept = TestDatabases.jilin(dir);
        robot.interact(() -> model.open(kept));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.getWorkspace() != null);
        dialogs.toOpen = Files.writeString(dir.resolve("broken.db"), "不是数据库".repeat(50));
        robot.interact(window::openDatabase);
        reported.get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.getWorkspace().file()).isEqualTo(kept);
        assertThat(stage.getTitle()).isEqualTo("指标 — test.db");
        assertThat(model.statusProperty().get()).isEqualTo("无法打开 broken.db；仍在使用 test.db。");
        assertThat(robot.lookup("#dashboard").tryQuery()).isPresent();
    }
}
