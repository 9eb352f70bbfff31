package org.zhibiao.charts;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.zhibiao.domain.Period;

/**
 * A time axis in quarters with a tick at every year's Q4 (the year's value). A period is placed
 * at {@code index + 1}, so the multiples of four are the Q4s.
 */
final class QuarterAxis {

    private QuarterAxis() {
    }

    static double x(Period period) {
        return period.index() + 1;
    }

    static Period period(double x) {
        return Period.fromIndex((int) Math.round(x) - 1);
    }

    static NumberAxis create(String label, Period first, Period last) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        axis.setRange(x(first) - 0.5, x(last) + 0.5);
        int years = Math.max(1, (last.index() - first.index()) / 4);
        axis.setTickUnit(new NumberTickUnit(years > 12 ? 8 : 4, new Format()));
        return axis;
    }

    private static final class Format extends NumberFormat {

        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double number, StringBuffer out, FieldPosition pos) {
            return out.append(period(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer out, FieldPosition pos) {
            return format((double) number, out, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return null;
        }
    }
}
