package org.zhibiao.catalogue;

import static org.zhibiao.catalogue.CatalogueLayout.CODE_ROW;
import static org.zhibiao.catalogue.CatalogueLayout.FIRST_DATA_ROW;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.zhibiao.domain.Category;
import org.zhibiao.domain.Comparator;
import org.zhibiao.domain.DefinitionChange;
import org.zhibiao.domain.Direction;
import org.zhibiao.domain.Frequency;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.IndicatorKind;
import org.zhibiao.domain.Measure;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Plan;
import org.zhibiao.domain.Target;
import org.zhibiao.domain.TargetType;

/** Reads a catalogue workbook written by {@link CatalogueWorkbook} (and edited), checking every cell. */
public final class CatalogueWorkbookReader {

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2999;
    private static final int MAX_DECIMALS = 6;

    /**
     * The indicators, targets, plans and monitoring choices read; when {@code problems} is not
     * empty they must not be used. {@code plans} is null for a workbook without sheet 规划, and
     * {@code monitorChoices} null for one without column monitor, {@code definitionChanges} null
     * for one without sheet 口径变化 (written before they existed).
     */
    public record Content(List<Indicator> indicators, List<Target> targets, List<Plan> plans,
                          Map<String, Boolean> monitorChoices, List<DefinitionChange> definitionChanges,
                          List<CatalogueProblem> problems) {
    }

    private final List<CatalogueProblem> problems = new ArrayList<>();
    private final Set<String> indicatorCodes = new LinkedHashSet<>();
    private Map<String, Boolean> monitorChoices;

    private CatalogueWorkbookReader() {
    }

