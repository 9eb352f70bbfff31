package org.zhibiao.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Period;
import org.zhibiao.i18n.Messages;
import org.zhibiao.report.ReportFormat;
import org.zhibiao.report.ReportModel;
import org.zhibiao.service.ReportService;

/**
 * The quarterly report of the demo province for 2015Q4 in a warm JVM: assembling it from the
 * analysis, and assembling plus writing it as PDF and as Word. Arguments: [warm-ups] [runs].
 */
public final class Report {

    private static final Period PERIOD = Period.of(2015, 4);

    private Report() {
    }

    public static void main(String[] args) throws Exception {
        int warmUps = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path dir = Files.createTempDirectory("zhibiao-bench");
        Path db = dir.resolve("demo.db");
        try (Workspace workspace = Workspace.open(db)) {
            workspace.init().initialise("220000", true);
            workspace.demo().generate();
        }
        Messages zh = Messages.of(Messages.CHINESE);
        try (Workspace workspace = Workspace.openReadOnly(db)) {
            ReportService reports = workspace.report();
            System.out.println(Bench.header());
            new Bench("report model 2015Q4 (analysis + assembly)", warmUps, runs)
                    .report(i -> reports.build(PERIOD, null, zh));
            for (ReportFormat format : ReportFormat.values()) {
                new Bench("report 2015Q4 → " + format.extension() + " (model + file)", warmUps, runs)
                        .report(i -> write(reports.build(PERIOD, null, zh), format));
            }
            ReportModel model = reports.build(PERIOD, null, zh);
            byte[] pdf = write(model, ReportFormat.PDF);
            try (var doc = Loader.loadPDF(pdf)) {
                System.out.printf("PDF: %d pages, %,d bytes; DOCX: %,d bytes%n", doc.getNumberOfPages(), pdf.length,
                        write(model, ReportFormat.DOCX).length);
            }
        }
    }

    private static byte[] write(ReportModel model, ReportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportService.write(model, format, out);
        return out.toByteArray();
    }
}
