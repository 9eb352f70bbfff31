package org.zhibiao.charts;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.zhibiao.analysis.Status;
import org.zhibiao.i18n.Messages;

/** Legend entries for the statuses a chart shows, each with its symbol and colour. */
final class Legends {

    private static final Shape BOX = new Rectangle2D.Double(-5, -5, 10, 10);

    private Legends() {
    }

    static LegendItemCollection statuses(Collection<Status> shown, Messages messages) {
        Set<Status> present = shown.isEmpty() ? EnumSet.noneOf(Status.class) : EnumSet.copyOf(shown);
        LegendItemCollection items = new LegendItemCollection();
        for (Status s : present) {
            items.add(new LegendItem(s.label(messages), null, null, null,
                    BOX, StatusStyle.color(s), new java.awt.BasicStroke(0.5f), ChartTheme.INK));
        }
        return items;
    }

    /** A grey box standing for a filled (solid) or outlined (hollow) bar series. */
    static LegendItem outline(String label, boolean filled) {
        return new LegendItem(label, null, null, null, BOX,
                filled ? java.awt.Color.GRAY : java.awt.Color.WHITE, new java.awt.BasicStroke(filled ? 0.5f : 2f),
                java.awt.Color.GRAY);
    }
}
