package org.zhibiao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import javax.print.DocFlavor;
import javax.print.StreamPrintServiceFactory;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhibiao.report.print.PdfPreview;
import org.zhibiao.report.print.ReportPrinting;

class ReportPrintingTest {

    private static byte[] pdf;

    @BeforeAll
    static void write() throws IOException {
        pdf = PdfReportWriterTest.pdf(ReportFixtures.input());
    }

    @Test
    void printingToAPostScriptFileServiceProducesEveryPage() throws IOException {
        int pages;
        try (var doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
        }
        StreamPrintServiceFactory[] factories = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, DocFlavor.BYTE_ARRAY.POSTSCRIPT.getMimeType());
        assertThat(factories).isNotEmpty();
        ByteArrayOutputStream postscript = new ByteArrayOutputStream();
        ReportPrinting.print(pdf, factories[0].getPrintService(postscript), "report");
        String ps = postscript.toString(StandardCharsets.ISO_8859_1);
        assertThat(ps).startsWith("%!PS");
        assertThat(Pattern.compile("(?m)^%%Page: ").matcher(ps).results().count()).as(ps.substring(0, 400))
                .isEqualTo(pages);
        assertThat(Pattern.compile("(?m)^showpage").matcher(ps).results().count()).isEqualTo(pages);
    }

    @Test
    void thePreviewRendersEveryPageAtTheChosenScale() throws IOException {
        try (PdfPreview preview = new PdfPreview(pdf)) {
            assertThat(preview.pageCount()).isGreaterThan(10);
            var page = preview.render(0, 1f);
            assertThat(page.getWidth()).isEqualTo(595);
            assertThat(preview.render(preview.pageCount() - 1, 2f).getWidth()).isCloseTo(1190, within(1));
        }
    }
}
