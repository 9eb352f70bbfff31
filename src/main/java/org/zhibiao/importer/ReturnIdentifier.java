package org.zhibiao.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Text;

/**
 * Reads a return's region and period from each source RETURNS.md names: the {@code _meta} sheet,
 * the labelled header cells above the table, and the file name.
 */
final class ReturnIdentifier {

    private static final Pattern CODE = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");

    private final RegionLookup regions;

    ReturnIdentifier(RegionLookup regions) {
        this.regions = regions;
    }

    List<Identification> sources(List<SheetData> sheets, TableLayout table, String fileName) {
        List<Identification> out = new ArrayList<>();
        sheets.stream().filter(s -> s.name().equalsIgnoreCase(ReturnLayout.META_SHEET)).findFirst()
                .map(ReturnIdentifier::fromMeta).ifPresent(out::add);
        out.add(fromHeader(table));
        out.add(fromFileName(fileName));
        out.removeIf(i -> i.regionCode() == null && i.period() == null);
        return out;
    }

    private static Identification fromMeta(SheetData meta) {
        String region = null;
        Period period = null;
        for (Map<Integer, CellData> row : meta.rows().values()) {
            String key = row.containsKey(0) ? row.get(0).text().trim() : "";
            String value = row.containsKey(1) ? row.get(1).text().trim() : "";
            if (key.equals("region_code") && !value.isEmpty()) {
                region = value;
            } else if (key.equals("period")) {
                period = Period.find(value).orElse(null);
            }
        }
        return new Identification(Identification.Source.META, region, period);
    }

    private Identification fromHeader(TableLayout table) {
        String code = null;
        String name = null;
        Period period = null;
        SheetData sheet = table.sheet();
        for (int row : sheet.rows().headMap(table.headerFirstRow()).keySet()) {
            code = code != null ? code : labelled(sheet, row, "地区代码").flatMap(ReturnIdentifier::codeIn).orElse(null);
            name = name != null ? name : labelled(sheet, row, "填报单位").orElse(null);
            period = period != null ? period : labelled(sheet, row, "报告期").flatMap(Period::find).orElse(null);
        }
        if (code == null && name != null) {
            code = regions.codeOfName(name).orElse(null);
        }
        return new Identification(Identification.Source.HEADER, code, period);
    }

    private Identification fromFileName(String fileName) {
        String code = codeIn(fileName).or(() -> regions.codeNamedIn(fileName)).orElse(null);
        return new Identification(Identification.Source.FILE_NAME, code, Period.find(fileName).orElse(null));
    }

    /** The text after a label: in the label's own cell after the colon, or in the next non-empty cell. */
    private static Optional<String> labelled(SheetData sheet, int row, String label) {
        for (CellData cell : sheet.row(row).values()) {
            String text = Text.toHalfWidth(cell.text()).trim();
            int at = text.indexOf(label);
            if (at < 0) {
                continue;
            }
            String rest = text.substring(at + label.length()).replaceFirst("^[\\s:]+", "").trim();
            if (!rest.isEmpty()) {
                return Optional.of(rest);
            }
            return sheet.row(row).values().stream().filter(c -> c.column() > cell.column())
                    .map(c -> c.text().trim()).filter(s -> !s.isEmpty()).findFirst();
        }
        return Optional.empty();
    }

    private static Optional<String> codeIn(String text) {
        Matcher m = CODE.matcher(Text.toHalfWidth(text));
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }
}
