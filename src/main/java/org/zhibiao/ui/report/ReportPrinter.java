package org.zhibiao.ui.report;

import org.zhibiao.report.print.ReportPrinting;

/** Where the Report screen prints: the system's printers through the system dialog. */
public interface ReportPrinter {

    boolean installed();

    /** @return false when the user cancelled */
    boolean print(byte[] pdf, String jobName);

    static ReportPrinter system() {
        return new ReportPrinter() {
            @Override
            public boolean installed() {
                return ReportPrinting.printerInstalled();
            }

            @Override
            public boolean print(byte[] pdf, String jobName) {
                return ReportPrinting.printWithDialog(pdf, jobName);
            }
        };
    }
}
