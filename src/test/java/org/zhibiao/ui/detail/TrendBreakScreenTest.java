package org.zhibiao.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhibiao.DemoDatabase;
import org.zhibiao.analysis.Method;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.analysis.TargetChoice;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.DefinitionChange;
import org.zhibiao.domain.Period;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.SameThreadTaskRunner;

/** The trend chart of the indicator detail across a change of definition that breaks comparison. */
@ExtendWith(ApplicationExtension.class)
class TrendBreakScreenTest {

    private static final Period BREAK = Period.of(2014, 1);

    @TempDir
    Path dir;
    private Workspace workspace;
    private Stage stage;
    private Stage detail;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workspace = Workspace.open(DemoDatabase.copyInto(dir));
        workspace.definitions().replaceDefinitionChanges(List.of(
                new DefinitionChange("P06", BREAK, "按批次计", "按货值计", false),
                new DefinitionChange("P07", BREAK, "旧口径", "新口径", true)));
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            if (detail != null) {
                detail.close();
            }
            workspace.close();
        }).get();
    }

    @Test
    void aNonComparableChangeIsAMarkedBreakAndTheLineIsNotJoinedAcrossIt(FxRobot robot) {
        XYPlot plot = trendOf(robot, "P06", Messages.CHINESE);
        assertThat(labels(plot)).contains("口径调整");
        XYDataset actual = plot.getDataset(0);
        List<Integer> gaps = new ArrayList<>();
        for (int i = 0; i < actual.getItemCount(0); i++) {
            if (actual.getY(0, i) == null) {
                gaps.add(i);
            }
        }
        assertThat(gaps).as("one gap in the line").hasSize(1);
        int gap = gaps.get(0);
        double breakX = BREAK.index() + 1;
        assertThat(actual.getXValue(0, gap)).as("just before the first quarter of the new definition")
                .isEqualTo(breakX - 0.5);
        assertThat(actual.getY(0, gap - 1)).isNotNull();
        assertThat(actual.getXValue(0, gap - 1)).isLessThan(breakX);
        assertThat(actual.getY(0, gap + 1)).isNotNull();
        assertThat(actual.getXValue(0, gap + 1)).isGreaterThanOrEqualTo(breakX);
    }

    @Test
    void inEnglishTheMarkerSaysDefinitionChanged(FxRobot robot) {
        assertThat(labels(trendOf(robot, "P06", Messages.ENGLISH))).contains("definition changed");
    }

    @Test
    void aComparableChangeDrawsNoBreak(FxRobot robot) {
        XYPlot plot = trendOf(robot, "P07", Messages.CHINESE);
        assertThat(labels(plot)).doesNotContain("口径调整");
        XYDataset actual = plot.getDataset(0);
        for (int i = 0; i < actual.getItemCount(0); i++) {
            assertThat(actual.getY(0, i)).isNotNull();
        }
    }

    private XYPlot trendOf(FxRobot robot, String code, Locale locale) {
        StatusRow row = workspace.status().view(Period.of(2016, 4), "220000", TargetChoice.IN_FORCE, Method.TIME_PROGRESS)
                .stream().filter(r -> r.indicator().code().equals(code)).findFirst().orElseThrow();
        robot.interact(() -> detail = new IndicatorDetail(workspace, Messages.of(locale), new SameThreadTaskRunner(),
                (name, kind) -> Optional.empty()).open(stage, row));
        WaitForAsyncUtils.waitForFxEvents();
        ChartViewer viewer = robot.lookup("#detailTrend").lookup((Node n) -> n instanceof ChartViewer)
                .queryAs(ChartViewer.class);
        JFreeChart chart = viewer.getChart();
        return chart.getXYPlot();
    }

    private static List<String> labels(XYPlot plot) {
        Collection<?> markers = plot.getDomainMarkers(Layer.FOREGROUND);
        return markers == null ? List.of() : markers.stream().map(m -> ((Marker) m).getLabel())
                .filter(l -> l != null).toList();
    }
}
