package org.zhibiao.ui;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.zhibiao.app.AppIcons;
import org.zhibiao.i18n.Messages;
import org.zhibiao.service.SnapshotService;
import org.zhibiao.ui.common.DataChanges;
import org.zhibiao.ui.common.DialogService;
import org.zhibiao.ui.common.Screen;
import org.zhibiao.ui.common.ScreenContext;
import org.zhibiao.ui.common.Styles;
import org.zhibiao.ui.common.TaskRunner;
import org.zhibiao.ui.common.UiPreferences;
import org.zhibiao.ui.common.UnsavedChanges;
import org.zhibiao.ui.snapshot.SnapshotExport;

/**
 * The main window: menu, navigation of {@link Screens}, the selected screen, a status bar. It is
 * rebuilt whole when the language or the database changes; screens stay alive while switching.
 */
public final class MainWindow implements MainMenu.Actions {

    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;
    private static final double MIN_WIDTH = 960;
    private static final double MIN_HEIGHT = 600;
    private static final double SCREEN_SHARE = 0.95;
    private static final String WINDOW_WIDTH = "window.width";
    private static final String WINDOW_HEIGHT = "window.height";
    private static final String WINDOW_MAXIMISED = "window.maximised";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Stage stage;
    private final MainViewModel model;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Map<String, Node> screens = new HashMap<>();
    private UnsavedChanges unsaved = new UnsavedChanges();
    private DataChanges changes = new DataChanges();
    private final DatabaseFiles files;

    public MainWindow(Stage stage, MainViewModel model, TaskRunner tasks, DialogService dialogs) {
        this.stage = stage;
        this.model = model;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.files = new DatabaseFiles(model, dialogs, this::mayDiscardChanges, this::rebuild);
    }

    public void show() {
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        UiPreferences preferences = model.preferences();
        double width = Math.min(screen.getWidth(),
                preferences.number(WINDOW_WIDTH).orElse(Math.min(WIDTH, screen.getWidth() * SCREEN_SHARE)));
        double height = Math.min(screen.getHeight(),
                preferences.number(WINDOW_HEIGHT).orElse(Math.min(HEIGHT, screen.getHeight() * SCREEN_SHARE)));
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().addAll(MainWindow.class.getResource(Styles.STYLESHEET).toExternalForm(),
                Styles.vocabularyStylesheet());
        root.setId("mainWindow");
        content.setId("content");
        stage.setScene(scene);
        stage.setMinWidth(Math.min(MIN_WIDTH, width));
        stage.setMinHeight(Math.min(MIN_HEIGHT, height));
        bindToViewModel();
        rebuild();
        stage.show();
        // Some window managers map the stage at its minimum size; size it once it is shown.
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMaximized(preferences.number(WINDOW_MAXIMISED).orElse(0) == 1);
        rememberBounds(preferences);
    }

    /** Keeps the window's size (when not maximised) and whether it is maximised for the next start. */
    private void rememberBounds(UiPreferences preferences) {
        stage.widthProperty().addListener((o, old, now) -> {
            if (!stage.isMaximized()) {
                preferences.setNumber(WINDOW_WIDTH, now.doubleValue());
            }
        });
        stage.heightProperty().addListener((o, old, now) -> {
            if (!stage.isMaximized()) {
                preferences.setNumber(WINDOW_HEIGHT, now.doubleValue());
            }
        });
        stage.maximizedProperty().addListener((o, old, now) -> preferences.setNumber(WINDOW_MAXIMISED, now ? 1 : 0));
    }

    private void bindToViewModel() {
        stage.titleProperty().bind(model.titleProperty());
        AppIcons.windowIcons().forEach(icon -> stage.getIcons().add(new Image(icon.toExternalForm())));
        stage.setOnCloseRequest(e -> {
            if (!mayDiscardChanges()) {
                e.consume();
            }
        });
        model.messagesProperty().addListener(o -> rebuild());
        model.workspaceProperty().addListener(o -> rebuild());
        model.busyProperty().addListener(o -> showContent());
        model.updatedElsewhereProperty().addListener((o, old, now) -> {
            if (now != null) {
                changes.changed();
            }
        });
    }

    private void rebuild() {
        Messages messages = model.getMessages();
        screens.clear();
        unsaved = new UnsavedChanges();
        changes = new DataChanges();
        root.setTop(top(messages));
        root.setBottom(statusBar());
        root.setLeft(model.getWorkspace() == null ? null : navigation(messages));
        root.setCenter(content);
        showContent();
    }

    /** The menu, and below it a banner while the database is open read-only. */
    private Node top(Messages messages) {
        boolean readOnly = model.getWorkspace() != null && model.getWorkspace().isReadOnly();
        VBox top = new VBox(new MainMenu(messages, this, readOnly).build());
        if (readOnly) {
            Label banner = new Label(messages.get("ui.readOnly.banner", model.databaseName()));
            banner.setId("readOnlyBanner");
            banner.getStyleClass().add(Styles.READ_ONLY_BANNER);
            banner.setMaxWidth(Double.MAX_VALUE);
            top.getChildren().add(banner);
        }
        top.getChildren().add(updatedNote(messages));
        return top;
    }

