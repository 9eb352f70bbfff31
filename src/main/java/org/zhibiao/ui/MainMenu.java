package org.zhibiao.ui;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.zhibiao.i18n.Messages;

/** The menu bar: 文件, 视图 (language), 帮助, with shortcuts. Actions are handed in by the window. */
final class MainMenu {

    /** What the menu items do. */
    interface Actions {
        void newDatabase();

        void openDatabase();

        void openReadOnly();

        void connectServer();

        void exportSnapshot();

        void exportCatalogue();

        void importCatalogue();

        void backup();

        void restore();

        void exit();

        void switchLanguage(String language);

        void about();
    }

    private final Messages messages;
    private final Actions actions;
    private final boolean readOnly;

    MainMenu(Messages messages, Actions actions, boolean readOnly) {
        this.messages = messages;
        this.actions = actions;
        this.readOnly = readOnly;
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(fileMenu(), viewMenu(), helpMenu());
        bar.setId("menuBar");
        return bar;
    }

    private Menu fileMenu() {
        Menu menu = menu("menuFile", "ui.menu.file");
        menu.getItems().addAll(
                item("menuNew", "ui.menu.new", actions::newDatabase, "Shortcut+N"),
                item("menuOpen", "ui.menu.open", actions::openDatabase, "Shortcut+O"),
                item("menuOpenReadOnly", "snapshot.menu.openReadOnly", actions::openReadOnly, "Shortcut+Shift+O"),
                item("menuConnect", "connect.menu", actions::connectServer, null),
                new SeparatorMenuItem(),
                item("menuSnapshot", "snapshot.menu.export", actions::exportSnapshot, "Shortcut+E"),
                new SeparatorMenuItem());
        menu.getItems().addAll(databaseFileItems());
        menu.getItems().addAll(
                new SeparatorMenuItem(),
                item("menuExit", "ui.menu.exit", actions::exit, "Shortcut+Q"));
        return menu;
    }

    /** The catalogue workbook, backup and restore; those that change the database are off when it is read-only. */
    private List<MenuItem> databaseFileItems() {
        MenuItem importCatalogue = item("menuImportCatalogue", "files.menu.importCatalogue", actions::importCatalogue, null);
        MenuItem restore = item("menuRestore", "files.menu.restore", actions::restore, null);
        importCatalogue.setDisable(readOnly);
        restore.setDisable(readOnly);
        return List.of(item("menuExportCatalogue", "files.menu.exportCatalogue", actions::exportCatalogue, null),
                importCatalogue, new SeparatorMenuItem(),
                item("menuBackup", "files.menu.backup", actions::backup, "Shortcut+B"), restore);
    }

    private Menu viewMenu() {
        Menu language = menu("menuLanguage", "ui.menu.language");
        ToggleGroup group = new ToggleGroup();
        language.getItems().addAll(languageItem("zh", "中文", group), languageItem("en", "English", group));
        Menu menu = menu("menuView", "ui.menu.view");
        menu.getItems().add(language);
        return menu;
    }

    private Menu helpMenu() {
        Menu menu = menu("menuHelp", "ui.menu.help");
        menu.getItems().add(item("menuAbout", "ui.menu.about", actions::about, "F1"));
        return menu;
    }

    private RadioMenuItem languageItem(String language, String label, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(label);
        item.setId("menuLanguage-" + language);
        item.setToggleGroup(group);
        item.setSelected(messages.locale().getLanguage().equals(language));
        item.setOnAction(e -> actions.switchLanguage(language));
        return item;
    }

    private Menu menu(String id, String key) {
        Menu menu = new Menu(messages.get(key));
        menu.setId(id);
        return menu;
    }

    private MenuItem item(String id, String key, Runnable action, String accelerator) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
