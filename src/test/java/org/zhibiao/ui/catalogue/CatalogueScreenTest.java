package org.zhibiao.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
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
import org.zhibiao.domain.Comparator;
import org.zhibiao.domain.Target;
import org.zhibiao.domain.TargetType;
import org.zhibiao.ui.TestDatabases;
import org.zhibiao.ui.common.ScreenContext;
import org.zhibiao.ui.common.Styles;

/** The catalogue screen as a user works with it, on a real database file. */
@ExtendWith(ApplicationExtension.class)
class CatalogueScreenTest {

    @TempDir
    Path dir;
    private Path file;
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        file = TestDatabases.jilin(dir);
        workspace = Workspace.open(file);
        workspace.catalogue().saveTarget(new Target("P01", "220100", "长春市", 2020, Comparator.AT_LEAST, 95, null,
                null, null, false, TargetType.EXPECTED, "", "", "", true));
        ScreenContext context = TestContexts.chinese(workspace);
        stage.setScene(new Scene((Parent) new CatalogueScreen().create(context), 1200, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void listsTheSixtyFourIndicatorsUnderTheFiveCategoriesAndSearchNarrowsThem(FxRobot robot) {
        TreeTableView<IndicatorTree.Row> tree = tree(robot);
        assertThat(tree.getRoot().getChildren()).extracting(h -> h.getValue().category().name())
                .containsExactly("PRODUCT", "ENGINEERING", "SERVICE", "ENVIRONMENT", "FOUNDATION");
        assertThat(leaves(tree)).isEqualTo(64);
        assertThat(robot.lookup("产品质量（16）").tryQuery()).isPresent();

        robot.clickOn("#catalogueSearch").write("抽查合格率");
        assertThat(leaves(tree)).isBetween(1, 63);
        robot.push(KeyCode.CONTROL, KeyCode.A).write("e01");
        assertThat(leaves(tree)).isEqualTo(1);
        assertThat(tree.getRoot().getChildren().get(0).getChildren().get(0).getValue().indicator().code())
                .isEqualTo("E01");
    }

    @Test
    void editingATargetValueAndSavingPersistsIt(FxRobot robot) {
        robot.clickOn("P06");
        assertThat(robot.lookup("#indicatorHeading").queryLabeled().getText()).startsWith("P06");
        assertThat(robot.lookup("#save").queryButton().isDisabled()).isTrue();

        robot.clickOn("#target-value-0").push(KeyCode.CONTROL, KeyCode.A).write("88.5");
        assertThat(robot.lookup("#save").queryButton().isDisabled()).isFalse();
        assertThat(tree(robot).isDisabled()).as("the list waits for save or revert").isTrue();
        robot.clickOn("#save");

        assertThat(robot.lookup("#save").queryButton().isDisabled()).isTrue();
        Label result = robot.lookup("#saveResult").queryAs(Label.class);
        assertThat(result.getText()).startsWith("已保存 P06 ").contains("1 个目标");
        assertThat(result.getStyleClass()).contains(Styles.CONFIRMATION);
        robot.clickOn("#target-value-0").push(KeyCode.CONTROL, KeyCode.A).write("89");
        assertThat(result.getText()).as("the confirmation goes once the form is edited again").isEmpty();
        try (Workspace fresh = Workspace.open(file)) {
            assertThat(fresh.catalogue().targetsOf("P06").get(0).value()).isEqualTo(88.5);
        }
    }

    @Test
    void aSaveThatFailsSaysSoAndKeepsTheChangesInTheForm(FxRobot robot) {
        robot.clickOn("P06");
        robot.clickOn("#target-value-0").push(KeyCode.CONTROL, KeyCode.A).write("88.5");
        workspace.close();
        Button save = robot.lookup("#save").queryButton();
        robot.interact(() -> assertThatThrownBy(save::fire).hasMessageContaining("background work failed"));

        Label result = robot.lookup("#saveResult").queryAs(Label.class);
        assertThat(result.getText()).isEqualTo("P06 未能保存；修改仍在编辑区，可再次保存。");
        assertThat(result.getStyleClass()).contains(Styles.VALIDATION_MESSAGE).doesNotContain(Styles.CONFIRMATION);
        assertThat(robot.lookup("#target-value-0").queryAs(TextField.class).getText()).isEqualTo("88.5");
        assertThat(save.isDisabled()).isFalse();
    }

    @Test
    void anInvalidValueIsFlaggedAndSaveIsDisabled(FxRobot robot) {
        robot.clickOn("P06");
        robot.clickOn("#target-value-0").push(KeyCode.CONTROL, KeyCode.A).write("85%");
        TextField value = robot.lookup("#target-value-0").queryAs(TextField.class);
        assertThat(value.getStyleClass()).contains(Styles.INVALID);
        assertThat(robot.lookup("#save").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#problem").queryLabeled().getText()).contains("不是数字");

        robot.clickOn("#decimals").push(KeyCode.CONTROL, KeyCode.A).write("9");
        assertThat(robot.lookup("#decimals").queryAs(TextField.class).getStyleClass()).contains(Styles.INVALID);
        robot.clickOn("#revert");
        assertThat(value.getStyleClass()).doesNotContain(Styles.INVALID);
        assertThat(workspaceValue()).isEqualTo(85.0);
    }

    @Test
    void demoTargetsAreMarked(FxRobot robot) {
        robot.clickOn("P01");
        assertThat(robot.lookup("演示").tryQuery()).isPresent();
    }

    private double workspaceValue() {
        return workspace.catalogue().targetsOf("P06").get(0).value();
    }

    @SuppressWarnings("unchecked")
    private static TreeTableView<IndicatorTree.Row> tree(FxRobot robot) {
        return robot.lookup("#indicatorTree").queryAs(TreeTableView.class);
    }

    private static int leaves(TreeTableView<IndicatorTree.Row> tree) {
        return tree.getRoot().getChildren().stream().mapToInt(h -> h.getChildren().size()).sum();
    }
}
