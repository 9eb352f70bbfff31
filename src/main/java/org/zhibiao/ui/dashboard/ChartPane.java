package org.zhibiao.ui.dashboard;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.zhibiao.charts.ChartContent;
import org.zhibiao.charts.ChartExport;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.Styles;
import org.zhibiao.ui.common.TaskRunner;

/**
 * A chart on screen (zoom by dragging, tooltips on hover), tall enough to give each bar's row
 * {@value #ROW_HEIGHT} px and scrolled when the space is shorter, or the words 无数据 when it has
 * no value to draw; with buttons to save it as PNG or SVG
 * at {@value #EXPORT_WIDTH} × {@value #EXPORT_HEIGHT}: drawn on the FX thread, where the chart
 * lives, then encoded and written in the background.
 */
public final class ChartPane {

    public static final int EXPORT_WIDTH = 1200;
    public static final int EXPORT_HEIGHT = 800;
    /** The least height of one row of a bar chart: the bar and its label, never overlapping. */
    public static final double ROW_HEIGHT = 22;
    /** The chart's title, legend and value axis above and below the rows. */
    private static final double FRAME_HEIGHT = 150;

    private final String id;
    private final Messages messages;
    private final TaskRunner tasks;
    private final FileSaver saver;
    private final ChartViewer viewer = new ChartViewer();
    private final BorderPane pane = new BorderPane();
    private final Label empty;

    public ChartPane(String id, Messages messages, TaskRunner tasks, FileSaver saver) {
        this.id = id;
        this.messages = messages;
        this.tasks = tasks;
        this.saver = saver;
        this.empty = new Label(messages.get("dashboard.chart.noData"));
        viewer.setId(id);
        viewer.setMouseTransparent(true);
        HBox bar = new HBox(button("png"), button("svg"));
        bar.getStyleClass().add("chart-toolbar");
        bar.setPadding(new Insets(4, 0, 0, 0));
        ScrollPane scroll = new ScrollPane(viewer);
        scroll.setId(id + "-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.visibleProperty().bind(empty.visibleProperty().not());
        empty.setId(id + "-empty");
        empty.getStyleClass().add(Styles.PLACEHOLDER_TEXT);
        empty.setVisible(false);
        pane.setCenter(new StackPane(scroll, empty));
        pane.setBottom(bar);
    }

    public BorderPane node() {
        return pane;
    }

    public void show(JFreeChart chart) {
        viewer.setChart(chart);
        viewer.setMouseTransparent(chart == null);
        viewer.setMinHeight(ChartContent.rows(chart) * ROW_HEIGHT + FRAME_HEIGHT);
        empty.setVisible(!ChartContent.hasData(chart));
    }

    public JFreeChart chart() {
        return viewer.getChart();
    }

    private Button button(String kind) {
        Button b = new Button(messages.get("dashboard.export." + kind));
        b.setId(id + "-export-" + kind);
        b.setOnAction(e -> export(kind));
        return b;
    }

    private void export(String kind) {
        JFreeChart chart = viewer.getChart();
        if (chart == null) {
            return;
        }
        saver.choose(id, kind).ifPresent(file -> {
            if (kind.equals("png")) {
                BufferedImage image = ChartExport.draw(chart, EXPORT_WIDTH, EXPORT_HEIGHT);
                tasks.run(() -> write(ChartExport.encodePng(image), file), done -> { });
            } else {
                byte[] svg = ChartExport.svg(chart, EXPORT_WIDTH, EXPORT_HEIGHT);
                tasks.run(() -> write(svg, file), done -> { });
            }
        });
    }

    private static Path write(byte[] bytes, Path file) {
        ChartExport.writeBytes(bytes, file);
        return file;
    }
}
