package org.zhibiao.ui.dashboard;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.zhibiao.analysis.Status;
import org.zhibiao.i18n.Messages;
import org.zhibiao.ui.common.Styles;

/**
 * One tile per status: the count of indicators in it, coloured and marked with the status symbol;
 * the tiles wrap to a second line when the window is narrow. Built once; new counts change only
 * the numbers.
 */
final class StatusTiles {

    private static final List<Status> SHOWN = List.of(Status.ACHIEVED, Status.ON_TRACK, Status.AT_RISK,
            Status.OFF_TRACK, Status.REGRESSING, Status.NOT_MET, Status.NO_DATA, Status.NO_TARGET);

    private final Messages messages;
    private final FlowPane box = new FlowPane();
    private final Map<Status, Label> counts = new EnumMap<>(Status.class);

    StatusTiles(Messages messages) {
        this.messages = messages;
        box.setId("tiles");
        box.getStyleClass().add("tiles");
    }

    FlowPane node() {
        return box;
    }

    void show(Map<Status, Integer> shown) {
        if (counts.isEmpty()) {
            build();
        }
        SHOWN.forEach(s -> counts.get(s).setText(String.valueOf(shown.getOrDefault(s, 0))));
    }

    private void build() {
        for (Status s : SHOWN) {
            Label count = new Label();
            counts.put(s, count);
            count.setId("tile-count-" + s.name());
            count.getStyleClass().add("tile-count");
            Label name = new Label(s.label(messages));
            name.getStyleClass().add("tile-name");
            VBox tile = new VBox(2, count, name);
            tile.setId("tile-" + s.name());
            tile.getStyleClass().addAll("tile", Styles.status(s));
            box.getChildren().add(tile);
        }
    }
}
