package org.zhibiao.ui.common;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.zhibiao.catalogue.Gbt2260;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.RegionLevel;
import org.zhibiao.i18n.Messages;
import org.zhibiao.service.InitService;

/** Picks the home province or city of a new database from GB/T 2260. */
final class HomeRegionDialog extends Dialog<String> {

    HomeRegionDialog(Messages messages, Window owner) {
        initOwner(owner);
        setTitle(messages.get("ui.file.new"));
        List<Region> choices = Gbt2260.load().all().stream().filter(r -> r.level() != RegionLevel.COUNTY).toList();
        SearchableComboBox<Region> box = new SearchableComboBox<>();
        box.setId("homeRegion");
        box.getItems().setAll(choices);
        box.setConverter(new RegionConverter(messages));
        choices.stream().filter(r -> r.code().equals(InitService.DEFAULT_HOME)).findFirst()
                .ifPresent(r -> box.getSelectionModel().select(r));
        getDialogPane().setContent(new VBox(8, new Label(messages.get("ui.newDatabase.home")), box));
        ButtonType ok = Buttons.ok(messages);
        getDialogPane().getButtonTypes().setAll(ok, Buttons.cancel(messages));
        getDialogPane().lookupButton(ok).disableProperty()
                .bind(box.getSelectionModel().selectedItemProperty().isNull());
        setResultConverter(b -> b == ok ? box.getValue().code() : null);
    }

    private static final class RegionConverter extends StringConverter<Region> {
        private final Messages messages;

        RegionConverter(Messages messages) {
            this.messages = messages;
        }

        @Override
        public String toString(Region r) {
            return r == null ? "" : messages.get("ui.newDatabase.region", r.name(), r.code(),
                    messages.get("common.level." + r.level().code()));
        }

        @Override
        public Region fromString(String text) {
            return null;
        }
    }
}
