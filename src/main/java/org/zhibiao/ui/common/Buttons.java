package org.zhibiao.ui.common;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.zhibiao.i18n.Messages;

/** Dialog buttons in the app's language (JavaFX's own follow the system's). */
final class Buttons {

    private Buttons() {
    }

    static ButtonType ok(Messages messages) {
        return new ButtonType(messages.get("ui.button.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    static ButtonType cancel(Messages messages) {
        return new ButtonType(messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
