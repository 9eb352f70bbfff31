package org.zhibiao.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.app.Workspace;
import org.zhibiao.ui.TestContexts;

/** With the English UI, the dashboard and the detail give every unit in English; % stays a symbol. */
@ExtendWith(ApplicationExtension.class)
class EnglishUnitsTest {

    private static final List<String> NUMBER_COLUMNS = List.of("column-value", "column-yearOnYear", "column-target",
            "column-expected", "column-gapToTarget", "column-gapToExpected");

    @TempDir
    Path dir;
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        workspace = DemoDashboard.show(stage, dir, TestContexts::english, 1366, 720);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> workspace.close()).get();
    }

    @Test
    void theTableWritesUnitsInEnglish(FxRobot robot) {
        TableView<StatusRow> table = table(robot);
        int p09 = indexOf(table, "P09");
        int s01 = indexOf(table, "S01");
        assertThat(cellText(robot, "column-value", p09)).endsWith(" 10k vehicles");
        assertThat(shownText(cell(robot, "column-yearOnYear", p09))).as("shown whole").endsWith(" 10k vehicles");
        assertThat(cellText(robot, "column-value", s01)).endsWith(" points");
        for (int row = 0; row < table.getItems().size(); row++) {
            for (String column : NUMBER_COLUMNS) {
                assertThat(cellText(robot, column, row)).as(column + " of " + table.getItems().get(row).indicator().code())
                        .doesNotContainPattern("\\p{IsHan}");
            }
        }
    }

    @Test
    void theDetailsTrendChartHasItsAxisInTheEnglishUnit(FxRobot robot) {
        TableView<StatusRow> table = table(robot);
        int p09 = indexOf(table, "P09");
        robot.interact(() -> table.getSelectionModel().select(p09));
        robot.clickOn("#openDetail");
        WaitForAsyncUtils.waitForFxEvents();
        ChartViewer trend = robot.lookup("#detailTrend").queryAs(ChartViewer.class);
        assertThat(((XYPlot) trend.getChart().getPlot()).getRangeAxis().getLabel()).isEqualTo("10k vehicles");
    }

    private static int indexOf(TableView<StatusRow> table, String code) {
        List<String> codes = table.getItems().stream().map(r -> r.indicator().code()).toList();
        assertThat(codes).contains(code);
        return codes.indexOf(code);
    }

    private static String cellText(FxRobot robot, String column, int index) {
        TableCell<?, ?> cell = cell(robot, column, index);
        return cell.getText() == null ? "" : cell.getText();
    }

    private static TableCell<?, ?> cell(FxRobot robot, String column, int index) {
        robot.interact(() -> table(robot).scrollTo(index));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && column.equals(c.getTableColumn().getId()))
                .filter(c -> c.getIndex() == index).findFirst().<TableCell<?, ?>>map(c -> c).orElseThrow();
    }

    /** The text a cell draws, which ends in an ellipsis when the column is too narrow for it. */
    private static String shownText(TableCell<?, ?> cell) {
        return cell.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                .map(n -> ((Text) n).getText()).findFirst().orElse("");
    }

    @SuppressWarnings("unchecked")
    private static TableView<StatusRow> table(FxRobot robot) {
        return robot.lookup("#indicatorTable").queryAs(TableView.class);
    }
}
