package org.zhibiao.report.pdf;

import java.io.IOException;
import java.util.List;

/** Headings and paragraphs: 一、 in 16 pt, （一） in 13 pt, body text indented two characters. */
final class PdfText {

    static final float SECTION = 16f;
    static final float SUB = 13f;
    static final float BODY = 11f;
    static final float NOTE = 9f;

    private final PdfPages pages;

    PdfText(PdfPages pages) {
        this.pages = pages;
    }

    void sectionHeading(String text) throws IOException {
        pages.ensure(SECTION * 3);
        pages.down(SECTION);
        pages.text(text, PdfPages.LEFT, pages.y(), SECTION, true);
        pages.down(SECTION);
    }

    /** A sub-heading kept on one page with {@code keepWith} points of what follows it. */
    void subHeading(String text, float keepWith) throws IOException {
        pages.ensure(SUB * 2 + 4 + keepWith);
        pages.down(SUB + 4);
        pages.text(text, PdfPages.LEFT, pages.y(), SUB, true);
        pages.down(SUB * 0.8f);
    }

    void paragraph(String text, boolean note) throws IOException {
        float size = note ? NOTE : BODY;
        float leading = size * 1.7f;
        float indent = note ? 0 : size * 2;
        List<String> lines = pages.wrap(text, size, PdfPages.width(), indent);
        for (int i = 0; i < lines.size(); i++) {
            pages.ensure(leading);
            pages.down(leading);
            pages.text(lines.get(i), PdfPages.LEFT + (i == 0 ? indent : 0), pages.y() + leading - size * 1.2f,
                    size, false);
        }
        pages.down(size * 0.5f);
    }
}