    /** 数据已更新 with the time, shown once another user changed the open database. */
    private Label updatedNote(Messages messages) {
        Label note = new Label();
        note.setId("dataUpdatedNote");
        note.getStyleClass().add(Styles.DATA_UPDATED_NOTE);
        note.setMaxWidth(Double.MAX_VALUE);
        note.textProperty().bind(Bindings.createStringBinding(() -> model.updatedElsewhereProperty().get() == null ? ""
                : messages.get("connect.updated", model.updatedElsewhereProperty().get().format(CLOCK)),
                model.updatedElsewhereProperty()));
        note.visibleProperty().bind(model.updatedElsewhereProperty().isNotNull());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    private ListView<Screen> navigation(Messages messages) {
        ListView<Screen> list = new ListView<>();
        list.setId("navigation");
        list.getStyleClass().add(Styles.NAVIGATION);
        list.setPrefWidth(160);
        list.getItems().setAll(offered());
        list.setCellFactory(v -> new ScreenCell(messages));
        offered().stream().filter(s -> s.id().equals(model.selectedScreenProperty().get())).findFirst()
                .ifPresent(s -> list.getSelectionModel().select(s));
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.selectedScreenProperty().set(now.id());
                showContent();
            }
        });
        return list;
    }

    private void showContent() {
        if (model.getWorkspace() == null) {
            content.getChildren().setAll(model.busyProperty().get() ? busyPane() : noDatabasePane());
            return;
        }
        Screen screen = offered().stream().filter(s -> s.id().equals(model.selectedScreenProperty().get()))
                .findFirst().orElse(offered().get(0));
        content.getChildren().setAll(screens.computeIfAbsent(screen.id(), id -> screen.create(
                new ScreenContext(model.getWorkspace(), model.getMessages(), tasks, dialogs, unsaved,
                        model.preferences(), changes))));
    }

    /** Every screen, or only those that change nothing when the database is open read-only. */
    private List<Screen> offered() {
        boolean readOnly = model.getWorkspace() != null && model.getWorkspace().isReadOnly();
        return Screens.all().stream().filter(s -> !(readOnly && s.edits())).toList();
    }

    private Node busyPane() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("startProgress");
        progress.progressProperty().bind(model.progressProperty());
        Label label = new Label();
        label.textProperty().bind(model.statusProperty());
        label.getStyleClass().add(Styles.PLACEHOLDER_TEXT);
        VBox box = new VBox(16, progress, label);
        box.setId("busyPane");
        box.setFillWidth(false);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node noDatabasePane() {
        Label label = new Label(model.getMessages().get("ui.noDatabase"));
        label.setId("noDatabase");
        label.getStyleClass().add(Styles.PLACEHOLDER_TEXT);
        return label;
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(model.statusProperty());
        bar.progressProperty().bind(model.progressProperty());
        return bar;
    }

    private boolean mayDiscardChanges() {
        return !unsaved.any() || dialogs.confirm(model.getMessages().get("ui.confirm.discard"));
    }

    @Override
    public void newDatabase() {
        if (mayDiscardChanges()) {
            dialogs.chooseNewDatabase().ifPresent(file ->
                    dialogs.chooseHomeRegion().ifPresent(home -> model.create(file, home)));
        }
    }

    @Override
    public void openDatabase() {
        if (mayDiscardChanges()) {
            dialogs.chooseDatabaseToOpen().ifPresent(file -> {
                if (SnapshotService.isSnapshot(file)) {
                    model.openReadOnly(file);
                } else {
                    model.open(file);
                }
            });
        }
    }

    @Override
    public void openReadOnly() {
        if (mayDiscardChanges()) {
            dialogs.chooseDatabaseToOpen().ifPresent(model::openReadOnly);
        }
    }

    @Override
    public void connectServer() {
        if (mayDiscardChanges()) {
            dialogs.chooseServer(model.preferences().lastServer().orElse(null))
                    .ifPresent(login -> model.connect(login.server(), login.password()));
        }
    }

    @Override
    public void exportSnapshot() {
        if (model.getWorkspace() != null) {
            new SnapshotExport(model.getMessages(), tasks).run(stage, model.getWorkspace(), model::setStatus);
        }
    }

    @Override
    public void exportCatalogue() {
        files.exportCatalogue();
    }

    @Override
    public void importCatalogue() {
        files.importCatalogue();
    }

    @Override
    public void backup() {
        files.backup();
    }

    @Override
    public void restore() {
        files.restore();
    }

    @Override
    public void exit() {
        if (mayDiscardChanges()) {
            model.close();
            Platform.exit();
        }
    }

    @Override
    public void switchLanguage(String language) {
        if (language.equals(model.getMessages().locale().getLanguage())) {
            return;
        }
        if (mayDiscardChanges()) {
            model.setLanguage(language);
        } else {
            root.setTop(top(model.getMessages()));
        }
    }

    @Override
    public void about() {
        dialogs.showAbout(model.getWorkspace() == null ? null : model.databaseName());
    }

    private static final class ScreenCell extends ListCell<Screen> {
        private final Messages messages;

        ScreenCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(Screen screen, boolean empty) {
            super.updateItem(screen, empty);
            setText(empty || screen == null ? null
                    : (screen.glyph().isEmpty() ? "" : screen.glyph() + "  ") + messages.get(screen.titleKey()));
            setId(empty || screen == null ? null : "nav-" + screen.id());
        }
    }
}
