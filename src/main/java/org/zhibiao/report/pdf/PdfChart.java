package org.zhibiao.report.pdf;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer.IFontTextDrawerEnv;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.zhibiao.report.Block;

/**
 * Draws a chart as vectors through the Graphics2D bridge; its text is real text in the embedded
 * CJK font, so it is searchable and never turns into missing glyphs.
 */
final class PdfChart {

    private final PdfPages pages;

    PdfChart(PdfPages pages) {
        this.pages = pages;
    }

    void draw(Block.Chart chart) throws IOException {
        float width = PdfPages.width();
        float height = width * chart.heightRatio();
        pages.ensure(height + 8);
        PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(pages.document(), width, height);
        g2.setFontTextDrawer(new EmbeddedFontDrawer(pages.font().font()));
        chart.chart().draw(g2, new Rectangle2D.Double(0, 0, width, height));
        g2.dispose();
        PDFormXObject form = g2.getXFormObject();
        var stream = pages.stream();
        stream.saveGraphicsState();
        stream.transform(Matrix.getTranslateInstance(PdfPages.LEFT, pages.y() - height));
        stream.drawForm(form);
        stream.restoreGraphicsState();
        pages.down(height + 12);
    }

    /** Maps every AWT font of a chart to the report's embedded font. */
    private static final class EmbeddedFontDrawer extends PdfBoxGraphics2DFontTextDrawer {

        private final PDFont font;

        EmbeddedFontDrawer(PDFont font) {
            this.font = font;
        }

        @Override
        protected PDFont mapFont(Font awtFont, IFontTextDrawerEnv env) {
            return font;
        }
    }
}
