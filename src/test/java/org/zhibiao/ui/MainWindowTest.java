package org.zhibiao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeTableView;
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
import org.zhibiao.domain.Period;
import org.zhibiao.ui.common.SameThreadTaskRunner;
import org.zhibiao.ui.common.Screen;
import org.zhibiao.ui.common.UiPreferences;

/** The main window on a real database: title, navigation, language switch. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    Path dir;
    private MainViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new MainViewModel(new SameThreadTaskRunner(), new UiPreferences(dir.resolve("preferences.properties")));
        new MainWindow(stage, model, new SameThreadTaskRunner(), new RecordingDialogs()).show();
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
        assertThat(new UiPreferences(dir.resolve("preferences.properties")).language()).isEqualTo("en");
    }

    @Test
    void aFirstStartCreatesTheDemoDatabaseOfJilin() throws Exception {
        Path fresh = dir.resolve("data/zhibiao.db");
        MainViewModel first = new MainViewModel(new SameThreadTaskRunner(),
                new UiPreferences(dir.resolve("data/preferences.properties")));
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
    void theLastDatabaseIsOpenedAgainAtTheNextStart() throws Exception {
        Path defaultDatabase = dir.resolve("data/zhibiao.db");
        WaitForAsyncUtils.asyncFx(() -> model.openAtStart(defaultDatabase)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getWorkspace().file()).isEqualTo(dir.resolve("test.db"));
        assertThat(defaultDatabase).doesNotExist();
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
