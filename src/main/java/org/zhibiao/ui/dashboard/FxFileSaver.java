package org.zhibiao.ui.dashboard;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.zhibiao.i18n.Messages;

/** The system's save dialog, limited to one file kind. */
public final class FxFileSaver implements FileSaver {

    private final Supplier<Window> owner;
    private final Messages messages;

    public FxFileSaver(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Path> choose(String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("dashboard.export.title"));
        chooser.setInitialFileName(suggestedName + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get("dashboard.export.kind." + extension), "*." + extension));
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }
}
