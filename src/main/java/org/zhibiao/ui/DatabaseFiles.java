package org.zhibiao.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.zhibiao.app.DatabaseRestore;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Period;
import org.zhibiao.i18n.Messages;
import org.zhibiao.service.CatalogueService;
import org.zhibiao.ui.common.DialogService;
import org.zhibiao.ui.common.FileKind;

/**
 * File ▸ catalogue workbook export and import, backup, and restore from a backup: the CLI's
 * {@code catalogue export|import} and {@code backup} with choosers, progress in the status bar and
 * the outcome in words. Importing and restoring change the database, so they ask first.
 */
final class DatabaseFiles {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final MainViewModel model;
    private final DialogService dialogs;
    private final BooleanSupplier mayDiscardChanges;
    private final Runnable reload;

    /** {@code reload} shows the database again after its catalogue changed. */
    DatabaseFiles(MainViewModel model, DialogService dialogs, BooleanSupplier mayDiscardChanges, Runnable reload) {
        this.model = model;
        this.dialogs = dialogs;
        this.mayDiscardChanges = mayDiscardChanges;
        this.reload = reload;
    }

    void exportCatalogue() {
        Workspace workspace = model.getWorkspace();
        if (workspace == null) {
            return;
        }
        dialogs.chooseToWrite(FileKind.CATALOGUE, text("files.catalogue.fileName", stem(workspace)))
                .ifPresent(file -> model.work(text("files.status.writing", file.getFileName()),
                        () -> workspace.catalogueWorkbook().exportTo(file),
                        result -> model.setStatus(text("catalogue.export.done", result.indicators(), result.targets(), file))));
    }

    void importCatalogue() {
        Workspace workspace = writable();
        if (workspace == null || !mayDiscardChanges.getAsBoolean()) {
            return;
        }
        dialogs.chooseToRead(FileKind.CATALOGUE)
                .filter(file -> dialogs.confirm(text("files.catalogue.confirm", file.getFileName(), workspace.file().getFileName())))
                .ifPresent(file -> model.work(text("files.status.reading", file.getFileName()),
                        () -> workspace.catalogueWorkbook().importFrom(file), result -> imported(result, file)));
    }

    private void imported(CatalogueService.ImportResult result, Path file) {
        if (!result.accepted()) {
            String refused = text("files.catalogue.refused", file.getFileName(), result.problems().size());
            model.setStatus(refused);
            dialogs.inform(refused, result.problemLines(model.getMessages()));
            return;
        }
        String sentence = result.changed() ? text("catalogue.import.done", result.indicators(), result.targets())
                : text("catalogue.import.unchanged");
        if (result.changed()) {
            reload.run();
        }
        model.setStatus(sentence);
        dialogs.inform(sentence, List.of());
    }

    void backup() {
        Workspace workspace = model.getWorkspace();
        if (workspace == null) {
            return;
        }
        String name = text("files.backup.fileName", stem(workspace), LocalDate.now().format(DAY));
        dialogs.chooseToWrite(FileKind.BACKUP, name).ifPresent(file -> model.work(
                text("files.status.writing", file.getFileName()), () -> {
                    workspace.returns().backup(file);
                    return file;
                }, written -> model.setStatus(text("backup.cli.done", written))));
    }

    void restore() {
        Workspace workspace = writable();
        if (workspace == null || !mayDiscardChanges.getAsBoolean()) {
            return;
        }
        dialogs.chooseToRead(FileKind.BACKUP).ifPresent(backup -> model.work(
                text("files.status.checking", backup.getFileName()),
                () -> DatabaseRestore.stage(backup, workspace.file()), this::confirmRestore));
    }

    private void confirmRestore(DatabaseRestore.Staged staged) {
        List<Period> periods = staged.periods();
        Messages m = model.getMessages();
        String holds = periods.isEmpty() ? text("files.restore.holdsNothing", staged.homeRegion())
                : text("files.restore.holds", staged.homeRegion(), periods.get(0).words(m.chinese()),
                        periods.get(periods.size() - 1).words(m.chinese()));
        if (dialogs.confirm(text("files.restore.confirm", staged.target(), staged.backup().getFileName(), holds,
                staged.safetyCopy().getFileName()))) {
            model.restore(staged);
        } else {
            staged.discard();
            model.setStatus(text("files.restore.cancelled"));
        }
    }

    private Workspace writable() {
        Workspace workspace = model.getWorkspace();
        return workspace == null || workspace.isReadOnly() ? null : workspace;
    }

    private static String stem(Workspace workspace) {
        return workspace.file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
    }

    private String text(String key, Object... arguments) {
        return model.getMessages().get(key, arguments);
    }
}
