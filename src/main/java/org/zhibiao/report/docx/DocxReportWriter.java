package org.zhibiao.report.docx;

import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.zhibiao.i18n.Messages;
import org.zhibiao.report.Block;
import org.zhibiao.report.ReportModel;

/**
 * Writes a report as a Word document the office can edit: real Heading 1/2 paragraphs, real
 * tables with a repeated header row, charts as PNG pictures and page numbers in the footer.
 */
public final class DocxReportWriter {

    private static final double CHART_WIDTH_PT = 450;
    private static final int CHART_SCALE = 2;

    public void write(ReportModel model, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            DocxLayout.headingStyles(document);
            Map<Block.Chart, byte[]> pictures = pictures(model);
            cover(document, model.cover());
            contents(document, model);
            for (ReportModel.Section section : model.sections()) {
                section(document, section, pictures);
            }
            String[] footer = Messages.of(model.locale()).get("report.pageField", "\u0000", "\u0000").split("\u0000");
            DocxLayout.pageNumbers(document, footer[0], footer[1], footer.length > 2 ? footer[2] : "");
            DocxLayout.pageSetup(document);
            document.write(out);
        }
    }

    private static void cover(XWPFDocument document, ReportModel.Cover cover) {
        for (int i = 0; i < 6; i++) {
            document.createParagraph();
        }
        centred(document, cover.title(), 22, true);
        centred(document, cover.period(), 14, false);
        for (int i = 0; i < 12; i++) {
            document.createParagraph();
        }
        centred(document, cover.issuingUnit(), 15, false);
        centred(document, cover.date(), 15, false).createRun().addBreak(BreakType.PAGE);
    }

    private static void contents(XWPFDocument document, ReportModel model) {
        centred(document, model.contentsTitle(), 18, true);
        for (ReportModel.Section section : model.sections()) {
            XWPFRun run = document.createParagraph().createRun();
            run.setText(section.heading());
            font(run, 13);
        }
    }

    private static void section(XWPFDocument document, ReportModel.Section section, Map<Block.Chart, byte[]> pictures)
            throws IOException {
        XWPFParagraph heading = document.createParagraph();
        heading.setStyle(DocxLayout.HEADING_1);
        heading.setPageBreak(true);
        heading.createRun().setText(section.heading());
        DocxTable tables = new DocxTable(document);
        for (Block block : section.blocks()) {
            if (block instanceof Block.Heading h) {
                XWPFParagraph p = document.createParagraph();
                p.setStyle(DocxLayout.HEADING_2);
                p.createRun().setText(h.text());
            } else if (block instanceof Block.Paragraph p) {
                paragraph(document, p);
            } else if (block instanceof Block.Table t) {
                tables.add(t);
            } else if (block instanceof Block.Chart c) {
                picture(document, c, pictures.get(c));
            }
        }
    }

    static void paragraph(XWPFDocument document, Block.Paragraph block) {
        XWPFParagraph p = document.createParagraph();
        if (!block.note()) {
            p.setIndentationFirstLine(560);
        }
        p.setSpacingBetween(1.3);
        XWPFRun run = p.createRun();
        run.setText(block.text());
        font(run, block.note() ? 9 : 12);
    }

    /** Every chart drawn and encoded up front, the charts side by side on the available cores. */
    private static Map<Block.Chart, byte[]> pictures(ReportModel model) {
        List<Block.Chart> charts = model.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(Block.Chart.class::isInstance).map(Block.Chart.class::cast).toList();
        List<byte[]> encoded = charts.parallelStream().map(DocxReportWriter::png).toList();
        Map<Block.Chart, byte[]> pictures = new IdentityHashMap<>();
        for (int i = 0; i < charts.size(); i++) {
            pictures.put(charts.get(i), encoded.get(i));
        }
        return pictures;
    }

    private static byte[] png(Block.Chart chart) {
        double height = CHART_WIDTH_PT * chart.heightRatio();
        BufferedImage image = new BufferedImage((int) CHART_WIDTH_PT * CHART_SCALE, (int) height * CHART_SCALE,
                BufferedImage.TYPE_INT_RGB);
        var g2 = image.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.scale(CHART_SCALE, CHART_SCALE);
        chart.chart().draw(g2, new Rectangle2D.Double(0, 0, CHART_WIDTH_PT, height));
        g2.dispose();
        try {
            return PngEncoder.encode(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void picture(XWPFDocument document, Block.Chart chart, byte[] png) throws IOException {
        double width = CHART_WIDTH_PT;
        double height = width * chart.heightRatio();
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), PictureType.PNG,
                    chart.caption() + ".png", Units.toEMU(width), Units.toEMU(height));
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    static XWPFParagraph centred(XWPFDocument document, String text, int size, boolean bold) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        font(run, size);
        return p;
    }

    static void font(XWPFRun run, int size) {
        run.setFontSize(size);
        run.setFontFamily(DocxLayout.FONT);
    }
}
