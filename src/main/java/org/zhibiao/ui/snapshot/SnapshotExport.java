package org.zhibiao.ui.snapshot;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Period;
import org.zhibiao.i18n.Messages;
import org.zhibiao.service.SnapshotService;
import org.zhibiao.ui.common.TaskRunner;

/** File ▸ Export snapshot: where to, and (when quarters are locked) up to which one; written in the background. */
public final class SnapshotExport {

    private final Messages messages;
    private final TaskRunner tasks;

    public SnapshotExport(Messages messages, TaskRunner tasks) {
        this.messages = messages;
        this.tasks = tasks;
    }

    public void run(Window owner, Workspace workspace, java.util.function.Consumer<String> status) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("snapshot.save.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("snapshot.filter.snapshot"),
                "*" + SnapshotService.EXTENSION));
        String name = workspace.file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        chooser.setInitialFileName(name + SnapshotService.EXTENSION);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        List<Period> locked = workspace.snapshots().lockedPeriods();
        Optional<Choice> upTo = locked.isEmpty() ? Optional.of(new Choice(null)) : askUpTo(owner, locked);
        upTo.ifPresent(choice -> tasks.run(() -> workspace.snapshots().export(file.toPath(), choice.period()),
                (Path written) -> status.accept(messages.get("snapshot.done", written))));
    }

    private Optional<Choice> askUpTo(Window owner, List<Period> locked) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(null));
        locked.forEach(p -> choices.add(new Choice(p)));
        ChoiceDialog<Choice> dialog = new ChoiceDialog<>(choices.get(choices.size() - 1), choices);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("snapshot.upTo.title"));
        dialog.setHeaderText(messages.get("snapshot.upTo.header"));
        return dialog.showAndWait();
    }

    private final class Choice {
        private final Period period;

        Choice(Period period) {
            this.period = period;
        }

        Period period() {
            return period;
        }

        @Override
        public String toString() {
            return period == null ? messages.get("snapshot.upTo.all") : messages.get("snapshot.upTo.period", period);
        }
    }
}
