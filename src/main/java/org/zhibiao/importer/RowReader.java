package org.zhibiao.importer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.zhibiao.domain.Indicator;

/**
 * Reads the value, numerator and denominator of one indicator row by RETURNS.md's rules and checks
 * them: ranges, numerator and denominator, and the value against them.
 */
final class RowReader {

    private final TableLayout table;
    private final IssueList issues;
    private final String sheet;

    RowReader(TableLayout table, IssueList issues) {
        this.table = table;
        this.issues = issues;
        this.sheet = table.sheet().name();
    }

    Optional<ReturnValue> read(int row, Indicator indicator) {
        NumberReader.Result value = number(row, Column.VALUE, indicator.unit(), indicator.isPercentage());
        NumberReader.Result num = indicator.isRatio() ? number(row, Column.NUMERATOR, null, false) : empty();
        NumberReader.Result den = indicator.isRatio() ? number(row, Column.DENOMINATOR, null, false) : empty();
        if (isInvalid(value) || isInvalid(num) || isInvalid(den)) {
            return Optional.empty();
        }
        String note = table.text(row, Column.NOTE);
        if (num.number() == null && den.number() == null) {
            return value.number() == null ? Optional.empty() : valueAlone(row, indicator, value.number(), note);
        }
        return fraction(row, indicator, value.number(), num.number(), den.number(), note);
    }

    private Optional<ReturnValue> valueAlone(int row, Indicator indicator, BigDecimal value, String note) {
        if (!inRange(row, Column.VALUE, indicator, value)) {
            return Optional.empty();
        }
        if (indicator.isRatio()) {
            issues.warning(sheet, table.address(row, Column.VALUE), "import.warning.valueWithoutFraction",
                    table.text(row, Column.VALUE), indicator.code());
        }
        return Optional.of(stored(row, indicator, value.doubleValue(), null, null, note));
    }

    private Optional<ReturnValue> fraction(int row, Indicator indicator, BigDecimal value, BigDecimal num,
                                           BigDecimal den, String note) {
        if (num == null || den == null) {
            Column missing = num == null ? Column.NUMERATOR : Column.DENOMINATOR;
            issues.error(sheet, table.address(row, missing), "import.issue.fractionIncomplete", "", indicator.code());
            return Optional.empty();
        }
        if (!fractionValid(row, indicator, num, den)) {
            return Optional.empty();
        }
        Double computed = ratio(indicator, num, den);
        if (computed != null && Math.abs(computed) > 1e15) {
            issues.error(sheet, table.address(row, Column.VALUE), "import.issue.implausible",
                    table.text(row, Column.VALUE), NumberReader.text(BigDecimal.valueOf(computed)));
            return Optional.empty();
        }
        if (value != null && !agrees(indicator, value, computed)) {
            issues.error(sheet, table.address(row, Column.VALUE), "import.issue.valueDisagrees",
                    table.text(row, Column.VALUE), NumberReader.text(value), computed == null ? "—" : round(computed, indicator));
            return Optional.empty();
        }
        if (value != null && !inRange(row, Column.VALUE, indicator, value)) {
            return Optional.empty();
        }
        Double stored = value != null ? Double.valueOf(value.doubleValue()) : computed;
        return Optional.of(stored(row, indicator, stored, num.doubleValue(), den.doubleValue(), note));
    }

    private boolean fractionValid(int row, Indicator indicator, BigDecimal num, BigDecimal den) {
        if (num.signum() < 0 || den.signum() < 0) {
            Column c = num.signum() < 0 ? Column.NUMERATOR : Column.DENOMINATOR;
            issues.error(sheet, table.address(row, c), "import.issue.negative", table.text(row, c));
            return false;
        }
        if (den.signum() == 0 && num.signum() > 0) {
            issues.error(sheet, table.address(row, Column.DENOMINATOR), "import.issue.zeroDenominator",
                    table.text(row, Column.DENOMINATOR), NumberReader.text(num));
            return false;
        }
        if (indicator.isPercentage() && num.compareTo(den) > 0) {
            issues.error(sheet, table.address(row, Column.NUMERATOR), "import.issue.numeratorAboveDenominator",
                    table.text(row, Column.NUMERATOR), NumberReader.text(num), NumberReader.text(den));
            return false;
        }
        return true;
    }

    /** numerator × factor ÷ denominator in decimal arithmetic, so 952 / 1000 gives exactly 95.2. */
    private static Double ratio(Indicator indicator, BigDecimal num, BigDecimal den) {
        if (den.signum() == 0 || indicator.factor() == null) {
            return null;
        }
        return num.multiply(BigDecimal.valueOf(indicator.factor())).divide(den, MathContext.DECIMAL64).doubleValue();
    }

    private static boolean agrees(Indicator indicator, BigDecimal value, Double computed) {
        if (computed == null) {
            return false;
        }
        double tolerance = 0.5 * Math.pow(10, -indicator.decimals()) + 1e-9;
        return Math.abs(value.doubleValue() - computed) <= tolerance;
    }

    private boolean inRange(int row, Column column, Indicator indicator, BigDecimal value) {
        String raw = table.text(row, column);
        if (value.signum() < 0) {
            issues.error(sheet, table.address(row, column), "import.issue.negative", raw);
            return false;
        }
        if (indicator.isPercentage() && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            issues.error(sheet, table.address(row, column), "import.issue.percentOutOfRange", raw, NumberReader.text(value));
            return false;
        }
        return true;
    }

    private ReturnValue stored(int row, Indicator indicator, Double value, Double num, Double den, String note) {
        return new ReturnValue(indicator, value, num, den, note, sheet, table.address(row, Column.VALUE));
    }

    private NumberReader.Result number(int row, Column column, String unit, boolean percentage) {
        NumberReader.Result r = NumberReader.read(table.cell(row, column), unit, percentage);
        String raw = table.text(row, column);
        String key = switch (r.kind()) {
            case INVALID -> "import.issue.notANumber";
            case IMPLAUSIBLE -> "import.issue.implausible";
            case FORMULA -> "import.issue.formulaWithoutResult";
            case EMPTY, NUMBER -> null;
        };
        if (key != null) {
            issues.error(sheet, table.address(row, column), key, raw, raw);
        }
        return r;
    }

    private static boolean isInvalid(NumberReader.Result r) {
        return r.kind() != NumberReader.Kind.EMPTY && r.kind() != NumberReader.Kind.NUMBER;
    }

    private static NumberReader.Result empty() {
        return NumberReader.Result.EMPTY;
    }

    private static String round(double value, Indicator indicator) {
        return NumberReader.text(BigDecimal.valueOf(value).setScale(indicator.decimals() + 1, RoundingMode.HALF_UP));
    }
}
