package org.zhibiao.ui.importing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.zhibiao.domain.ImportBatch;
import org.zhibiao.domain.ImportIssue;
import org.zhibiao.i18n.Messages;
import org.zhibiao.service.FileResult;
import org.zhibiao.service.IssueMessages;
import org.zhibiao.service.Numbers;
import org.zhibiao.service.ValueChange;

/** The Import screen's tables: files read, a file's problems and changes, and the history. */
final class ImportTables {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Messages messages;
    private final Function<String, String> regionName;

    ImportTables(Messages messages, Function<String, String> regionName) {
        this.messages = messages;
        this.regionName = regionName;
    }

    TableView<FileResult> files() {
        TableView<FileResult> table = table("importFiles", "uiimport.files.empty");
        table.getColumns().add(Columns.text(t("uiimport.file.name"), r -> r.preview().fileName()));
        table.getColumns().add(Columns.text(t("uiimport.file.status"),
                r -> t("uiimport.outcome." + r.outcome().name().toLowerCase(Locale.ROOT))));
        table.getColumns().add(Columns.text(t("uiimport.file.region"), this::region));
        table.getColumns().add(Columns.text(t("uiimport.file.period"),
                r -> r.preview().parsed().period() == null ? "" : r.preview().parsed().period().toString()));
        table.getColumns().add(Columns.number(t("uiimport.file.values"), r -> r.preview().parsed().values().size()));
        table.getColumns().add(Columns.number(t("uiimport.file.problems"), r -> r.preview().errors().size()));
        table.getColumns().add(Columns.number(t("uiimport.file.warnings"), r -> r.preview().warnings().size()));
        return table;
    }

    TableView<ImportIssue> issues() {
        TableView<ImportIssue> table = table("importIssues", "uiimport.issues.empty");
        table.getColumns().add(Columns.text(t("uiimport.issue.severity"),
                i -> t("uiimport.severity." + i.severity().code())));
        table.getColumns().add(Columns.text(t("uiimport.issue.sheet"), ImportIssue::sheet));
        table.getColumns().add(Columns.text(t("uiimport.issue.cell"), ImportIssue::cell));
        table.getColumns().add(Columns.text(t("uiimport.issue.message"), i -> IssueMessages.message(messages, i)));
        table.getColumns().add(Columns.text(t("uiimport.issue.raw"), ImportIssue::rawText));
        return table;
    }

    TableView<ValueChange> changes() {
        TableView<ValueChange> table = table("importChanges", "uiimport.changes.empty");
        table.getColumns().add(Columns.text(t("uiimport.change.indicator"), ValueChange::indicatorCode));
        table.getColumns().add(Columns.text(t("uiimport.change.direction"), ImportTables::direction));
        table.getColumns().add(Columns.text(t("uiimport.change.values"),
                c -> text(c.oldValue()) + " → " + text(c.newValue())));
        return table;
    }

    TableView<ImportBatch> history() {
        TableView<ImportBatch> table = table("importHistory", "uiimport.history.empty");
        table.getColumns().add(Columns.number(t("uiimport.batch.id"), b -> (int) b.id()));
        table.getColumns().add(Columns.text(t("uiimport.batch.time"), b -> time(b.startedAt())));
        table.getColumns().add(Columns.text(t("uiimport.batch.user"), ImportBatch::user));
        table.getColumns().add(Columns.number(t("uiimport.batch.files"), ImportBatch::files));
        table.getColumns().add(Columns.number(t("uiimport.batch.values"), ImportBatch::values));
        table.getColumns().add(Columns.text(t("uiimport.batch.state"),
                b -> b.undone() ? t("uiimport.batch.undone") : ""));
        return table;
    }

    private <S> TableView<S> table(String id, String emptyKey) {
        TableView<S> table = new TableView<>();
        table.setId(id);
        table.setPlaceholder(new Label(t(emptyKey)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private String region(FileResult r) {
        String code = r.preview().parsed().regionCode();
        return code == null ? "" : regionName.apply(code) + " " + code;
    }

    /** The stored instant as local time to the second; text that is not an instant as it is. */
    private static String time(String stored) {
        try {
            return TIME.format(Instant.parse(stored).atZone(ZoneId.systemDefault()));
        } catch (DateTimeParseException e) {
            return stored;
        }
    }

    private static String direction(ValueChange c) {
        if (c.oldValue() == null) {
            return "+";
        }
        int cmp = Double.compare(c.newValue() == null ? 0 : c.newValue(), c.oldValue());
        return cmp > 0 ? "↑" : cmp < 0 ? "↓" : "=";
    }

    private static String text(Double v) {
        return v == null ? "—" : Numbers.plain(v);
    }

    private String t(String key) {
        return messages.get(key);
    }
}
