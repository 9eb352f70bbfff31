package org.zhibiao.report.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.zhibiao.report.Block;
import org.zhibiao.report.Letter;

/**
 * Writes a {@link Letter} as an A4 Word document, for an office that edits the letter before
 * sending it: the parts of the PDF letter, the groups under real Heading 2 paragraphs.
 */
public final class DocxLetterWriter {

    private static final int TITLE_SIZE = 18;
    private static final int BODY_SIZE = 12;

    private DocxLetterWriter() {
    }

    public static void write(Letter letter, Path out) {
        try (XWPFDocument document = new XWPFDocument(); OutputStream os = Files.newOutputStream(out)) {
            DocxLayout.headingStyles(document);
            DocxReportWriter.centred(document, letter.title(), TITLE_SIZE, true);
            line(document, letter.addressee(), ParagraphAlignment.LEFT);
            letter.paragraphs().forEach(p -> DocxReportWriter.paragraph(document, Block.Paragraph.text(p)));
            for (Letter.Group group : letter.groups()) {
                XWPFParagraph heading = document.createParagraph();
                heading.setStyle(DocxLayout.HEADING_2);
                heading.createRun().setText(group.heading());
                group.lines().forEach(l -> DocxReportWriter.paragraph(document, Block.Paragraph.text(l)));
            }
            document.createParagraph();
            line(document, letter.sender(), ParagraphAlignment.RIGHT);
            line(document, letter.date(), ParagraphAlignment.RIGHT);
            DocxLayout.pageSetup(document);
            document.write(os);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(XWPFDocument document, String text, ParagraphAlignment alignment) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(alignment);
        var run = p.createRun();
        run.setText(text);
        DocxReportWriter.font(run, BODY_SIZE);
    }
}
