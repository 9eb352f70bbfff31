package org.zhibiao.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Period;

/**
 * Reads one return file into a {@link ParsedReturn}: the workbook, the table, the region and
 * period, the values, and every problem found on the way (never stopping at the first).
 */
public final class ReturnParser {

    private final WorkbookReader reader = new WorkbookReader();
    private final TableReader tableReader;
    private final ReturnIdentifier identifier;
    private final RegionLookup regions;

    public ReturnParser(Collection<Indicator> indicators, RegionLookup regions) {
        this.tableReader = new TableReader(indicators);
        this.identifier = new ReturnIdentifier(regions);
        this.regions = regions;
    }

    public ParsedReturn parse(Path file) {
        String name = file.getFileName().toString();
        IssueList issues = new IssueList(name);
        List<SheetData> sheets;
        try {
            sheets = reader.read(file);
        } catch (UnreadableReturnException e) {
            issues.error("", "", e.messageKey(), "");
            return new ParsedReturn(name, null, null, List.of(), issues.all());
        }
        Optional<TableLayout> table = TableLocator.find(sheets);
        if (table.isEmpty()) {
            issues.error("", "", "import.file.noTable", "");
            return new ParsedReturn(name, null, null, List.of(), issues.all());
        }
        List<Identification> sources = identifier.sources(sheets, table.get(), name);
        String region = new SourceAgreement(issues).region(sources);
        Period period = plausible(new SourceAgreement(issues).period(sources), issues);
        if (region != null && regions.byCode(region).isEmpty()) {
            issues.error("", "", "import.file.unknownRegion", region, region);
        }
        List<ReturnValue> values = tableReader.read(table.get(), issues);
        if (values.isEmpty() && !issues.hasErrors()) {
            issues.error(table.get().sheet().name(), "", "import.file.noValues", "");
        }
        return new ParsedReturn(name, region, period, values, issues.all());
    }

    /** The period, or null with the file refused when no data can be for it. */
    private static Period plausible(Period period, IssueList issues) {
        LocalDate today = LocalDate.now();
        if (period == null || period.isPlausible(today)) {
            return period;
        }
        issues.error("", "", "import.file.periodOutOfRange", period.toString(), period.toString(),
                Period.EARLIEST.toString(), Period.latest(today).toString());
        return null;
    }
}
