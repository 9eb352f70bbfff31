package org.zhibiao.ui.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.zhibiao.domain.ServerAddress;
import org.zhibiao.i18n.Messages;

/**
 * File ▸ 连接数据库服务器…: host, port, database, user, password and SSL mode, built into the same
 * address that {@code --db} takes. The fields start from the last server's address (which never
 * holds a password); the password may be left empty when {@code PGPASSWORD} or {@code ~/.pgpass}
 * gives it.
 */
public final class ServerDialog extends Dialog<ServerLogin> {

    static final List<String> SSL_MODES = List.of("disable", "prefer", "require", "verify-full");
    private static final int DEFAULT_PORT = 5432;

    private final TextField host = field("serverHost");
    private final TextField port = field("serverPort");
    private final TextField database = field("serverDatabase");
    private final TextField user = field("serverUser");
    private final PasswordField password = new PasswordField();
    private final ComboBox<String> sslMode = new ComboBox<>();

    public ServerDialog(Messages messages, Window owner, ServerAddress last) {
        initOwner(owner);
        setTitle(messages.get("connect.title"));
        password.setId("serverPassword");
        sslMode.setId("serverSslMode");
        sslMode.getItems().setAll(SSL_MODES);
        fill(last);
        GridPane grid = new GridPane();
        grid.setId("serverForm");
        grid.setHgap(8);
        grid.setVgap(8);
        row(grid, 0, messages.get("connect.host"), host);
        row(grid, 1, messages.get("connect.port"), port);
        row(grid, 2, messages.get("connect.database"), database);
        row(grid, 3, messages.get("connect.user"), user);
        row(grid, 4, messages.get("connect.password"), password);
        row(grid, 5, messages.get("connect.sslmode"), sslMode);
        Label hint = new Label(messages.get("connect.passwordHint"));
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        getDialogPane().setContent(new VBox(12, grid, hint));
        ButtonType connect = new ButtonType(messages.get("connect.button"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(connect, Buttons.cancel(messages));
        getDialogPane().lookupButton(connect).setId("serverConnect");
        getDialogPane().lookupButton(connect).disableProperty().bind(incomplete());
        setResultConverter(b -> b == connect ? login() : null);
    }

    private void fill(ServerAddress last) {
        host.setText(last == null ? "" : last.host());
        port.setText(String.valueOf(last == null ? DEFAULT_PORT : last.port()));
        database.setText(last == null ? "" : last.database());
        user.setText(last == null ? "" : last.parameter("user"));
        String mode = last == null ? "" : last.parameter("sslmode");
        sslMode.setValue(SSL_MODES.contains(mode) ? mode : "prefer");
    }

    /** Host and database must be given, the port a number a server can listen on. */
    private BooleanBinding incomplete() {
        return Bindings.createBooleanBinding(() -> host.getText().isBlank() || host.getText().matches(".*[\\s/?#@].*")
                || database.getText().isBlank() || !validPort(port.getText()), host.textProperty(),
                database.textProperty(), port.textProperty());
    }

    private static boolean validPort(String text) {
        return text.matches("\\d{1,5}") && Integer.parseInt(text) > 0 && Integer.parseInt(text) <= 65_535;
    }

    private ServerLogin login() {
        StringBuilder address = new StringBuilder("postgresql://").append(host.getText().strip()).append(':')
                .append(port.getText()).append('/').append(encode(database.getText().strip()))
                .append("?sslmode=").append(sslMode.getValue());
        if (!user.getText().isBlank()) {
            address.append("&user=").append(encode(user.getText().strip()));
        }
        return new ServerLogin(ServerAddress.parse(address.toString()), password.getText());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(24);
        return field;
    }

    private static void row(GridPane grid, int row, String label, Control field) {
        grid.add(new Label(label), 0, row);
        grid.add(field, 1, row);
    }
}
