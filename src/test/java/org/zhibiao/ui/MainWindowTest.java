package org.zhibiao.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.domain.Period;
import org.zhibiao.ui.common.SameThreadTaskRunner;
import org.zhibiao.ui.common.Screen;
import org.zhibiao.ui.common.UiPreferences;
import org.zhibiao.ui.common.UserMessages;

/** The main window on a real database: title, navigation, language switch. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    Path dir;
    private MainViewModel model;
    private Stage stage;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new MainViewModel(new SameThreadTaskRunner(), new UiPreferences(dir.resolve("preferences.properties"), Locale.CHINA));
        new MainWindow(stage, model, new SameThreadTaskRunner(), dialogs).show();
        model.open(TestDatabases.jilin(dir));
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.close()).get();
    }

    @Test
    void theWindowOpensOnTheDashboardAndOffersTheCatalogue(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("指标 — test.db");
        ListView<Screen> navigation = robot.lookup("#navigation").queryListView();
        assertThat(navigation.getItems()).extracting(Screen::id).containsExactly("dashboard", "catalogue", "regions", "import", "submissions", "report");
        assertThat(robot.lookup("#dashboard").tryQuery()).isPresent();
        robot.clickOn("#nav-catalogue");
        TreeTableView<?> tree = robot.lookup("#indicatorTree").queryAs(TreeTableView.class);
        assertThat(tree.getRoot().getChildren()).hasSize(5);
    }

    @Test
    void theNavigationShowsTheRegions(FxRobot robot) {
        robot.clickOn("#nav-regions");
        assertThat(robot.lookup("#regionTree").tryQuery()).isPresent();
        assertThat(robot.lookup("#indicatorTree").tryQuery()).isEmpty();
    }

    @Test
    void switchingTheLanguageRebuildsTheWindowInEnglishAndRemembersIt(FxRobot robot) {
        robot.clickOn("#nav-catalogue");
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Menu view = bar.getMenus().get(1);
        assertThat(view.getText()).isEqualTo("视图");
        MenuItem english = ((Menu) view.getItems().get(0)).getItems().stream()
                .filter(i -> "menuLanguage-en".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(english::fire);

        assertThat(stage.getTitle()).isEqualTo("Zhibiao — test.db");
        MenuBar menu = robot.lookup("#menuBar").queryAs(MenuBar.class);
        assertThat(menu.getMenus()).extracting(m -> m.getText()).containsExactly("File", "View", "Help");
        assertThat(robot.lookup("#nav-catalogue").queryLabeled().getText()).contains("Catalogue");
        assertThat(robot.lookup("#statusBar").queryAs(StatusBar.class).getText()).isEqualTo("test.db is open.");
        assertThat(robot.lookup("#save").queryButton().getText()).isEqualTo("Save");
        assertThat(new UiPreferences(dir.resolve("preferences.properties"), Locale.CHINA).language()).isEqualTo("en");
    }

    @Test
    void aFirstStartCreatesTheDemoDatabaseOfJilin() throws Exception {
        Path fresh = dir.resolve("data/zhibiao.db");
        MainViewModel first = new MainViewModel(new SameThreadTaskRunner(),
                new UiPreferences(dir.resolve("data/preferences.properties"), Locale.CHINA));
        WaitForAsyncUtils.asyncFx(() -> first.openAtStart(fresh)).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(first.getTitle()).isEqualTo("指标 — zhibiao.db");
        Workspace demo = first.getWorkspace();
        assertThat(demo.file()).isEqualTo(fresh);
        assertThat(demo.regions().home()).map(r -> r.name()).contains("吉林省");
        assertThat(demo.observations().periods()).contains(Period.of(2010, 4), Period.of(2016, 4));
        assertThat(demo.catalogue().targets()).anyMatch(t -> t.demo());
        WaitForAsyncUtils.asyncFx(first::close).get();
    }

    @Test
    void aLastDatabaseThatCannotBeOpenedAtStartFailsWithItsOwnReason() throws Exception {
        Path broken = dir.resolve("data/broken.db");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "not a database, but long enough to be taken for one by its size".repeat(20));
        UiPreferences preferences = new UiPreferences(dir.resolve("data/preferences.properties"), Locale.CHINA);
        preferences.setLastDatabase(broken);
        MainViewModel starting = new MainViewModel(new SameThreadTaskRunner(), preferences);

        assertThatThrownBy(() -> WaitForAsyncUtils.asyncFx(() -> starting.openAtStart(dir.resolve("data/zhibiao.db")))
                .get()).cause().cause().isInstanceOf(ZhibiaoException.class)
                .satisfies(e -> assertThat(UserMessages.sentence(e, starting.getMessages())).contains("broken.db"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(starting.getWorkspace()).isNull();
        assertThat(starting.statusProperty().get()).isEqualTo("无法打开 broken.db。");
        assertThat(dir.resolve("data/zhibiao.db")).doesNotExist();
    }

    @Test
    void theLastDatabaseIsOpenedAgainAtTheNextStart() throws Exception {
        Path defaultDatabase = dir.resolve("data/zhibiao.db");
        WaitForAsyncUtils.asyncFx(() -> model.openAtStart(defaultDatabase)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getWorkspace().file()).isEqualTo(dir.resolve("test.db"));
        assertThat(defaultDatabase).doesNotExist();
    }

    @Test
    void theWindowSizeAndTheDashboardDividerAreKeptForTheNextStart(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1100);
            stage.setHeight(700);
        });
        SplitPane split = robot.lookup("#dashboardSplit").queryAs(SplitPane.class);
        robot.interact(() -> split.setDividerPositions(0.3));
        UiPreferences kept = new UiPreferences(dir.resolve("preferences.properties"), Locale.CHINA);
        assertThat(kept.number("window.width")).hasValue(1100);
        assertThat(kept.number("window.height")).hasValue(700);
        assertThat(kept.divider("dashboard", 0.5)).isCloseTo(0.3, within(0.01));

        robot.interact(() -> stage.setMaximized(true));
        assertThat(new UiPreferences(dir.resolve("preferences.properties"), Locale.CHINA).number("window.maximised"))
                .hasValue(1);
        robot.interact(() -> model.setLanguage("en"));
        assertThat(robot.lookup("#dashboardSplit").queryAs(SplitPane.class).getDividerPositions()[0])
                .isCloseTo(0.3, within(0.05));
    }

    @Test
    void theDashboardFitsAt1366x768AndScrollsToEverythingAt1024x640(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane scroll = robot.lookup("#dashboardScroll").queryAs(ScrollPane.class);
        Region content = (Region) scroll.getContent();
        assertThat(content.getHeight()).isLessThanOrEqualTo(scroll.getViewportBounds().getHeight() + 1);
        assertThat(content.getWidth()).isLessThanOrEqualTo(scroll.getViewportBounds().getWidth() + 1);

        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroll.getWidth()).as("the dashboard beside the navigation").isLessThan(1024 - 150);
        robot.interact(() -> {
            scroll.setVvalue(scroll.getVmax());
            scroll.setHvalue(scroll.getHmax());
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds viewport = scroll.localToScreen(scroll.getBoundsInLocal());
        Node svg = robot.lookup("#chartActual-export-svg").query();
        Bounds button = svg.localToScreen(svg.getBoundsInLocal());
        assertThat(viewport.contains(button)).as("%s inside %s", button, viewport).isTrue();
    }

    @Test
    void theCommonActionsHaveShortcuts(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        assertThat(bar.getMenus().get(0).getItems()).filteredOn(i -> i.getId() != null)
                .filteredOn(i -> List.of("menuNew", "menuOpen", "menuExit").contains(i.getId()))
                .extracting(i -> i.getAccelerator().getName()).containsExactly("Shortcut+N", "Shortcut+O", "Shortcut+Q");
        Path other = Files.createDirectories(dir.resolve("other"));
        dialogs.toOpen = Files.move(TestDatabases.jilin(other), other.resolve("吉林.db"));
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("指标 — 吉林.db");
    }

    @Test
    void anotherDatabaseReplacesTheOpenOne(FxRobot robot) throws Exception {
        Path other = Files.createDirectories(dir.resolve("other"));
        Path renamed = Files.move(TestDatabases.jilin(other), other.resolve("长春.db"));
        WaitForAsyncUtils.asyncFx(() -> model.open(renamed)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("指标 — 长春.db");
        Workspace open = model.getWorkspace();
        assertThat(open.file()).isEqualTo(renamed);
    }
}
