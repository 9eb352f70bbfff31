package org.zhibiao.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhibiao.analysis.Method;
import org.zhibiao.analysis.Status;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Period;
import org.zhibiao.ui.TestContexts;

/** The dashboard answers "which indicators are behind?": order, filters, readable cells, charts. */
@ExtendWith(ApplicationExtension.class)
class DashboardReadingTest {

    private static final List<Status> BEHIND = List.of(Status.REGRESSING, Status.OFF_TRACK, Status.AT_RISK,
            Status.NOT_MET);

    @TempDir
    Path dir;
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        workspace = DemoDashboard.show(stage, dir, TestContexts::chinese, 1366, 720);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> workspace.close()).get();
    }

    @Test
    void rowsBehindComeFirstAndAHeaderClickSortsOtherwise(FxRobot robot) {
        List<Status> statuses = table(robot).getItems().stream().map(StatusRow::status).toList();
        int lastBehind = lastIndexIn(statuses, BEHIND);
        assertThat(lastBehind).isPositive();
        assertThat(statuses.subList(0, lastBehind + 1)).allMatch(BEHIND::contains);
        assertThat(statuses.subList(0, lastBehind + 1)).isSortedAccordingTo(Urgency.STATUS);
        assertThat(statuses.subList(lastBehind + 1, statuses.size())).noneMatch(BEHIND::contains);

        robot.clickOn("#column-indicator");
        List<String> codes = table(robot).getItems().stream().map(r -> r.indicator().code()).toList();
        assertThat(codes).isSorted();
    }

    @Test
    void theFiltersShowOnlyTheIndicatorsBehindOrOnlyThoseAchieved(FxRobot robot) {
        int all = table(robot).getItems().size();
        robot.clickOn("#filter-BEHIND");
        List<StatusRow> behind = List.copyOf(table(robot).getItems());
        assertThat(behind).isNotEmpty().allMatch(r -> BEHIND.contains(r.status()));
        assertThat(behind.size()).isEqualTo(BEHIND.stream().mapToInt(s -> tileCount(robot, s)).sum());
        robot.clickOn("#filter-ACHIEVED");
        assertThat(table(robot).getItems()).hasSize(tileCount(robot, Status.ACHIEVED))
                .allMatch(r -> r.status() == Status.ACHIEVED);
        @SuppressWarnings("unchecked")
        ComboBox<org.zhibiao.domain.Category> category = robot.lookup("#categoryChoice").queryAs(ComboBox.class);
        robot.interact(() -> category.setValue(org.zhibiao.domain.Category.ENGINEERING));
        assertThat(table(robot).getItems()).allMatch(r -> r.status() == Status.ACHIEVED
                && r.indicator().category() == org.zhibiao.domain.Category.ENGINEERING);
        robot.clickOn("#filter-ALL");
        assertThat(table(robot).getItems()).hasSizeLessThan(all)
                .allMatch(r -> r.indicator().category() == org.zhibiao.domain.Category.ENGINEERING);
    }

    @Test
    void theYearOnYearColumnGivesTheChangeOnTheSameQuarterAYearEarlier(FxRobot robot) {
        Map<String, Double> before = new java.util.HashMap<>();
        workspace.status().status(Period.of(2015, 4), "220000", 2020, Method.TIME_PROGRESS)
                .forEach(r -> before.put(r.indicator().code(), r.value()));
        StatusRow e02 = table(robot).getItems().stream().filter(r -> r.indicator().code().equals("E02"))
                .findFirst().orElseThrow();
        double change = e02.value() - before.get("E02");
        String shown = cellText(robot, "column-yearOnYear", table(robot).getItems().indexOf(e02));
        assertThat(shown).isEqualTo(new org.zhibiao.charts.ValueText(
                org.zhibiao.i18n.Messages.of(org.zhibiao.i18n.Messages.CHINESE)).gap(e02.indicator(), change));
    }

    @Test
    void targetsAndCoverageAreShownWholeAndAsTooltips(FxRobot robot) {
        TableView<StatusRow> table = table(robot);
        ScrollBar horizontal = robot.lookup("#indicatorTable .scroll-bar").queryAllAs(ScrollBar.class).stream()
                .filter(b -> b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()).findFirst().orElseThrow();
        for (String column : List.of("column-target", "column-coverage")) {
            double scrolledPast = table.getColumns().stream().skip(1).takeWhile(c -> !column.equals(c.getId()))
                    .mapToDouble(TableColumn::getWidth).sum();
            robot.interact(() -> horizontal.setValue(Math.min(horizontal.getMax(), scrolledPast)));
            WaitForAsyncUtils.waitForFxEvents();
            List<TableCell<?, ?>> cells = cells(robot, column);
            assertThat(cells).filteredOn(c -> c.getText() != null).isNotEmpty()
                    .allSatisfy(c -> assertThat(shownText(c)).isEqualTo(c.getText()));
            assertThat(cells.stream().filter(c -> c.getText() != null).limit(3)).allSatisfy(c -> {
                robot.moveTo(c);
                assertThat(c.getTooltip()).as("the tooltip of the cell under the mouse").isNotNull();
                assertThat(c.getTooltip().getText()).isEqualTo(c.getText());
            });
        }
    }

    @Test
    void theIndicatorColumnStaysInPlaceWhenTheTableScrollsRight(FxRobot robot) {
        TableView<StatusRow> table = table(robot);
        ScrollBar horizontal = robot.lookup("#indicatorTable .scroll-bar").queryAllAs(ScrollBar.class).stream()
                .filter(b -> b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()).findFirst().orElseThrow();
        robot.interact(() -> horizontal.setValue(horizontal.getMax()));
        Bounds tableBounds = table.localToScreen(table.getBoundsInLocal());
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> firstIndicatorCellLeft(robot) <= tableBounds.getMinX() + 10);
        } catch (TimeoutException laidOutElsewhere) {
            // the assertion below says where the cell is
        }
        TableCell<?, ?> first = cells(robot, "column-indicator").stream()
                .filter(c -> c.getIndex() == 0).findFirst().orElseThrow();
        Bounds cell = first.localToScreen(first.getBoundsInLocal());
        assertThat(cell.getMinX()).isBetween(tableBounds.getMinX(), tableBounds.getMinX() + 10);
        assertThat(shownText(first)).isEqualTo(first.getText()).startsWith(table.getItems().get(0).indicator().code());
        assertThat(cells(robot, "column-explanation")).anyMatch(c -> c.getText() != null && c.isVisible());
    }

    @Test
    void theChartGivesEachRowRoomAndAnEmptyChartSaysThereIsNoData(FxRobot robot) {
        ChartViewer viewer = robot.lookup("#chartActual").queryAs(ChartViewer.class);
        int rows = org.zhibiao.charts.ChartContent.rows(viewer.getChart());
        assertThat(rows).isGreaterThan(10);
        assertThat(viewer.getHeight() / rows).isGreaterThanOrEqualTo(18);
        Node scroll = robot.lookup("#chartActual-scroll").query();
        assertThat(viewer.getHeight()).isGreaterThan(scroll.getLayoutBounds().getHeight());
        assertThat(robot.lookup("#chartActual-empty").queryAs(Label.class).isVisible()).isFalse();

        Period none = workspace.observations().periods().stream()
                .filter(p -> workspace.status().status(p, "220000", 2015, Method.TIME_PROGRESS).stream()
                        .noneMatch(r -> r.status() == Status.ACHIEVED))
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        ComboBox<Period> period = robot.lookup("#periodChoice").queryAs(ComboBox.class);
        robot.clickOn("#year-2015");
        robot.interact(() -> period.setValue(none));
        robot.clickOn("#filter-ACHIEVED");
        assertThat(table(robot).getItems()).isEmpty();
        Label empty = robot.lookup("#chartActual-empty").queryAs(Label.class);
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).isEqualTo("无数据");
        assertThat(robot.lookup("#chartActual-scroll").query().isVisible()).isFalse();
    }

    private static int lastIndexIn(List<Status> statuses, List<Status> wanted) {
        for (int i = statuses.size() - 1; i >= 0; i--) {
            if (wanted.contains(statuses.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int tileCount(FxRobot robot, Status status) {
        return Integer.parseInt(robot.lookup("#tile-count-" + status.name()).queryAs(Label.class).getText());
    }

    private static String cellText(FxRobot robot, String column, int index) {
        robot.interact(() -> table(robot).scrollTo(index));
        WaitForAsyncUtils.waitForFxEvents();
        return cells(robot, column).stream().filter(c -> c.getIndex() == index).findFirst().orElseThrow().getText();
    }

    /** Where the first row's indicator cell is drawn, once the table has laid itself out after a scroll. */
    private static double firstIndicatorCellLeft(FxRobot robot) {
        return cells(robot, "column-indicator").stream().filter(c -> c.getIndex() == 0).findFirst()
                .map(c -> c.localToScreen(c.getBoundsInLocal()).getMinX()).orElse(Double.MAX_VALUE);
    }

    private static List<TableCell<?, ?>> cells(FxRobot robot, String column) {
        return new java.util.ArrayList<>(robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && column.equals(c.getTableColumn().getId()))
                .filter(c -> !c.isEmpty() && c.getIndex() >= 0)
                .<TableCell<?, ?>>map(c -> c).toList());
    }

    /** The text a cell draws, which ends in an ellipsis when the column is too narrow for it. */
    private static String shownText(Node cell) {
        return ((Parent) cell).getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                .map(n -> ((Text) n).getText()).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static TableView<StatusRow> table(FxRobot robot) {
        return robot.lookup("#indicatorTable").queryAs(TableView.class);
    }
}
