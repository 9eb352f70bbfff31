package org.zhibiao.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
import org.zhibiao.domain.Plan;
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

    @Test
    void theFilterShowsTheMonitoredOrTheOtherIndicatorsAndAChoiceByHandIsKeptInTheDatabase(FxRobot robot) {
        int monitored = workspace.plans().monitored().size();
        assertThat(monitored).isBetween(1, 63);
        robot.clickOn("#monitorFilter-MONITORED");
        assertThat(leaves(tree(robot))).isEqualTo(monitored);
        robot.clickOn("#monitorFilter-NOT_MONITORED");
        assertThat(leaves(tree(robot))).isEqualTo(64 - monitored);
        assertThat(robot.lookup("P02").tryQuery()).as("P02: only 西藏 sets it a target").isPresent();

        robot.clickOn("P02");
        assertThat(robot.lookup("#toggleMonitor").queryButton().getText()).isEqualTo("纳入监测");
        robot.clickOn("#toggleMonitor");
        assertThat(leaves(tree(robot))).isEqualTo(64 - monitored - 1);
        try (Workspace fresh = Workspace.open(file)) {
            assertThat(fresh.plans().monitorChoices()).containsEntry("P02", true);
        }
        robot.clickOn("#monitorFilter-MONITORED");
        robot.clickOn("P02");
        assertThat(robot.lookup("#toggleMonitor").queryButton().getText()).isEqualTo("取消监测");
        robot.clickOn("#toggleMonitor");
        try (Workspace fresh = Workspace.open(file)) {
            assertThat(fresh.plans().monitorChoices()).as("back to what the plans say").doesNotContainKey("P02");
            assertThat(fresh.plans().monitored()).hasSize(monitored);
        }
    }

    @Test
    void thePlansTabListsTheFiveSeedPlansAndTheTargetsEachSets(FxRobot robot) {
        robot.clickOn("#tabPlans");
        TableView<Plan> plans = planTable(robot);
        assertThat(plans.getItems()).extracting(Plan::code)
                .containsExactly("JL2012", "JL2013", "YJ2014", "XZ2014", "SD2016");
        assertThat(robot.lookup("吉政办发〔2013〕17号").tryQuery()).isPresent();
        robot.clickOn("吉政办发〔2013〕17号");
        @SuppressWarnings("unchecked")
        TableView<Target> targets = robot.lookup("#planTargets").queryAs(TableView.class);
        assertThat(targets.getItems()).extracting(Target::indicatorCode).containsExactly("F19", "F20");
        assertThat(robot.lookup("#plan-code").queryAs(TextField.class).getText()).isEqualTo("JL2013");
        assertThat(robot.lookup("#plan-code").queryAs(TextField.class).isEditable()).isFalse();
    }

    @Test
    void aPlanIsAddedEditedAndRetiredFromTheScreenUnderTheWorkbooksRules(FxRobot robot) {
        robot.clickOn("#tabPlans");
        robot.clickOn("#addPlan");
        robot.clickOn("#plan-code").write("JL2021");
        robot.clickOn("#plan-title_zh").write("吉林省质量强省建设“十四五”规划");
        robot.clickOn("#plan-issued").write("2021-09-30");
        robot.clickOn("#plan-first_year").write("2025");
        robot.clickOn("#plan-last_year").write("2021");
        robot.clickOn("#savePlan");
        assertThat(robot.lookup("#planProblem").queryLabeled().getText()).contains("终止目标年", "2021");
        assertThat(workspace.plans().plans()).extracting(Plan::code).doesNotContain("JL2021");

        robot.clickOn("#plan-last_year").push(KeyCode.CONTROL, KeyCode.A).write("2030");
        robot.clickOn("#plan-region_code").write("220000");
        robot.clickOn("#savePlan");
        assertThat(robot.lookup("#planProblem").queryLabeled().getText()).isEmpty();
        try (Workspace fresh = Workspace.open(file)) {
            Plan added = fresh.plans().plans().stream().filter(p -> p.code().equals("JL2021")).findFirst().orElseThrow();
            assertThat(added.firstYear()).isEqualTo(2025);
            assertThat(added.lastYear()).isEqualTo(2030);
            assertThat(added.issued()).hasToString("2021-09-30");
            assertThat(added.retired()).isFalse();
        }

        robot.clickOn("#addPlan");
        robot.clickOn("#plan-code").write("JL2012");
        robot.clickOn("#plan-title_zh").write("重复");
        robot.clickOn("#savePlan");
        assertThat(robot.lookup("#planProblem").queryLabeled().getText()).contains("JL2012");

        robot.clickOn("藏政办发〔2014〕65号");
        robot.clickOn("#plan-number").push(KeyCode.CONTROL, KeyCode.A).write("藏政办发〔2014〕66号");
        robot.clickOn("#savePlan");
        robot.clickOn("#retirePlan");
        try (Workspace fresh = Workspace.open(file)) {
            Plan tibet = fresh.plans().plans().stream().filter(p -> p.code().equals("XZ2014")).findFirst().orElseThrow();
            assertThat(tibet.number()).isEqualTo("藏政办发〔2014〕66号");
            assertThat(tibet.retired()).isTrue();
        }
        assertThat(robot.lookup("#retirePlan").queryButton().getText()).isEqualTo("恢复规划");
        assertThat(robot.lookup("已停用").tryQuery()).isPresent();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Plan> planTable(FxRobot robot) {
        return robot.lookup("#planTable").queryAs(TableView.class);
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
