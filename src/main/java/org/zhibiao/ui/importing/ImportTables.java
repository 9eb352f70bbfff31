package org.zhibiao.ui.importing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.zhibiao.charts.ValueText;
import org.zhibiao.domain.ImportIssue;
import org.zhibiao.domain.ImportedFile;
import org.zhibiao.domain.Numbers;
import org.zhibiao.i18n.Messages;
import org.zhibiao.service.FileResult;
import org.zhibiao.service.IssueMessages;

/**
 * The Import screen's tables: files read, a file's problems (with the indicator of their row) and
 * values, and the history of every file, refused ones coloured.
 */
final class ImportTables {

    /** The widest a column can be and still count as short: it keeps its whole width. */
    private static final double SHORT_COLUMN = 50;

    static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Messages messages;
    private final Function<String, String> regionName;
    private final Function<String, String> indicatorName;
    private final ValueText text;

    ImportTables(Messages messages, Function<String, String> regionName, Function<String, String> indicatorName) {
        this.messages = messages;
        this.regionName = regionName;
        this.indicatorName = indicatorName;
        this.text = new ValueText(messages);
    }

    TableView<FileResult> files() {
        TableView<FileResult> table = table("importFiles", "uiimport.files.empty");
        table.getColumns().add(Columns.text(t("uiimport.file.name"), r -> r.preview().fileName()));
        table.getColumns().add(Columns.text(t("uiimport.file.status"),
                r -> t("uiimport.outcome." + r.outcome().name().toLowerCase(Locale.ROOT))));
        table.getColumns().add(Columns.text(t("uiimport.file.region"), r -> region(r.preview().parsed().regionCode())));
        table.getColumns().add(Columns.text(t("uiimport.file.period"),
                r -> r.preview().parsed().period() == null ? "" : r.preview().parsed().period().words(messages.chinese())));
        table.getColumns().add(Columns.number(t("uiimport.file.values"), r -> r.preview().parsed().values().size()));
        table.getColumns().add(Columns.number(t("uiimport.file.problems"), r -> r.preview().errors().size()));
        table.getColumns().add(Columns.number(t("uiimport.file.warnings"), r -> r.preview().warnings().size()));
        table.setRowFactory(v -> refusedRow(r -> r.outcome() == FileResult.Outcome.REJECTED));
        return table;
    }

    TableView<ImportIssue> issues() {
        TableView<ImportIssue> table = table("importIssues", "uiimport.issues.empty");
        table.getColumns().add(Columns.text(t("uiimport.issue.severity"),
                i -> t("uiimport.severity." + i.severity().code())));
        table.getColumns().add(Columns.text(t("uiimport.issue.indicator"), i -> indicator(i.indicatorCode())));
        table.getColumns().add(Columns.text(t("uiimport.issue.sheet"), ImportIssue::sheet));
        table.getColumns().add(Columns.text(t("uiimport.issue.cell"), ImportIssue::cell));
        table.getColumns().add(Columns.text(t("uiimport.issue.message"), i -> IssueMessages.message(messages, i)));
        table.getColumns().add(Columns.text(t("uiimport.issue.raw"), ImportIssue::rawText));
        widths(table, 50, 170, 70, 50, 300, 60);
        return table;
    }

    TableView<ValuePreview> values() {
        TableView<ValuePreview> table = table("importValues", "uiimport.values.empty");
        table.getColumns().add(Columns.text(t("uiimport.value.indicator"), v -> indicator(v.indicator().code())));
        table.getColumns().add(Columns.text(t("uiimport.value.value"), v -> text.value(v.indicator(), v.value())));
        table.getColumns().add(Columns.text(t("uiimport.value.fraction"), ImportTables::fraction));
        table.getColumns().add(Columns.text(t("uiimport.value.stored"),
                v -> v.stored() == null ? "" : text.value(v.indicator(), v.stored())));
        table.getColumns().add(Columns.text(t("uiimport.value.change"),
                v -> v.change() == null ? "" : text.gap(v.indicator(), v.change())));
        widths(table, 180, 80, 110, 80, 80);
        return table;
    }

    TableView<ImportedFile> history() {
        TableView<ImportedFile> table = table("importHistory", "uiimport.history.empty");
        table.getColumns().add(Columns.text(t("uiimport.history.region"), f -> region(f.regionCode())));
        table.getColumns().add(Columns.text(t("uiimport.history.period"),
                f -> f.period() == null ? "" : f.period().words(messages.chinese())));
        table.getColumns().add(Columns.text(t("uiimport.history.file"), ImportedFile::fileName));
        table.getColumns().add(Columns.number(t("uiimport.history.values"), ImportedFile::values));
        table.getColumns().add(Columns.text(t("uiimport.history.user"), ImportedFile::user));
        table.getColumns().add(Columns.text(t("uiimport.history.time"), f -> time(f.receivedAt())));
        table.getColumns().add(Columns.text(t("uiimport.history.state"), f -> t("uiimport.state." + f.state())));
        table.setRowFactory(v -> refusedRow(ImportedFile::isRejected));
        return table;
    }

    /**
     * Preferred column widths, in column order, so that the long texts get the room; a narrow window
     * shrinks the long ones, never a short column (错误, E13) below its preferred width.
     */
    private static void widths(TableView<?> table, double... widths) {
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
            table.getColumns().get(i).setMinWidth(Math.min(widths[i], SHORT_COLUMN));
        }
    }

    /** A row marked {@code :refused} (coloured by the stylesheet) when the test says so. */
    private static <S> TableRow<S> refusedRow(Predicate<S> refused) {
        return new TableRow<>() {
            @Override
            protected void updateItem(S item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(REFUSED, !empty && item != null && refused.test(item));
            }
        };
    }

    private <S> TableView<S> table(String id, String emptyKey) {
        TableView<S> table = new TableView<>();
        table.setId(id);
        table.setPlaceholder(new Label(t(emptyKey)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private String region(String code) {
        return code == null ? "" : regionName.apply(code) + " " + code;
    }

    private String indicator(String code) {
        return code.isEmpty() ? "" : code + " " + indicatorName.apply(code);
    }

    private static String fraction(ValuePreview v) {
        return v.numerator() == null || v.denominator() == null ? ""
                : Numbers.plain(v.numerator()) + " / " + Numbers.plain(v.denominator());
    }

    /** The stored instant as local time to the second; text that is not an instant as it is. */
    private static String time(String stored) {
        try {
            return TIME.format(Instant.parse(stored).atZone(ZoneId.systemDefault()));
        } catch (DateTimeParseException e) {
            return stored;
        }
    }

    private String t(String key) {
        return messages.get(key);
    }
}
