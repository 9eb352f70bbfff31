package org.zhibiao.ui.detail;

import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.zhibiao.analysis.Source;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Region;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.Styles;
import org.zhibiao.ui.common.TaskRunner;
import org.zhibiao.ui.dashboard.ChartPane;
import org.zhibiao.ui.dashboard.FileSaver;

/**
 * The detail of one indicator for one region and quarter, in its own window: the trend, the
 * ranking of the regions under it, how the value was made (reported, or rolled up with its
 * coverage) and the lineage of every value with its revision history.
 */
public final class IndicatorDetail {

    private final Workspace workspace;
    private final Messages messages;
    private final TaskRunner tasks;
    private final FileSaver saver;

    public IndicatorDetail(Workspace workspace, Messages messages, TaskRunner tasks, FileSaver saver) {
        this.workspace = workspace;
        this.messages = messages;
        this.tasks = tasks;
        this.saver = saver;
    }

    public Stage open(Window owner, StatusRow row) {
        Map<String, String> names = workspace.regions().all().stream()
                .collect(Collectors.toMap(Region::code, Region::name));
        ChartPane trend = new ChartPane("detailTrend", messages, tasks, saver);
        ChartPane ranking = new ChartPane("detailRanking", messages, tasks, saver);
        LineageTable lineage = new LineageTable("lineageTable", messages, names, row.indicator().decimals());
        LineageTable history = new LineageTable("historyTable", messages, names, row.indicator().decimals());
        lineage.node().getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                tasks.run(() -> workspace.observations().revisions(now.indicatorCode(), now.regionCode(),
                        now.period()), revisions -> history.node().getItems().setAll(revisions));
            }
        });
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("detailProgress");
        busy.setPrefSize(22, 22);
        SplitPane charts = new SplitPane(trend.node(), ranking.node());
        SplitPane body = new SplitPane(charts, new VBox(4, section("detail.lineage"), lineage.node(),
                section("detail.history"), history.node()));
        body.setOrientation(Orientation.VERTICAL);
        BorderPane root = new BorderPane(body);
        root.setId("indicatorDetail");
        root.getStyleClass().add(Styles.SCREEN);
        root.getStylesheets().add(IndicatorDetail.class.getResource(Styles.DASHBOARD_STYLESHEET).toExternalForm());
        root.setTop(new VBox(4, heading(row, names), summary(row), plan(row), busy));
        tasks.run(() -> DetailData.load(workspace, row, messages), data -> {
            trend.show(data.trend());
            ranking.show(data.ranking());
            lineage.node().getItems().setAll(data.lineage());
            busy.setVisible(false);
        });
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.get("detail.window", row.indicator().name(messages.chinese())));
        Scene scene = new Scene(root, 1100, 760);
        scene.getStylesheets().addAll(IndicatorDetail.class.getResource(Styles.STYLESHEET).toExternalForm(),
                Styles.vocabularyStylesheet());
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private Label heading(StatusRow row, Map<String, String> names) {
        Label title = new Label(messages.get("detail.title", row.indicator().code(),
                row.indicator().name(messages.chinese()), names.getOrDefault(row.regionCode(), row.regionCode()),
                row.period().words(messages.chinese())));
        title.setId("detailTitle");
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        return title;
    }

    private Label summary(StatusRow row) {
        String source = row.source() == Source.ROLLUP && row.coverage() != null
                ? messages.get(row.coverage().isPartial() ? "detail.rollup.partial" : "detail.rollup.full",
                        row.coverage().toString())
                : messages.get("detail.reported");
        String why = row.explanation().text(messages);
        Label label = new Label(row.status().label(messages) + " — " + source + "; " + why);
        label.setId("detailRollup");
        label.setWrapText(true);
        return label;
    }

    /** The plan that sets the target the row is judged against, when a plan does. */
    private Label plan(StatusRow row) {
        String cited = workspace.plans().names().cite(row, messages.chinese());
        Label label = new Label(cited.isEmpty() ? "" : messages.get("detail.plan", cited));
        label.setId("detailPlan");
        label.setWrapText(true);
        label.setVisible(!cited.isEmpty());
        label.setManaged(!cited.isEmpty());
        return label;
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.SECTION_TITLE);
        return label;
    }

}
