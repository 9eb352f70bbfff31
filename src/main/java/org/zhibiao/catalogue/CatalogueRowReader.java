package org.zhibiao.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.zhibiao.domain.Numbers;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Text;

/**
 * Reads the typed values of one workbook row by column code; every cell that does not hold what
 * its column needs adds a located problem instead of stopping the read.
 */
final class CatalogueRowReader {

    private final String sheet;
    private final Row row;
    private final Map<String, Integer> columns;
    private final List<CatalogueProblem> problems;
    private boolean failed;

    CatalogueRowReader(String sheet, Row row, Map<String, Integer> columns, List<CatalogueProblem> problems) {
        this.sheet = sheet;
        this.row = row;
        this.columns = columns;
        this.problems = problems;
    }

    /** Whether any cell of this row had a problem. */
    boolean failed() {
        return failed;
    }

    boolean isEmpty() {
        return columns.keySet().stream().allMatch(this::isBlank);
    }

    boolean isBlank(String column) {
        return raw(column).isBlank();
    }

    /** Free text as written (empty for a blank cell). */
    String text(String column) {
        return raw(column);
    }

    String requiredCode(String column) {
        String value = Text.toHalfWidth(text(column)).trim();
        if (value.isEmpty()) {
            problem(column, "catalogue.problem.required");
            return null;
        }
        return value;
    }

    Double number(String column) {
        Cell cell = cell(column);
        if (cell == null || isBlank(column)) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
            return cell.getNumericCellValue();
        }
        Optional<Double> parsed = Numbers.parse(raw(column));
        if (parsed.isEmpty()) {
            problem(column, "catalogue.problem.notANumber");
        }
        return parsed.orElse(null);
    }

    Double requiredNumber(String column) {
        if (isBlank(column)) {
            problem(column, "catalogue.problem.required");
            return null;
        }
        return number(column);
    }

    /** A whole number from min to max; {@code messageKey} names what it should have been. */
    Integer integer(String column, int min, int max, String messageKey) {
        if (isBlank(column)) {
            problem(column, "catalogue.problem.required");
            return null;
        }
        Double v = number(column);
        if (v == null) {
            return null;
        }
        if (v != Math.rint(v) || v < min || v > max) {
            problem(column, messageKey);
            return null;
        }
        return v.intValue();
    }

    /** One of a list of codes; {@code parse} throws IllegalArgumentException for others. */
    <T> T choice(String column, boolean required, Function<String, T> parse) {
        String value = Text.toHalfWidth(raw(column)).trim();
        if (value.isEmpty()) {
            if (required) {
                problem(column, "catalogue.problem.required");
            }
            return null;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            problem(column, "catalogue.problem.unknownValue");
            return null;
        }
    }

    Period period(String column) {
        String value = Text.toHalfWidth(raw(column)).trim();
        if (value.isEmpty()) {
            return null;
        }
        Optional<Period> period = Period.parseStrict(value);
        if (period.isEmpty()) {
            problem(column, "catalogue.problem.badPeriod");
        }
        return period.orElse(null);
    }

    boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    /** yes or no, null where empty. */
    Boolean optionalYesNo(String column) {
        return isBlank(column) ? null : yesNo(column);
    }

    /** A date written 2012-07-26, null where empty. */
    LocalDate date(String column) {
        Cell cell = cell(column);
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String value = Text.toHalfWidth(raw(column)).trim();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(column, "catalogue.problem.badDate");
            return null;
        }
    }

    boolean yesNo(String column) {
        String value = Text.toHalfWidth(raw(column)).trim();
        return switch (value) {
            case "", CatalogueLayout.NO, "否" -> false;
            case CatalogueLayout.YES, "是" -> true;
            default -> {
                problem(column, "catalogue.problem.notYesNo");
                yield false;
            }
        };
    }

    void problem(String column, String messageKey) {
        failed = true;
        problems.add(new CatalogueProblem(sheet, address(column), messageKey, raw(column)));
    }

    String address(String column) {
        return new CellReference(row.getRowNum(), columns.get(column)).formatAsString(false);
    }

    /** What the cell shows: text as typed, numbers plain, a formula by its last result. */
    private String raw(String column) {
        Cell cell = cell(column);
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> Numbers.plain(cell.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case ERROR -> "#ERROR";
            default -> "";
        };
    }

    private Cell cell(String column) {
        Integer index = columns.get(column);
        return index == null ? null : row.getCell(index);
    }
}
