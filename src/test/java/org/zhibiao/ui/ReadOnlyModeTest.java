package org.zhibiao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.nio.file.attribute.FileTime;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhibiao.DemoDatabase;
import org.zhibiao.domain.Period;
import org.zhibiao.ui.common.SameThreadTaskRunner;
import org.zhibiao.ui.common.Screen;
import org.zhibiao.ui.common.UiPreferences;

/** A supervisor browses a database opened read-only: nothing can change it, and nothing offers to. */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyModeTest {

    @TempDir
    static Path dir;
    private static Path db;
    private static byte[] bytesBefore;
    private static FileTime timeBefore;
    private MainViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        db = DemoDatabase.copyInto(Files.createDirectories(dir.resolve("db-" + System.nanoTime())));
        bytesBefore = Files.readAllBytes(db);
        timeBefore = Files.getLastModifiedTime(db);
        model = new MainViewModel(new SameThreadTaskRunner(), new UiPreferences(dir.resolve("preferences.properties"), Locale.CHINA));
        new MainWindow(stage, model, new SameThreadTaskRunner(), new RecordingDialogs()).show();
        model.openReadOnly(db);
    }

    @Test
    void browsingLeavesTheFileAsItWasAndNoEditingIsOffered(FxRobot robot) throws Exception {
        assertThat(stage.getTitle()).contains("只读");
        assertThat(robot.lookup("#readOnlyBanner").queryLabeled().getText()).startsWith("只读")
                .contains(db.getFileName().toString());
        ListView<Screen> navigation = robot.lookup("#navigation").queryListView();
        assertThat(navigation.getItems()).extracting(Screen::id).doesNotContain("catalogue").contains("dashboard");
        assertThat(navigation.getItems()).noneMatch(Screen::edits);

        @SuppressWarnings("unchecked")
        ComboBox<Period> period = robot.lookup("#periodChoice").queryAs(ComboBox.class);
        robot.interact(() -> period.setValue(Period.of(2014, 3)));
        robot.clickOn("吉林市");
        robot.clickOn("#year-2020");
        TableView<?> table = robot.lookup("#indicatorTable").queryAs(TableView.class);
        assertThat(table.getItems()).isNotEmpty();
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#openDetail");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-regions");
        assertThat(robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(0).getItems())
                .extracting(i -> i.getId()).doesNotContain("menuImport", "menuLock");

        WaitForAsyncUtils.asyncFx(() -> model.close()).get();
        assertThat(Files.readAllBytes(db)).isEqualTo(bytesBefore);
        assertThat(Files.getLastModifiedTime(db)).isEqualTo(timeBefore);
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        assertThat(Files.exists(wal) ? Files.size(wal) : 0).as("nothing written to the WAL").isZero();
    }
}
