package org.zhibiao.ui.detail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.zhibiao.charts.ValueText;
import org.zhibiao.domain.Observation;
import org.zhibiao.i18n.Messages;

/** Stored values, rounded to the indicator's decimals, with where each came from: file, sheet, cell, revision, when and by whom. */
final class LineageTable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final TableView<Observation> table = new TableView<>();

    LineageTable(String id, Messages messages, Map<String, String> regionNames, int decimals) {
        table.setId(id);
        table.getColumns().addAll(java.util.List.of(
                column(messages, "region", 120, o -> regionNames.getOrDefault(o.regionCode(), o.regionCode())),
                column(messages, "value", 90, o -> o.value() == null ? "" : ValueText.number(o.value(), decimals)),
                column(messages, "fraction", 130, o -> o.hasFraction()
                        ? ValueText.count(o.numerator()) + " / " + ValueText.count(o.denominator()) : ""),
                column(messages, "file", 200, o -> o.lineage().sourceFile()),
                column(messages, "sheet", 80, o -> o.lineage().sheet()),
                column(messages, "cell", 60, o -> o.lineage().cell()),
                column(messages, "revision", 60, o -> String.valueOf(o.revision())),
                column(messages, "importedAt", 130, o -> TIME.format(o.lineage().importedAt())),
                column(messages, "importedBy", 90, o -> o.lineage().importedBy())));
    }

    TableView<Observation> node() {
        return table;
    }

    private static TableColumn<Observation, String> column(Messages messages, String key, double width,
                                                           Function<Observation, String> value) {
        TableColumn<Observation, String> c = new TableColumn<>(messages.get("detail.column." + key));
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }
}
