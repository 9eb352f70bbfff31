package org.zhibiao.ui.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.zhibiao.ui.TestContexts;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Region;
import org.zhibiao.ui.TestDatabases;
import org.zhibiao.ui.common.ScreenContext;

@ExtendWith(ApplicationExtension.class)
class RegionsScreenTest {

    @TempDir
    Path dir;
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(TestDatabases.jilin(dir));
        ScreenContext context = TestContexts.chinese(workspace);
        stage.setScene(new Scene((Parent) new RegionsScreen().create(context), 800, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theTreeOpensOnTheNineCitiesOfJilin(FxRobot robot) {
        TreeItem<Region> jilin = tree(robot).getRoot().getChildren().get(0);
        assertThat(jilin.getValue().name()).isEqualTo("吉林省");
        assertThat(jilin.isExpanded()).isTrue();
        assertThat(jilin.getChildren()).hasSize(9).extracting(c -> c.getValue().name()).contains("长春市", "吉林市");
        assertThat(robot.lookup("长春市").tryQuery()).isPresent();
        assertThat(robot.lookup("地市级").tryQuery()).isPresent();
    }

    @Test
    void typingInTheFilterNarrowsTheTree(FxRobot robot) {
        robot.clickOn("#regionFilter").write("延边");
        TreeItem<Region> jilin = tree(robot).getRoot().getChildren().get(0);
        assertThat(jilin.getChildren()).extracting(c -> c.getValue().name()).containsExactly("延边朝鲜族自治州");
    }

    @SuppressWarnings("unchecked")
    private static TreeTableView<Region> tree(FxRobot robot) {
        return robot.lookup("#regionTree").queryAs(TreeTableView.class);
    }
}
