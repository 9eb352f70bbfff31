package org.zhibiao.report.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A written report's pages rendered as images for the on-screen preview. */
public final class PdfPreview implements AutoCloseable {

    /** Points per inch: a scale of 1 renders a page at 72 dpi. */
    public static final float POINTS_PER_INCH = 72f;

    private final PDDocument document;
    private final PDFRenderer renderer;

    public PdfPreview(byte[] pdf) throws IOException {
        this.document = Loader.loadPDF(pdf);
        this.renderer = new PDFRenderer(document);
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /** Page {@code index} (from 0) at {@code scale} × 72 dpi. */
    public synchronized BufferedImage render(int index, float scale) throws IOException {
        return renderer.renderImageWithDPI(index, POINTS_PER_INCH * scale, ImageType.RGB);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
