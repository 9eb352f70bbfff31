package org.zhibiao.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.zhibiao.report.Block;
import org.zhibiao.report.ReportModel;

/**
 * Writes a report as an A4 PDF: cover, contents, sections with 公文-style headings, tables that
 * break across pages, vector charts and page numbers. The same model gives the same file: the
 * dates come from the report date and the document ID from the report's text.
 */
public final class PdfReportWriter {

    public void write(ReportModel model, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(); PdfFont font = PdfFont.load(document)) {
            try (PdfPages pages = new PdfPages(document, font)) {
                PdfFrontMatter front = new PdfFrontMatter(pages, model);
                front.cover();
                pages.newPage();
                Map<String, Integer> starts = new LinkedHashMap<>();
                for (ReportModel.Section section : model.sections()) {
                    starts.put(section.heading(), pages.pageNumber() + 1);
                    section(pages, section);
                }
                pages.close();
                front.contents(document.getPage(1), starts);
                front.pageNumbers(model.locale());
            }
            metadata(document, model);
            document.save(out);
        }
    }

    private static void section(PdfPages pages, ReportModel.Section section) throws IOException {
        pages.newPage();
        PdfText text = new PdfText(pages);
        text.sectionHeading(section.heading());
        List<Block> blocks = section.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Block.Heading h) {
                text.subHeading(h.text(), i + 1 < blocks.size() ? keepWith(blocks.get(i + 1)) : 0);
            } else if (block instanceof Block.Paragraph p) {
                text.paragraph(p.text(), p.note());
            } else if (block instanceof Block.Table t) {
                new PdfTable(pages).draw(t);
            } else if (block instanceof Block.Chart c) {
                new PdfChart(pages).draw(c);
            }
        }
    }

    /** The height a heading keeps on its page for the block after it: a whole chart, else a few lines. */
    private static float keepWith(Block next) {
        return next instanceof Block.Chart c ? PdfPages.width() * c.heightRatio() + 8 : 60;
    }

    private static void metadata(PDDocument document, ReportModel model) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(model.cover().title());
        info.setAuthor(model.cover().unitName());
        info.setCreator("Zhibiao");
        info.setProducer("Zhibiao");
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        when.clear();
        LocalDate date = model.date();
        when.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        info.setCreationDate(when);
        info.setModificationDate(when);
        byte[] id = fingerprint(model);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] fingerprint(ReportModel model) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(model.cover().toString().getBytes(StandardCharsets.UTF_8));
            for (ReportModel.Section s : model.sections()) {
                md5.update(s.heading().getBytes(StandardCharsets.UTF_8));
                for (Block b : s.blocks()) {
                    String text = b instanceof Block.Chart c ? c.caption() : b.toString();
                    md5.update(text.getBytes(StandardCharsets.UTF_8));
                }
            }
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
