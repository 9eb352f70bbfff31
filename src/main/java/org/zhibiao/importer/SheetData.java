package org.zhibiao.importer;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** The non-empty cells of one sheet, by row and column. */
public final class SheetData {

    private final String name;
    private final NavigableMap<Integer, NavigableMap<Integer, CellData>> rows = new TreeMap<>();

    public SheetData(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public void add(CellData cell) {
        if (!cell.isBlank()) {
            rows.computeIfAbsent(cell.row(), r -> new TreeMap<>()).put(cell.column(), cell);
        }
    }

    public NavigableMap<Integer, NavigableMap<Integer, CellData>> rows() {
        return Collections.unmodifiableNavigableMap(rows);
    }

    public Map<Integer, CellData> row(int row) {
        return rows.getOrDefault(row, Collections.emptyNavigableMap());
    }

    public Optional<CellData> cell(int row, int column) {
        return Optional.ofNullable(row(row).get(column));
    }

    /** The cells holding a formula saved without its result. */
    public List<CellData> unevaluatedFormulas() {
        return rows.values().stream().flatMap(r -> r.values().stream()).filter(CellData::isUnevaluatedFormula)
                .toList();
    }

    public String text(int row, int column) {
        return cell(row, column).map(CellData::text).orElse("");
    }
}
