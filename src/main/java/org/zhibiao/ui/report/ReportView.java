package org.zhibiao.ui.report;

import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.zhibiao.domain.Period;
import org.zhibiao.i18n.Messages;
import org.zhibiao.report.ReportFormat;
import org.zhibiao.report.ReportSection;
import org.zhibiao.ui.common.Styles;

/** Settings on the left, the page preview with page and zoom controls on the right. */
final class ReportView {

    private final ReportViewModel model;
    private final Messages messages;
    private final VBox settings = new VBox();
    private final ImageView page = new ImageView();
    private BorderPane root;
    private ChoiceBox<Period> period;
    private TextField unit;
    private Label status;
    private Label pageLabel;

    ReportView(ReportViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    Node build() {
        createParts();
        layoutParts();
        bindToViewModel();
        return root;
    }

    Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void createParts() {
        period = new ChoiceBox<>(model.periods());
        period.setId("reportPeriod");
        period.setConverter(new StringConverter<>() {
            @Override
            public String toString(Period p) {
                return p == null ? "" : p.toChinese();
            }

            @Override
            public Period fromString(String text) {
                return Period.parse(text);
            }
        });
        unit = new TextField();
        unit.setId("reportUnit");
        unit.setPromptText(messages.get("uireport.unitPrompt", model.defaultUnit()));
        status = new Label();
        status.setId("reportMessage");
        status.setWrapText(true);
        pageLabel = new Label();
        pageLabel.setId("reportPage");
        page.setId("reportPreview");
        page.setPreserveRatio(true);
    }

    private void layoutParts() {
        Label title = new Label(messages.get("uireport.title"));
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        settings.getChildren().addAll(new Label(messages.get("uireport.period")), period,
                new Label(messages.get("uireport.unit")), unit, new Label(messages.get("uireport.sections")));
        for (ReportSection section : model.sectionList()) {
            CheckBox box = new CheckBox(model.sectionLabel(section));
            box.setId("reportSection-" + section.code());
            box.selectedProperty().bindBidirectional(model.sectionProperty(section));
            settings.getChildren().add(box);
        }
        settings.getChildren().addAll(button("reportPreviewButton", "uireport.preview", model::preview),
                button("reportSavePdf", "uireport.savePdf", () -> model.save(ReportFormat.PDF)),
                button("reportSaveWord", "uireport.saveWord", () -> model.save(ReportFormat.DOCX)),
                button("reportPrint", "uireport.print", model::print), status);
        settings.getStyleClass().add(Styles.FORM);
        settings.setSpacing(8);
        settings.setPrefWidth(260);
        ScrollPane scroll = new ScrollPane(new StackPane(page));
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        HBox pager = new HBox(8, button("reportPrevious", "uireport.previous", model::previousPage), pageLabel,
                button("reportNext", "uireport.next", model::nextPage),
                button("reportZoomOut", "uireport.zoomOut", model::zoomOut),
                button("reportZoomIn", "uireport.zoomIn", model::zoomIn));
        pager.setAlignment(Pos.CENTER_LEFT);
        pager.getStyleClass().add(Styles.TOOLBAR);
        VBox right = new VBox(8, pager, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        root = new BorderPane(new HBox(12, settings, right), title, null, null, null);
        root.setId("reportScreen");
        root.getStyleClass().add(Styles.SCREEN);
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void bindToViewModel() {
        period.valueProperty().bindBidirectional(model.periodProperty());
        unit.textProperty().bindBidirectional(model.issuingUnitProperty());
        status.textProperty().bind(model.messageProperty());
        pageLabel.textProperty().bind(Bindings.createStringBinding(() -> model.pageCountProperty().get() == 0 ? ""
                : messages.get("report.page", model.pageProperty().get() + 1, model.pageCountProperty().get()),
                model.pageProperty(), model.pageCountProperty()));
        model.pageImageProperty().addListener((o, old, image) ->
                page.setImage(image == null ? null : SwingFXUtils.toFXImage(image, null)));
        for (String id : new String[] {"reportSavePdf", "reportSaveWord", "reportPrint", "reportPrevious",
            "reportNext", "reportZoomIn", "reportZoomOut"}) {
            settingsOrPager(id).disableProperty().bind(model.readyProperty().not().or(model.busyProperty()));
        }
        settingsOrPager("reportPreviewButton").disableProperty().bind(model.busyProperty());
    }

    private Node settingsOrPager(String id) {
        return root.lookup("#" + id);
    }
}
