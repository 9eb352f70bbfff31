package org.zhibiao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhibiao.DemoDatabase;
import org.zhibiao.cli.CliRunner;
import org.zhibiao.domain.ServerAddress;
import org.zhibiao.returns.Returns;
import org.zhibiao.storage.TestPostgres;
import org.zhibiao.ui.common.FxTaskRunner;
import org.zhibiao.ui.common.UiPreferences;

/**
 * Another officer imports a return into the database that is open in the window, from another
 * process or PC: the dashboard shows the new data with a note 数据已更新 and the time, without a
 * restart; as long as nobody changes anything, nothing is reloaded. On a database file and on a
 * server alike.
 */
@ExtendWith(ApplicationExtension.class)
class DataUpdatedTest {

    private static final String BAICHENG = "220800";
    private static final String TILE = "tile-count-";

    @TempDir
    Path dir;
    private FxTaskRunner tasks;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        tasks = new FxTaskRunner(problem -> { });
        model = new MainViewModel(tasks, new UiPreferences(dir.resolve("preferences.properties"), Locale.CHINA),
                Duration.ofMillis(200));
        new MainWindow(stage, model, tasks, new RecordingDialogs()).show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(model::close).get();
        tasks.close();
    }

    @Test
    void aReturnImportedIntoTheFileByAnotherProcessShowsOnTheOpenDashboard(FxRobot robot) throws Exception {
        Path db = DemoDatabase.copyInto(dir);
        robot.interact(() -> model.open(db));
        seesWhatIsImportedElsewhere(robot, db.toString());
    }

    @Test
    void aReturnImportedIntoTheServerDatabaseByAnotherSessionShowsOnTheOpenDashboard(FxRobot robot) throws Exception {
        String server = TestPostgres.freshAddress();
        assertThat(CliRunner.run("init", "--db", server, "--demo").exitCode()).isZero();
        robot.interact(() -> model.connect(ServerAddress.parse(server), null));
        seesWhatIsImportedElsewhere(robot, server);
    }

    private void seesWhatIsImportedElsewhere(FxRobot robot, String db) throws Exception {
        Path ret = baichengReturn();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#tile-count-NO_DATA").queryAll().isEmpty());
        robot.clickOn("白城市");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#dashboardProgress").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, String> before = tiles(robot);
        Node progress = robot.lookup("#dashboardProgress").query();
        AtomicInteger reloads = new AtomicInteger();
        robot.interact(() -> progress.visibleProperty().addListener((o, was, now) -> {
            if (now) {
                reloads.incrementAndGet();
            }
        }));
        Label note = robot.lookup("#dataUpdatedNote").queryAs(Label.class);

        int checked = model.changeChecks();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.changeChecks() >= checked + 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(note.isVisible()).as("nothing changed yet").isFalse();
        assertThat(reloads).as("no reload while nothing changed").hasValue(0);
        assertThat(tiles(robot)).isEqualTo(before);

        CliRunner.Result imported = CliRunner.run("import", "--db", db, "--lang", "en", ret.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, note::isVisible);
        assertThat(note.getText()).startsWith("数据已更新").containsPattern("\\d\\d:\\d\\d:\\d\\d");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !before.equals(tiles(robot)));
        assertThat(Integer.parseInt(tiles(robot).get("NO_DATA"))).isLessThan(Integer.parseInt(before.get("NO_DATA")));
        assertThat(reloads.get()).isPositive();
    }

    /** 白城市's 2016Q4 return, which the demo history lacks. */
    private Path baichengReturn() throws Exception {
        Path templates = Returns.plainDatabase(Files.createDirectories(dir.resolve("templates")));
        return Returns.fill(Returns.template(templates, dir, BAICHENG, "2016Q4"),
                Map.of("P07", Returns.fraction(95, 100), "E08", Returns.value(3.5)), dir.resolve(BAICHENG + ".xlsx"));
    }

    /** The count on each status tile, read on the FX thread (the counts change when the data does). */
    private static Map<String, String> tiles(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(n -> n.getId() != null && n.getId().startsWith(TILE))
                .queryAllAs(Labeled.class).stream()
                .collect(Collectors.toMap(l -> l.getId().substring(TILE.length()), Labeled::getText))).get();
    }
}
