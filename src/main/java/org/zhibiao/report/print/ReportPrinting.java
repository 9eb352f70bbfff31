package org.zhibiao.report.print;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.zhibiao.domain.ZhibiaoException;

/** Prints a written PDF report through java.awt.print, page by page as it was laid out. */
public final class ReportPrinting {

    private ReportPrinting() {
    }

    /** Whether the system knows any printer at all. */
    public static boolean printerInstalled() {
        return PrintServiceLookup.lookupPrintServices(null, null).length > 0;
    }

    /**
     * Shows the system print dialog and prints if the user confirms.
     *
     * @return false when the user cancelled
     */
    public static boolean printWithDialog(byte[] pdf, String jobName) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = job(document, jobName);
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        } catch (IOException | PrinterException e) {
            throw new ZhibiaoException("report.error.print", e);
        }
    }

    /** Prints to the given service without asking, e.g. a printer chosen before or a file service. */
    public static void print(byte[] pdf, PrintService service, String jobName) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = job(document, jobName);
            job.setPrintService(service);
            job.print();
        } catch (IOException | PrinterException e) {
            throw new ZhibiaoException("report.error.print", e);
        }
    }

    private static PrinterJob job(PDDocument document, String jobName) {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setJobName(jobName);
        job.setPageable(new PDFPageable(document));
        return job;
    }
}
