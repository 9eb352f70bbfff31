package org.zhibiao.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.zhibiao.i18n.Messages;
import org.zhibiao.report.ReportModel;

/** The cover, the contents page (filled in once the sections are laid out) and the page numbers. */
final class PdfFrontMatter {

    private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();

    private final PdfPages pages;
    private final ReportModel model;

    PdfFrontMatter(PdfPages pages, ReportModel model) {
        this.pages = pages;
        this.model = model;
    }

    void cover() throws IOException {
        pages.newPage();
        ReportModel.Cover cover = model.cover();
        float y = PAGE_HEIGHT - 250;
        for (String line : titleLines(cover.title())) {
            centred(line, y, 24, true);
            y -= 40;
        }
        centred(cover.period(), y - 20, 14, false);
        centred(cover.issuingUnit(), 200, 15, false);
        centred(cover.date(), 170, 15, false);
    }

    /** The title in lines, breaking before the bracketed period when it is too long for one. */
    private List<String> titleLines(String title) throws IOException {
        int bracket = Math.max(title.indexOf('（'), title.indexOf('('));
        if (pages.width(title, 24) <= PdfPages.width() - 40 || bracket <= 0) {
            return pages.wrap(title, 24, PdfPages.width() - 40, 0);
        }
        List<String> lines = new ArrayList<>(pages.wrap(title.substring(0, bracket).trim(), 24,
                PdfPages.width() - 40, 0));
        lines.add(title.substring(bracket));
        return lines;
    }

    private void centred(String text, float baseline, float size, boolean bold) throws IOException {
        float x = PdfPages.LEFT + (PdfPages.width() - pages.width(text, size)) / 2;
        pages.text(text, x, baseline, size, bold);
    }

    /** Draws the contents on {@code page}: each section heading, a dotted leader and its first page. */
    void contents(PDPage page, Map<String, Integer> starts) throws IOException {
        try (PDPageContentStream stream = new PDPageContentStream(pages.document(), page, AppendMode.APPEND, true)) {
            float y = PAGE_HEIGHT - PdfPages.TOP - 20;
            write(stream, model.contentsTitle(), PdfPages.LEFT + (PdfPages.width() - width(model.contentsTitle(), 18))
                    / 2, y, 18);
            y -= 50;
            for (Map.Entry<String, Integer> entry : starts.entrySet()) {
                String number = Integer.toString(entry.getValue());
                float right = PdfPages.LEFT + PdfPages.width();
                float textEnd = PdfPages.LEFT + width(entry.getKey(), 13);
                float numberStart = right - width(number, 13);
                String dots = ".".repeat(Math.max(0, (int) ((numberStart - textEnd - 8) / width(".", 13))));
                write(stream, entry.getKey(), PdfPages.LEFT, y, 13);
                write(stream, dots, numberStart - 4 - width(dots, 13), y, 13);
                write(stream, number, numberStart, y, 13);
                y -= 30;
            }
        }
    }

    /** Adds 第 X 页 共 Y 页 at the foot of every page. */
    void pageNumbers(Locale locale) throws IOException {
        Messages messages = Messages.of(locale);
        int total = pages.document().getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = pages.document().getPage(i);
            String text = messages.get("report.page", i + 1, total);
            try (PDPageContentStream stream = new PDPageContentStream(pages.document(), page, AppendMode.APPEND, true)) {
                write(stream, text, PdfPages.LEFT + (PdfPages.width() - width(text, 9)) / 2, 36, 9);
            }
        }
    }

    private float width(String text, float size) throws IOException {
        return pages.width(text, size);
    }

    private void write(PDPageContentStream stream, String text, float x, float baseline, float size)
            throws IOException {
        stream.beginText();
        stream.setFont(pages.font().font(), size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(pages.font().printable(text));
        stream.endText();
    }
}
