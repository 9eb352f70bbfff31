package org.zhibiao.ui.report;

import java.nio.file.Path;
import java.util.Optional;
import org.zhibiao.report.ReportFormat;

/** The Report screen's own dialogs: where to save a report. */
public interface ReportDialogs {

    Optional<Path> chooseSaveFile(ReportFormat format, String suggestedName);
}
