package org.zhibiao.report.pdf;

import java.io.IOException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import java.io.ByteArrayInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.zhibiao.charts.BundledFont;

/** The bundled CJK font loaded into one document, embedded as a subset, with text measuring. */
final class PdfFont implements AutoCloseable {

    private final TrueTypeCollection collection;
    private final PDType0Font font;
    private final CmapLookup cmap;

    private PdfFont(TrueTypeCollection collection, TrueTypeFont ttf, PDType0Font font) throws IOException {
        this.collection = collection;
        this.font = font;
        this.cmap = ttf.getUnicodeCmapLookup();
    }

    static PdfFont load(PDDocument document) throws IOException {
        TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(BundledFont.collection()));
        TrueTypeFont ttf = collection.getFontByName(BundledFont.NAME);
        return new PdfFont(collection, ttf, PDType0Font.load(document, ttf, true));
    }

    PDType0Font font() {
        return font;
    }

    /** The text with every character the font lacks replaced by a question mark. */
    String printable(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean known = cp == ' ' || cmap.getGlyphId(cp) != 0;
            sb.appendCodePoint(known ? (Character.isWhitespace(cp) ? ' ' : cp) : '?');
        });
        return sb.toString();
    }

    /** The width of printable text at a size, in points. */
    float width(String printable, float size) throws IOException {
        return font.getStringWidth(printable) / 1000f * size;
    }

    @Override
    public void close() throws IOException {
        collection.close();
    }
}
