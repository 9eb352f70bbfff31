package org.zhibiao.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.zhibiao.report.Letter;

/** Writes a {@link Letter} as an A4 PDF in the bundled font: title, addressee, paragraphs, groups, sender. */
public final class PdfLetterWriter {

    private PdfLetterWriter() {
    }

    public static void write(Letter letter, Path out) {
        try (PDDocument document = new PDDocument(); PdfFont font = PdfFont.load(document);
             PdfPages pages = new PdfPages(document, font)) {
            PdfText text = new PdfText(pages);
            pages.newPage();
            line(pages, letter.title(), PdfText.SECTION, Align.CENTRE, true);
            pages.down(PdfText.SECTION);
            line(pages, letter.addressee(), PdfText.BODY, Align.LEFT, false);
            for (String p : letter.paragraphs()) {
                text.paragraph(p, false);
            }
            for (Letter.Group group : letter.groups()) {
                text.subHeading(group.heading(), PdfText.BODY * 2);
                for (String l : group.lines()) {
                    text.paragraph(l, false);
                }
            }
            pages.down(PdfText.BODY * 2);
            line(pages, letter.sender(), PdfText.BODY, Align.RIGHT, false);
            line(pages, letter.date(), PdfText.BODY, Align.RIGHT, false);
            pages.close();
            document.save(out.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private enum Align { LEFT, CENTRE, RIGHT }

    private static void line(PdfPages pages, String text, float size, Align align, boolean bold) throws IOException {
        float free = PdfPages.width() - pages.width(text, size);
        float x = PdfPages.LEFT + switch (align) {
            case LEFT -> 0;
            case CENTRE -> free / 2;
            case RIGHT -> free;
        };
        pages.ensure(size * 1.7f);
        pages.down(size * 1.7f);
        pages.text(text, x, pages.y(), size, bold);
    }
}
