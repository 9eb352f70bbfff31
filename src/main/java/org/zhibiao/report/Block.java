package org.zhibiao.report;

import java.util.List;
import org.jfree.chart.JFreeChart;

/** A piece of a report section, laid out the same way by every writer. */
public sealed interface Block {

    /** A sub-heading such as （一）按状态统计. */
    record Heading(String text) implements Block {
    }

    /** A paragraph of running text; a note is set smaller. */
    record Paragraph(String text, boolean note) implements Block {

        public static Paragraph text(String text) {
            return new Paragraph(text, false);
        }

        public static Paragraph note(String text) {
            return new Paragraph(text, true);
        }
    }

    /**
     * A table with one header row; {@code widths} are relative column widths and
     * {@code numeric} marks right-aligned columns.
     */
    record Table(List<String> header, List<List<String>> rows, List<Float> widths, List<Boolean> numeric)
            implements Block {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            widths = List.copyOf(widths);
            numeric = List.copyOf(numeric);
        }
    }

    /** A chart with its caption, drawn as vectors in the PDF and as an image in Word. */
    record Chart(String caption, JFreeChart chart, float heightRatio) implements Block {
    }
}
