package org.zhibiao.ui.report;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.zhibiao.i18n.Messages;
import org.zhibiao.report.ReportFormat;

/** The save dialog of the Report screen, owned by the screen's window. */
final class FxReportDialogs implements ReportDialogs {

    private final Supplier<Window> owner;
    private final Messages messages;

    FxReportDialogs(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Path> chooseSaveFile(ReportFormat format, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("uireport.save." + format.extension()));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get("uireport.filter." + format.extension()), "*." + format.extension()));
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath).map(p -> withExtension(p, format));
    }

    private static Path withExtension(Path path, ReportFormat format) {
        return ReportFormat.of(path).isPresent() ? path
                : path.resolveSibling(path.getFileName() + "." + format.extension());
    }
}
