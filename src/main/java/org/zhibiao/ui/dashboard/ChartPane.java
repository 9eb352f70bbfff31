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
 * lives, then encoded and written in the background. A chart given while the pane is off screen
 * (a tab not chosen) is drawn when the pane comes on screen, and a chart is drawn once, at the
 * height it needs.
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
    private final ScrollPane scroll;
    private final BorderPane pane = new BorderPane();
    private final Label empty;
    private JFreeChart chart;
    private boolean onScreen = true;

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
        scroll = new ScrollPane(viewer);
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

    public void show(JFreeChart shown) {
        chart = shown;
        empty.setVisible(!ChartContent.hasData(shown));
        if (onScreen) {
            draw();
        }
    }

    /** Whether the pane can be seen now; the chart given while it could not is drawn when it can. */
    public void setOnScreen(boolean now) {
        onScreen = now;
        if (now && viewer.getChart() != chart) {
            draw();
        }
    }

    /**
     * Gives the viewer its height for the chart (laid out at once, with nothing to draw) before it
     * gets the chart, which it draws on being given it: so it is drawn once, not again at the new size.
     */
    private void draw() {
        double height = ChartContent.rows(chart) * ROW_HEIGHT + FRAME_HEIGHT;
        if (height != viewer.getMinHeight()) {
            viewer.getCanvas().setChart(null);
            viewer.setMinHeight(height);
            scroll.layout();
        }
        viewer.getCanvas().setChart(chart);
        viewer.setMouseTransparent(chart == null);
    }

    public JFreeChart chart() {
        return chart;
    }

    private Button button(String kind) {
        Button b = new Button(messages.get("dashboard.export." + kind));
        b.setId(id + "-export-" + kind);
        b.setOnAction(e -> export(kind));
        return b;
    }

    private void export(String kind) {
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
