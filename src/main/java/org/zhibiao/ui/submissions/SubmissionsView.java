package org.zhibiao.ui.submissions;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.Submission;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.Converters;
import org.zhibiao.ui.common.DialogService;
import org.zhibiao.ui.common.Styles;

/** Parent region and quarter pickers, the matrix with its legend, templates for the missing, lock and unlock. */
final class SubmissionsView {

    private final SubmissionsViewModel model;
    private final Messages messages;
    private final DialogService dialogs;
    private final boolean readOnly;
    private final MatrixTable matrix;
    private final Label result = new Label();
    private final BorderPane root = new BorderPane();

    SubmissionsView(SubmissionsViewModel model, Messages messages, DialogService dialogs, boolean readOnly) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        this.readOnly = readOnly;
        this.matrix = new MatrixTable(messages);
    }

    Node build(List<Region> parents, List<Period> quarters) {
        root.getStyleClass().add(Styles.SCREEN);
        root.setId("submissionsScreen");
        Label title = new Label(messages.get("uisubmissions.title"));
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        result.setId("submissionsResult");
        root.setTop(new VBox(title, pickers(parents, quarters), actions(), result));
        root.setCenter(matrix.node());
        root.setBottom(legend());
        model.matrixProperty().addListener((o, was, now) -> matrix.show(now));
        matrix.show(model.matrixProperty().get());
        return root;
    }

    private HBox pickers(List<Region> parents, List<Period> quarters) {
        ComboBox<Region> parent = new ComboBox<>();
        parent.setId("submissionsParent");
        parent.getItems().setAll(parents);
        parent.setConverter(Converters.showing(Region::name, ""));
        parent.valueProperty().bindBidirectional(model.parentProperty());
        ComboBox<Period> quarter = new ComboBox<>();
        quarter.setId("submissionsQuarter");
        quarter.getItems().setAll(quarters);
        quarter.valueProperty().bindBidirectional(model.quarterProperty());
        HBox bar = new HBox(new Label(messages.get("uisubmissions.parent")), parent,
                new Label(messages.get("uisubmissions.quarter")), quarter);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private HBox actions() {
        HBox bar = new HBox(button("generateMissing", "uisubmissions.generateMissing", this::generate));
        if (!readOnly) {
            bar.getChildren().addAll(button("lockQuarter", "uisubmissions.lock", this::lock),
                    button("unlockQuarter", "uisubmissions.unlock", model::unlock));
        }
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    /** Locks the quarter once the officer confirms, told how many regions have still sent nothing. */
    private void lock() {
        SubmissionMatrix m = model.matrixProperty().get();
        Period q = model.quarterProperty().get();
        if (m != null && q != null
                && dialogs.confirm(messages.get("uisubmissions.lock.confirm", q.words(messages.chinese()),
                        m.missing(q).size()))) {
            model.lock();
        }
    }

    private HBox legend() {
        HBox legend = new HBox();
        legend.getStyleClass().add(Styles.TOOLBAR);
        for (Submission.State cell : Submission.State.values()) {
            Label l = new Label(matrix.text(cell));
            l.getStyleClass().add(Styles.submission(cell));
            legend.getChildren().add(l);
        }
        return legend;
    }

    private void generate() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("uisubmissions.generateMissing"));
        File folder = chooser.showDialog(root.getScene().getWindow());
        if (folder != null) {
            model.generateMissing(folder.toPath(), files -> showWritten(files, folder.toPath()));
        }
    }

    private void showWritten(List<Path> files, Path folder) {
        result.setText(messages.get("uisubmissions.generated", files.size(), folder.toString()));
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
