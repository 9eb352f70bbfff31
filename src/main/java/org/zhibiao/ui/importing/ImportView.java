package org.zhibiao.ui.importing;

import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.zhibiao.domain.ImportedFile;
import org.zhibiao.i18n.Messages;
import org.zhibiao.service.FileResult;
import org.zhibiao.ui.common.DialogService;
import org.zhibiao.ui.common.Styles;

/** Files chosen or dropped, read with a progress bar, previewed per file, imported with a summary; the history with undo. */
final class ImportView {

    private final ImportViewModel model;
    private final Messages messages;
    private final DialogService dialogs;
    private final ImportTables tables;
    private final BorderPane root = new BorderPane();

    ImportView(ImportViewModel model, Messages messages, DialogService dialogs, ImportTables tables) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        this.tables = tables;
    }

    Node build() {
        root.getStyleClass().add(Styles.SCREEN);
        root.setId("importScreen");
        Label title = new Label(messages.get("uiimport.title"));
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        root.setTop(new VBox(title, toolbar(), hint(), summary(), receiptsWritten()));
        SplitPane body = new SplitPane(preview(), history());
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.72);
        root.setCenter(body);
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
        return root;
    }

    private HBox toolbar() {
        Button files = button("chooseFiles", "uiimport.chooseFiles", this::chooseFiles);
        Button folder = button("chooseFolder", "uiimport.chooseFolder", this::chooseFolder);
        Button commit = button("commitPassed", "uiimport.commit", model::commit);
        commit.setDefaultButton(true);
        commit.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !model.canCommit(), model.files()));
        ProgressBar progress = new ProgressBar();
        progress.setId("importProgress");
        progress.progressProperty().bind(model.progressProperty());
        Button receipts = button("writeReceipts", "uiimport.receipts", this::chooseReceiptsFolder);
        receipts.disableProperty().bind(Bindings.createBooleanBinding(() -> model.refused().isEmpty(), model.files()));
        HBox bar = new HBox(files, folder, progress, commit, receipts);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private Label hint() {
        Label hint = new Label(messages.get("uiimport.dropHint"));
        hint.getStyleClass().add(Styles.PLACEHOLDER_TEXT);
        return hint;
    }

    private Label summary() {
        Label summary = new Label();
        summary.setId("importSummary");
        summary.getStyleClass().add(Styles.CONFIRMATION);
        summary.textProperty().bind(Bindings.createStringBinding(() -> {
            CommitSummary s = model.summaryProperty().get();
            return s == null ? "" : messages.get("uiimport.summary", s.imported(), s.values(), s.refused(), s.skipped());
        }, model.summaryProperty()));
        summary.managedProperty().bind(summary.textProperty().isNotEmpty());
        return summary;
    }

    private Label receiptsWritten() {
        Label written = new Label();
        written.setId("receiptsWritten");
        written.getStyleClass().add(Styles.CONFIRMATION);
        written.textProperty().bind(model.receiptsWrittenProperty());
        written.managedProperty().bind(written.textProperty().isNotEmpty());
        return written;
    }

    private void chooseReceiptsFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("uiimport.receipts"));
        File folder = chooser.showDialog(window());
        if (folder != null) {
            model.writeReceipts(folder.toPath());
        }
    }

    private Node preview() {
        TableView<FileResult> files = tables.files();
        files.setItems(model.files());
        files.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> files.getSelectionModel().select(now));
        var issues = tables.issues();
        issues.setItems(sorted(issues, model.issues()));
        var values = tables.values();
        values.setItems(model.values());
        SplitPane details = new SplitPane(section("uiimport.issues.title", issues),
                section("uiimport.values.title", values));
        details.setDividerPositions(0.6);
        SplitPane preview = new SplitPane(section("uiimport.files.title", files), details);
        preview.setOrientation(Orientation.VERTICAL);
        return preview;
    }

    private static <S> SortedList<S> sorted(TableView<S> table, ObservableList<S> rows) {
        var list = new SortedList<>(rows);
        list.comparatorProperty().bind(table.comparatorProperty());
        return list;
    }

    private Node history() {
        TableView<ImportedFile> history = tables.history();
        history.setItems(model.history());
        Button undo = button("undoBatch", "uiimport.undo", () -> undo(history.getSelectionModel().getSelectedItem()));
        undo.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            ImportedFile f = history.getSelectionModel().getSelectedItem();
            return f == null || f.isUndone() || f.isRejected();
        }, history.getSelectionModel().selectedItemProperty()));
        HBox bar = new HBox(undo);
        bar.getStyleClass().add(Styles.TOOLBAR);
        VBox box = section("uiimport.history.title", history);
        box.getChildren().add(bar);
        return box;
    }

    private void undo(ImportedFile file) {
        long files = model.history().stream().filter(f -> f.batchId() == file.batchId()).count();
        if (dialogs.confirm(messages.get("uiimport.undo.confirm", file.batchId(), files))) {
            model.undo(file);
        }
    }

    private VBox section(String titleKey, Node content) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        VBox.setVgrow(content, Priority.ALWAYS);
        return new VBox(title, content);
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("uiimport.chooseFiles"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("uiimport.workbooks"),
                "*.xlsx", "*.xlsm", "*.xls"));
        List<File> chosen = chooser.showOpenMultipleDialog(window());
        if (chosen != null && !chosen.isEmpty()) {
            model.load(chosen.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("uiimport.chooseFolder"));
        File folder = chooser.showDialog(window());
        if (folder != null) {
            model.load(List.of(folder.toPath()));
        }
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        boolean ok = event.getDragboard().hasFiles();
        if (ok) {
            model.load(event.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        event.setDropCompleted(ok);
        event.consume();
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
