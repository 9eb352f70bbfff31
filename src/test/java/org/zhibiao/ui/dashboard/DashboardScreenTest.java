package org.zhibiao.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhibiao.ui.TestContexts;
import org.zhibiao.analysis.Method;
import org.zhibiao.analysis.Status;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.analysis.TargetChoice;
import org.zhibiao.analysis.Trend;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Observation;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.Target;

/** The dashboard on the demo database, driven as a supervisor would. */
@ExtendWith(ApplicationExtension.class)
class DashboardScreenTest {

    @TempDir
    Path dir;
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        workspace = DemoDashboard.show(stage, dir, TestContexts::chinese, 1200, 780);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> workspace.close()).get();
    }

    @Test
    void opensOnTheLatestQuarterAndTheHomeRegionAsTheStatusCommandSeesThem(FxRobot robot) {
        assertShows(robot, Period.of(2016, 4), "220000", TargetChoice.IN_FORCE);
    }

    @Test
    void changingQuarterRegionAndTargetYearShowsTheStatusOfThatSelection(FxRobot robot) {
        robot.interact(() -> periodChoice(robot).setValue(Period.of(2013, 2)));
        robot.clickOn("#year-2015");
        robot.clickOn("长春市");
        WaitForAsyncUtils.waitForFxEvents();
        assertShows(robot, Period.of(2013, 2), "220100", TargetChoice.of(2015));
        robot.clickOn("#year-2013");
        assertShows(robot, Period.of(2013, 2), "220100", TargetChoice.of(2013));
        robot.clickOn("#year-in-force");
        assertShows(robot, Period.of(2013, 2), "220100", TargetChoice.IN_FORCE);
    }

    @Test
    void theTargetYearsOfferedAreThoseOfTheMonitoredSetNotOfTheWholeCatalogue(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.catalogue().targets()).as("西藏 and 阳江 set 2014 targets in the catalogue")
                .anyMatch(t -> t.targetYear() == 2014);
        assertThat(yearButtons(robot)).containsExactly("year-in-force", "year-2013", "year-2015", "year-2020");
    }

    @Test
    void aTargetYearAddedForTheHomeRegionBecomesAChoiceAndOneForAnotherProvinceDoesNot(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Target p06 = workspace.catalogue().targetsOf("P06").get(0);
        workspace.catalogue().saveTarget(new Target("P06", "220000", "吉林省", 2025, p06.comparator(), 88, null,
                p06.basePeriod(), null, false, p06.type(), p06.doc(), "", "", false));
        workspace.catalogue().saveTarget(new Target("P06", "540000", "西藏自治区", 2030, p06.comparator(), 90, null,
                p06.basePeriod(), null, false, p06.type(), "XZ2014", "", "", false));
        Stage stage = (Stage) robot.lookup("#year-in-force").query().getScene().getWindow();
        robot.interact(() -> stage.setScene(new Scene((Parent) new DashboardScreen(root -> (name, kind) ->
                Optional.empty()).create(TestContexts.chinese(workspace)), 1200, 780)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(yearButtons(robot)).containsExactly("year-in-force", "year-2013", "year-2015", "year-2020",
                "year-2025");
    }

    @Test
    void aQuarterShownBeforeShowsATargetChangedSinceWhenItIsChosenAgain(FxRobot robot) {
        Period latest = Period.of(2016, 4);
        robot.interact(() -> periodChoice(robot).setValue(Period.of(2016, 3)));
        robot.interact(() -> periodChoice(robot).setValue(latest));
        robot.interact(() -> periodChoice(robot).setValue(Period.of(2016, 3)));
        StatusRow before = row(robot, "P06");
        assertThat(before.target()).isNotNull().isNotEqualTo(99.5);
        for (Target t : workspace.catalogue().targetsOf("P06")) {
            if (t.regionCode().equals("220000")) {
                workspace.catalogue().saveTarget(new Target(t.indicatorCode(), t.regionCode(), t.regionName(),
                        t.targetYear(), t.comparator(), 99.5, t.valueMax(), t.basePeriod(), t.baseValue(), t.cumulative(),
                        t.type(), t.doc(), t.leadDepartments(), t.note(), t.demo()));
            }
        }

        robot.interact(() -> periodChoice(robot).setValue(latest));

        assertThat(row(robot, "P06").target()).isEqualTo(99.5);
        assertShows(robot, latest, "220000", TargetChoice.IN_FORCE);
    }

    @Test
    void theGapChartShowsTheQuarterChosenWhileItsTabWasNotAndThenEachChosenOnIt(FxRobot robot) {
        robot.interact(() -> periodChoice(robot).setValue(Period.of(2016, 3)));
        robot.clickOn("#tabGap");
        WaitForAsyncUtils.waitForFxEvents();
        ChartViewer gap = robot.lookup("#chartGap").queryAs(ChartViewer.class);
        assertThat(gap.getChart().getTitle().getText()).isEqualTo("吉林省 2016年第3季度 各指标距目标差距");

        robot.interact(() -> periodChoice(robot).setValue(Period.of(2015, 4)));

        assertThat(gap.getChart().getTitle().getText()).isEqualTo("吉林省 2015年第4季度 各指标距目标差距");
    }

    private static StatusRow row(FxRobot robot, String code) {
        TableView<StatusRow> table = table(robot);
        return table.getItems().get(indexOf(table, code));
    }

    @Test
    void eachRowNamesThePlanItsTargetComesFrom(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableColumn<StatusRow, ?> plan = table(robot).getColumns().stream()
                .filter(c -> "column-plan".equals(c.getId())).findFirst().orElseThrow();
        assertThat(plan.getText()).isEqualTo("目标所依据的规划");
        TableView<StatusRow> table = table(robot);
        assertThat(plan.getCellData(table.getItems().get(indexOf(table, "P06"))))
                .isEqualTo("《吉林省人民政府关于贯彻质量发展纲要实施质量强省战略的意见》（吉政发〔2012〕27号）");
        assertThat(plan.getCellData(table.getItems().get(indexOf(table, "P09"))))
                .as("its 2020 target was made for the demo").isEqualTo("演示目标（无规划依据）");
    }

    private static List<String> yearButtons(FxRobot robot) {
        return robot.lookup(n -> n.getId() != null && n.getId().startsWith("year-")).queryAll().stream()
                .map(n -> n.getId()).toList();
    }

    @Test
    void theMonitoredSetByDefaultAndTheWholeCatalogueAtTheSwitch(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).hasSize(24).noneMatch(r -> r.indicator().code().equals("P01"));
        StatusRow p06 = table(robot).getItems().stream().filter(r -> r.indicator().code().equals("P06")).findFirst()
                .orElseThrow();
        assertThat(p06.trend()).isEqualTo(Trend.IMPROVING_FAST);
        TableColumn<StatusRow, ?> trend = table(robot).getColumns().stream()
                .filter(c -> "column-trend".equals(c.getId())).findFirst().orElseThrow();
        assertThat(trend.getCellData(p06)).as("P06's trend, shown as arrow and word").isEqualTo("↑↑ 明显改善");
        robot.clickOn("#allIndicators");
        WaitForAsyncUtils.waitForFxEvents();
        List<StatusRow> all = table(robot).getItems();
        assertThat(all).hasSize(64);
        StatusRow p01 = all.stream().filter(r -> r.indicator().code().equals("P01")).findFirst().orElseThrow();
        assertThat(p01.status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void theCategoryFilterKeepsOnlyItsIndicators(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<org.zhibiao.domain.Category> category = robot.lookup("#categoryChoice").queryAs(ComboBox.class);
        robot.interact(() -> category.setValue(org.zhibiao.domain.Category.ENGINEERING));
        assertThat(table(robot).getItems()).isNotEmpty()
                .allMatch(r -> r.indicator().category() == org.zhibiao.domain.Category.ENGINEERING);
        int shown = table(robot).getItems().size();
        int counted = Integer.parseInt(count(robot, Status.ACHIEVED)) + Integer.parseInt(count(robot, Status.ON_TRACK))
                + Integer.parseInt(count(robot, Status.AT_RISK)) + Integer.parseInt(count(robot, Status.OFF_TRACK))
                + Integer.parseInt(count(robot, Status.REGRESSING)) + Integer.parseInt(count(robot, Status.NOT_MET))
                + Integer.parseInt(count(robot, Status.NO_DATA)) + Integer.parseInt(count(robot, Status.NO_TARGET));
        assertThat(counted).isEqualTo(shown);
    }

    @Test
    void theDetailShowsTrendRankingAndTheLineageWithRevisions(FxRobot robot) {
        TableView<StatusRow> table = table(robot);
        int e02 = indexOf(table, "E02");
        robot.interact(() -> table.getSelectionModel().select(e02));
        robot.clickOn("#openDetail");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText()).contains("E02", "吉林省", "2016年第4季度");
        assertThat(robot.lookup("#detailTrend").tryQuery()).isPresent();
        StatusRow row = table.getItems().get(e02);
        assertThat(robot.lookup("#detailRollup").queryAs(Label.class).getText()).contains(row.coverage().toString());
        @SuppressWarnings("unchecked")
        TableView<Observation> lineage = robot.lookup("#lineageTable").queryAs(TableView.class);
        assertThat(lineage.getItems()).extracting(Observation::regionCode).contains("220100", "220200");
        robot.interact(() -> lineage.getSelectionModel().select(0));
        @SuppressWarnings("unchecked")
        TableView<Observation> history = robot.lookup("#historyTable").queryAs(TableView.class);
        assertThat(history.getItems()).isNotEmpty()
                .allMatch(o -> o.indicatorCode().equals("E02") && o.period().equals(Period.of(2016, 4)));
    }

    @Test
    void aChartAndTheTableAreSavedAsFiles(FxRobot robot) throws Exception {
        robot.clickOn("#chartActual-export-png");
        robot.clickOn("#exportCsv");
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage image = ImageIO.read(dir.resolve("chartActual.png").toFile());
        assertThat(image.getWidth()).isEqualTo(ChartPane.EXPORT_WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartPane.EXPORT_HEIGHT);
        List<String> csv = Files.readAllLines(dir.resolve("indicators.csv"), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).startsWith("indicator_code,indicator_name,category");
        assertThat(csv).hasSize(table(robot).getItems().size() + 1);
    }

    private void assertShows(FxRobot robot, Period period, String region, TargetChoice choice) {
        List<StatusRow> expected = workspace.status().view(period, region, choice, Method.TIME_PROGRESS);
        List<StatusRow> shown = table(robot).getItems();
        assertThat(shown).extracting(r -> r.indicator().code() + " " + r.status() + " " + r.value())
                .containsExactlyInAnyOrderElementsOf(expected.stream()
                        .map(r -> r.indicator().code() + " " + r.status() + " " + r.value()).toList());
        assertThat(shown).allMatch(r -> r.period().equals(period) && r.regionCode().equals(region));
        var counts = expected.stream().collect(Collectors.groupingBy(StatusRow::status, Collectors.counting()));
        for (Status s : Status.values()) {
            assertThat(count(robot, s)).as(s.name()).isEqualTo(String.valueOf(counts.getOrDefault(s, 0L)));
        }
        @SuppressWarnings("unchecked")
        TreeView<Region> regions = robot.lookup("#dashboardRegions").queryAs(TreeView.class);
        TreeItem<Region> selected = regions.getSelectionModel().getSelectedItem();
        assertThat(selected.getValue().code()).isEqualTo(region);
    }

    private static String count(FxRobot robot, Status status) {
        return robot.lookup("#tile-count-" + status.name()).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Period> periodChoice(FxRobot robot) {
        return robot.lookup("#periodChoice").queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<StatusRow> table(FxRobot robot) {
        return robot.lookup("#indicatorTable").queryAs(TableView.class);
    }

    private static int indexOf(TableView<StatusRow> table, String code) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).indicator().code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code + " not in the table");
    }
}
