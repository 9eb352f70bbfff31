package org.zhibiao.ui.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.zhibiao.domain.ImportIssue;
import org.zhibiao.domain.ImportedFile;
import org.zhibiao.i18n.Messages;
import org.zhibiao.service.FileResult;
import org.zhibiao.service.ImportRun;
import org.zhibiao.service.ReturnsService;
import org.zhibiao.ui.common.TaskRunner;

/**
 * The Import screen's state: files read as a dry run (one row each), the selected file's problems
 * and values, the import of every file read (those with errors recorded as refused, as the
 * {@code import} command does) with a summary, and the history of every file with undo.
 */
public final class ImportViewModel {

    private final ReturnsService returns;
    private final TaskRunner tasks;
    private final String user;
    private final Messages messages;
    private final ObservableList<FileResult> files = FXCollections.observableArrayList();
    private final ObservableList<ImportIssue> issues = FXCollections.observableArrayList();
    private final ObservableList<ValuePreview> values = FXCollections.observableArrayList();
    private final ObservableList<ImportedFile> history = FXCollections.observableArrayList();
    private final ObjectProperty<FileResult> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<CommitSummary> summary = new SimpleObjectProperty<>();
    private final StringProperty receiptsWritten = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private List<Path> loaded = List.of();

    public ImportViewModel(ReturnsService returns, TaskRunner tasks, String user, Messages messages) {
        this.returns = returns;
        this.tasks = tasks;
        this.user = user;
        this.messages = messages;
        selected.addListener((o, was, now) -> showDetails(now));
    }

    /** Reads the files and folders (recursively) without storing anything. */
    public void load(List<Path> paths) {
        loaded = List.copyOf(paths);
        summary.set(null);
        receiptsWritten.set("");
        Task<List<FileResult>> task = previewTask(loaded);
        progress.bind(task.progressProperty());
        task.setOnSucceeded(e -> showFiles(task.getValue()));
        task.setOnFailed(e -> progress.unbind());
        tasks.run(task);
    }

    /**
     * Imports every file read: those that passed are stored, those with errors recorded as
     * refused; then shows what happened to each file and reads the history again.
     */
    public void commit() {
        List<Path> all = files.stream().map(r -> r.preview().file()).toList();
        if (!canCommit()) {
            return;
        }
        tasks.run(() -> returns.newRun(user, false).importAll(all, r -> { }), this::committed);
    }

    private void committed(List<FileResult> results) {
        loaded = List.of();
        files.setAll(results);
        summary.set(CommitSummary.of(results));
        loadHistory();
    }

    /** Takes back the batch a file came in, with every file of that batch. */
    public void undo(ImportedFile file) {
        tasks.run(() -> returns.undo(file.batchId()), removed -> refresh());
    }

    /** Writes the refusal receipts of every refused file into {@code folder}, then says where. */
    public void writeReceipts(Path folder) {
        List<FileResult> refused = refused();
        tasks.run(() -> {
            Files.createDirectories(folder);
            refused.forEach(r -> returns.receipts().write(r.preview(), folder, messages, true));
            return refused.size();
        }, count -> receiptsWritten.set(messages.get("uiimport.receipts.written", count, folder)));
    }

    public List<FileResult> refused() {
        return files.stream().filter(r -> r.outcome() == FileResult.Outcome.REJECTED).toList();
    }

    StringProperty receiptsWrittenProperty() {
        return receiptsWritten;
    }

    public void loadHistory() {
        tasks.run(returns::importedFiles, history::setAll);
    }

    /** Whether importing would store or record anything: a file passed, or one is to be recorded as refused. */
    public boolean canCommit() {
        return !passed().isEmpty() || !refused().isEmpty();
    }

    public List<FileResult> passed() {
        return files.stream().filter(r -> r.outcome() == FileResult.Outcome.WOULD_IMPORT).toList();
    }

    public ObservableList<FileResult> files() {
        return files;
    }

    public ObservableList<ImportIssue> issues() {
        return issues;
    }

    ObservableList<ValuePreview> values() {
        return values;
    }

    public ObservableList<ImportedFile> history() {
        return history;
    }

    ObjectProperty<CommitSummary> summaryProperty() {
        return summary;
    }

    public ObjectProperty<FileResult> selectedProperty() {
        return selected;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    private void refresh() {
        loadHistory();
        if (!loaded.isEmpty()) {
            load(loaded);
        }
    }

    private Task<List<FileResult>> previewTask(List<Path> paths) {
        return new Task<>() {
            @Override
            protected List<FileResult> call() {
                List<Path> all = ReturnsService.expand(paths);
                ImportRun run = returns.newRun(user, true);
                List<FileResult> out = new ArrayList<>();
                updateProgress(0, Math.max(1, all.size()));
                for (Path file : all) {
                    out.add(run.importFile(file));
                    updateProgress(out.size(), all.size());
                }
                return out;
            }
        };
    }

    private void showFiles(List<FileResult> results) {
        progress.unbind();
        progress.set(1);
        files.setAll(results);
        selected.set(results.stream().filter(r -> r.outcome() == FileResult.Outcome.REJECTED).findFirst()
                .orElse(results.isEmpty() ? null : results.get(0)));
    }

    private void showDetails(FileResult result) {
        issues.setAll(result == null ? List.of() : result.preview().issues());
        values.setAll(result == null ? List.of()
                : result.preview().parsed().values().stream().map(v -> ValuePreview.of(v, result.preview())).toList());
    }
}
