package org.zhibiao.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.zhibiao.app.AppInfo;
import org.zhibiao.app.AppPaths;
import org.zhibiao.domain.ServerAddress;
import org.zhibiao.i18n.Messages;

/** The dialogs of the desktop app, owned by the main window and in the current language. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final Supplier<Messages> messages;

    public FxDialogService(Supplier<Window> owner, Supplier<Messages> messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void showError(Throwable problem) {
        Alert alert = alert(Alert.AlertType.ERROR, "ui.error.title", UserMessages.sentence(problem, messages.get()));
        TextArea detail = new TextArea(UserMessages.detail(problem));
        detail.setEditable(false);
        detail.getStyleClass().add(Styles.TECHNICAL_DETAIL);
        alert.getDialogPane().setExpandableContent(new VBox(new Label(messages.get().get("ui.error.detail")), detail));
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String question) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "ui.confirm.title", question);
        ButtonType yes = Buttons.ok(messages.get());
        alert.getButtonTypes().setAll(yes, Buttons.cancel(messages.get()));
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    @Override
    public Optional<Path> chooseDatabaseToOpen() {
        FileChooser chooser = databaseChooser("ui.file.open");
        chooser.getExtensionFilters().add(0, new FileChooser.ExtensionFilter(
                messages.get().get("snapshot.filter.open"), "*.db", "*.zbs"));
        chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(0));
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseNewDatabase() {
        FileChooser chooser = databaseChooser("ui.file.new");
        chooser.setInitialFileName("zhibiao-new.db");
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath).map(path -> withSuffix(path, ".db"));
    }

    @Override
    public Optional<String> chooseHomeRegion() {
        return new HomeRegionDialog(messages.get(), owner.get()).showAndWait();
    }

    @Override
    public void showAbout(String database) {
        Messages m = messages.get();
        String text = m.get("ui.about.text", AppInfo.version(), AppPaths.dataFolder());
        alert(Alert.AlertType.INFORMATION, "ui.help.about",
                database == null ? text : text + "\n" + m.get("connect.about.database", database)).showAndWait();
    }

    @Override
    public Optional<ServerLogin> chooseServer(ServerAddress last) {
        return new ServerDialog(messages.get(), owner.get(), last).showAndWait();
    }

    @Override
    public Optional<Path> chooseToRead(FileKind kind) {
        return Optional.ofNullable(chooser(kind, "open").showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseToWrite(FileKind kind, String suggestedName) {
        FileChooser chooser = chooser(kind, "save");
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath)
                .map(path -> withSuffix(path, kind.extension()));
    }

    @Override
    public void inform(String sentence, List<String> lines) {
        Alert alert = alert(lines.isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING, "ui.confirm.title",
                sentence);
        if (!lines.isEmpty()) {
            ListView<String> list = new ListView<>();
            list.setId("informLines");
            list.getItems().setAll(lines);
            list.setPrefSize(640, 240);
            alert.getDialogPane().setContent(new VBox(8, new Label(sentence), list));
        }
        alert.showAndWait();
    }

    private FileChooser chooser(FileKind kind, String purpose) {
        Messages m = messages.get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get(kind.key(purpose)));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get(kind.key("filter")), kind.pattern()));
        return chooser;
    }

    private Alert alert(Alert.AlertType type, String titleKey, String text) {
        Alert alert = new Alert(type, text, Buttons.ok(messages.get()));
        alert.initOwner(owner.get());
        alert.setTitle(messages.get().get(titleKey));
        alert.setHeaderText(null);
        alert.setResizable(true);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        return alert;
    }

    private FileChooser databaseChooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get().get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get().get("ui.file.filter"), "*.db"));
        File folder = AppPaths.dataFolder().toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        return chooser;
    }

    private static Path withSuffix(Path path, String suffix) {
        String name = path.getFileName().toString();
        return name.contains(".") ? path : path.resolveSibling(name + suffix);
    }
}