    public static Content read(InputStream in) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(in)) {
            CatalogueWorkbookReader reader = new CatalogueWorkbookReader();
            List<Indicator> indicators = reader.indicators(workbook);
            List<Plan> plans = workbook.getSheet(CatalogueLayout.PLANS) == null ? null : reader.plans(workbook);
            List<Target> targets = reader.targets(workbook, plans);
            List<DefinitionChange> changes = workbook.getSheet(CatalogueLayout.DEFINITIONS) == null ? null
                    : reader.definitionChanges(workbook);
            return new Content(indicators, targets, plans, reader.monitorChoices, changes,
                    List.copyOf(reader.problems));
        }
    }

    private List<Indicator> indicators(Workbook workbook) {
        List<Indicator> out = new ArrayList<>();
        for (CatalogueRowReader row : rows(workbook, CatalogueLayout.INDICATORS, CatalogueLayout.INDICATOR_COLUMNS)) {
            String code = row.requiredCode("code");
            if (code != null && !indicatorCodes.add(code)) {
                row.problem("code", "catalogue.problem.duplicateIndicator");
            }
            Indicator indicator = indicator(row, code);
            Boolean monitored = row.hasColumn("monitor") ? row.optionalYesNo("monitor") : null;
            if (row.hasColumn("monitor") && monitorChoices == null) {
                monitorChoices = new LinkedHashMap<>();
            }
            if (!row.failed()) {
                out.add(indicator);
                if (monitored != null) {
                    monitorChoices.put(code, monitored);
                }
            }
        }
        return out;
    }

    private List<Plan> plans(Workbook workbook) {
        List<Plan> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (CatalogueRowReader row : rows(workbook, CatalogueLayout.PLANS, CatalogueLayout.PLAN_COLUMNS)) {
            String code = row.requiredCode("code");
            if (code != null && !codes.add(code)) {
                row.problem("code", "catalogue.problem.duplicatePlan");
            }
            LocalDate issued = row.date("issued");
            Integer first = year(row, "first_year");
            Integer last = year(row, "last_year");
            boolean retired = row.yesNo("retired");
            Plan plan = new Plan(code == null ? "" : code, row.text("title_zh"), row.text("title_en"),
                    row.text("number"), row.text("issuer"), row.text("region_code"), issued, first, last, retired);
            plan.problems().stream().filter(p -> code != null || !p.field().equals("code"))
                    .forEach(p -> row.problem(p.field(), p.messageKey()));
            if (!row.failed()) {
                out.add(plan);
            }
        }
        return out;
    }

    /** A year of sheet 规划: blank is unknown; the range is the plan's rule, checked with the others. */
    private static Integer year(CatalogueRowReader row, String column) {
        return row.isBlank(column) ? null
                : row.integer(column, Integer.MIN_VALUE, Integer.MAX_VALUE, "catalogue.problem.notAYear");
    }

    private static Indicator indicator(CatalogueRowReader row, String code) {
        String nameZh = row.text("name_zh");
        if (nameZh.isBlank()) {
            row.problem("name_zh", "catalogue.problem.required");
        }
        Category category = row.choice("category", true, s -> Category.valueOf(s.toUpperCase(Locale.ROOT)));
        IndicatorKind kind = row.choice("kind", true, IndicatorKind::fromCode);
        Measure measure = row.choice("measure", false, Measure::fromCode);
        Double factor = row.number("factor");
        if (kind == IndicatorKind.RATIO && row.isBlank("factor")) {
            row.problem("factor", "catalogue.problem.ratioWithoutFactor");
        }
        Direction direction = row.choice("direction", true, Direction::fromCode);
        Frequency frequency = row.choice("frequency", true, Frequency::fromCode);
        Integer decimals = row.integer("decimals", 0, MAX_DECIMALS, "catalogue.problem.badDecimals");
        Double jump = row.number("jump_threshold");
        if (row.failed()) {
            return null;
        }
        return new Indicator(code, nameZh, row.text("name_en"), category, row.text("unit"), kind, measure, factor,
                row.text("numerator_zh"), row.text("denominator_zh"), direction, frequency, decimals,
                row.text("note"), jump);
    }

    private List<DefinitionChange> definitionChanges(Workbook workbook) {
        List<DefinitionChange> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (CatalogueRowReader row : rows(workbook, CatalogueLayout.DEFINITIONS, CatalogueLayout.DEFINITION_COLUMNS)) {
            String indicator = row.requiredCode("indicator");
            if (indicator != null && !indicatorCodes.contains(indicator)) {
                row.problem("indicator", "catalogue.problem.unknownIndicator");
            }
            if (row.isBlank("from_period")) {
                row.problem("from_period", "catalogue.problem.required");
            }
            Period from = row.period("from_period");
            if (from != null && !keys.add(indicator + "@" + from)) {
                row.problem("from_period", "catalogue.problem.duplicateDefinitionChange");
            }
            boolean comparable = row.yesNo("comparable");
            if (!row.failed()) {
                out.add(new DefinitionChange(indicator, from, row.text("old_definition"), row.text("new_definition"),
                        comparable));
            }
        }
        return out;
    }

    /** {@code plans}: those of sheet 规划, whose codes a target's doc must name; null: any doc. */
    private List<Target> targets(Workbook workbook, List<Plan> plans) {
        List<Target> out = new ArrayList<>();
        Set<Target.Key> keys = new HashSet<>();
        Set<String> planCodes = plans == null ? null : plans.stream().map(Plan::code).collect(Collectors.toSet());
        for (CatalogueRowReader row : rows(workbook, CatalogueLayout.TARGETS, CatalogueLayout.TARGET_COLUMNS)) {
            String doc = row.text("doc").trim();
            if (planCodes != null && !doc.isEmpty() && !planCodes.contains(doc)) {
                row.problem("doc", "catalogue.problem.unknownPlan");
            }
            Target target = target(row);
            if (target != null && !keys.add(target.key())) {
                row.problem("indicator", "catalogue.problem.duplicateTarget");
            } else if (target != null) {
                out.add(target);
            }
        }
        return out;
    }

    private Target target(CatalogueRowReader row) {
        String indicator = row.requiredCode("indicator");
        if (indicator != null && !indicatorCodes.contains(indicator)) {
            row.problem("indicator", "catalogue.problem.unknownIndicator");
        }
        String region = row.requiredCode("region_code");
        Integer year = row.integer("target_year", MIN_YEAR, MAX_YEAR, "catalogue.problem.notAYear");
        Comparator comparator = row.choice("comparator", true, Comparator::fromCode);
        Double value = row.requiredNumber("target");
        Double max = row.number("target_max");
        if (comparator == Comparator.RANGE && row.isBlank("target_max")) {
            row.problem("target_max", "catalogue.problem.rangeWithoutMax");
        }
        Period base = row.period("base_period");
        boolean cumulative = row.yesNo("cumulative");
        Double baseValue = row.number("base_value");
        TargetType type = row.choice("target_type", false, TargetType::fromCode);
        boolean demo = row.yesNo("demo");
        if (row.failed()) {
            return null;
        }
        return new Target(indicator, region, row.text("region_name"), year, comparator, value, max, base, baseValue,
                cumulative, type, row.text("doc"), row.text("lead_departments"), row.text("note"), demo);
    }

    /** The data rows of a sheet that are not empty; a missing sheet or column is a problem. */
    private List<CatalogueRowReader> rows(Workbook workbook, String name, List<CatalogueColumn> layout) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            problems.add(new CatalogueProblem(name, "A1", "catalogue.problem.missingSheet", name));
            return List.of();
        }
        int before = problems.size();
        Map<String, Integer> columns = columns(sheet, layout);
        if (problems.size() > before) {
            return List.of();
        }
        List<CatalogueRowReader> out = new ArrayList<>();
        for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            CatalogueRowReader reader = row == null ? null : new CatalogueRowReader(name, row, columns, problems);
            if (reader != null && !reader.isEmpty()) {
                out.add(reader);
            }
        }
        return out;
    }

    private Map<String, Integer> columns(Sheet sheet, List<CatalogueColumn> layout) {
        Map<String, Integer> found = new HashMap<>();
        Row codes = sheet.getRow(CODE_ROW);
        for (int c = 0; codes != null && c < codes.getLastCellNum(); c++) {
            Cell cell = codes.getCell(c);
            if (cell != null && cell.getCellType() == CellType.STRING) {
                found.putIfAbsent(cell.getStringCellValue().trim(), c);
            }
        }
        Map<String, Integer> columns = new HashMap<>();
        for (CatalogueColumn column : layout) {
            Integer index = found.get(column.code());
            if (index == null && CatalogueLayout.OPTIONAL_COLUMNS.contains(column.code())) {
                continue;
            }
            if (index == null) {
                String cell = new CellReference(CODE_ROW, Math.max(0, found.size())).formatAsString(false);
                problems.add(new CatalogueProblem(sheet.getSheetName(), cell, "catalogue.problem.missingColumn",
                        column.code()));
            } else {
                columns.put(column.code(), index);
            }
        }
        return columns;
    }
}
