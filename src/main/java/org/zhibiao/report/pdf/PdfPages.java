package org.zhibiao.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/** A4 portrait pages with a cursor moving down them, and text drawn in the bundled font. */
final class PdfPages implements AutoCloseable {

    static final float LEFT = 62;
    static final float RIGHT = 52;
    static final float TOP = 64;
    static final float BOTTOM = 64;

    private static final String NO_LINE_START = "，。、；：？！）》」”’,.;:?!)%";

    private final PDDocument document;
    private final PdfFont font;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;

    PdfPages(PDDocument document, PdfFont font) {
        this.document = document;
        this.font = font;
    }

    PdfFont font() {
        return font;
    }

    PDDocument document() {
        return document;
    }

    static float width() {
        return PDRectangle.A4.getWidth() - LEFT - RIGHT;
    }

    List<PDPage> pages() {
        return pages;
    }

    int pageNumber() {
        return pages.size();
    }

    PDPageContentStream stream() {
        return stream;
    }

    float y() {
        return y;
    }

    void down(float amount) {
        y -= amount;
    }

    void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - TOP;
    }

    /** Starts a new page unless {@code height} still fits above the bottom margin. */
    boolean ensure(float height) throws IOException {
        if (stream == null || y - height < BOTTOM) {
            newPage();
            return true;
        }
        return false;
    }

    /** Draws one line of text with its baseline at {@code baseline}; bold is drawn with a thin stroke. */
    void text(String text, float x, float baseline, float size, boolean bold) throws IOException {
        String printable = font.printable(text);
        stream.beginText();
        stream.setFont(font.font(), size);
        if (bold) {
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
            stream.setLineWidth(size / 30f);
        }
        stream.newLineAtOffset(x, baseline);
        stream.showText(printable);
        if (bold) {
            stream.setRenderingMode(RenderingMode.FILL);
        }
        stream.endText();
    }

    float width(String text, float size) throws IOException {
        return font.width(font.printable(text), size);
    }

    /**
     * Breaks text into lines no wider than {@code max}: between any two Chinese characters, never
     * before closing punctuation and never inside a number or a Latin word.
     */
    List<String> wrap(String text, float size, float max, float firstIndent) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float limit = max - firstIndent;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String next = line + new String(Character.toChars(cp));
            if (line.length() > 0 && NO_LINE_START.indexOf(cp) < 0 && width(next, size) > limit) {
                int keep = wordStart(line, cp);
                lines.add(line.substring(0, keep));
                String carried = line.substring(keep);
                line.setLength(0);
                line.append(carried);
                limit = max;
                continue;
            }
            line.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Where the line may end before {@code next}: before the Latin word or number it continues. */
    private static int wordStart(StringBuilder line, int next) {
        if (!isWordChar(next)) {
            return line.length();
        }
        int start = line.length();
        while (start > 0 && isWordChar(line.charAt(start - 1))) {
            start--;
        }
        return start == 0 ? line.length() : start;
    }

    private static boolean isWordChar(int cp) {
        return cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == '-' || cp == '+');
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }
}
