package org.zhibiao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhibiao.DemoDatabase;
import org.zhibiao.cli.CliRunner;
import org.zhibiao.domain.ServerAddress;
import org.zhibiao.storage.TestPostgres;
import org.zhibiao.ui.common.FxTaskRunner;
import org.zhibiao.ui.common.Screen;
import org.zhibiao.ui.common.ServerDialog;
import org.zhibiao.ui.common.ServerLogin;
import org.zhibiao.ui.common.UiPreferences;

/**
 * File ▸ 连接数据库服务器… on a real server made with {@code init --demo}: the dialog opens the
 * server's dashboard; the password typed there reaches neither the preferences, the log, the
 * window title nor the database; a wrong password keeps the open database and says why; a login
 * of the reader role gets the read-only window; the next time the dialog starts from the last
 * address, without the password.
 */
@ExtendWith(ApplicationExtension.class)
class ServerConnectTest {

    private static final String SECRET = "pw-" + System.nanoTime();
    private static ServerAddress admin;
    private static String officer;
    private static String supervisor;

    @TempDir
    Path dir;
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler log = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringWriter trace = new StringWriter();
            if (record.getThrown() != null) {
                record.getThrown().printStackTrace(new PrintWriter(trace));
            }
            logged.add(new SimpleFormatter().format(record) + trace);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final RecordingDialogs dialogs = new RecordingDialogs() {
        @Override
        public Optional<ServerLogin> chooseServer(ServerAddress last) {
            offeredServers.add(last);
            return new ServerDialog(model.getMessages(), stage, last).showAndWait();
        }
    };
    private FxTaskRunner tasks;
    private MainViewModel model;
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void server() throws Exception {
        String address = TestPostgres.freshAddress();
        assertThat(CliRunner.run("init", "--db", address, "--demo").exitCode()).isZero();
        admin = ServerAddress.parse(address);
        officer = "officer_" + admin.database();
        supervisor = "supervisor_" + admin.database();
        try (Connection c = DriverManager.getConnection(admin.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + officer + " LOGIN PASSWORD '" + SECRET + "' IN ROLE " + admin.database()
                    + "_writer, " + TestPostgres.PASSWORD_LOGINS);
            s.execute("CREATE ROLE " + supervisor + " LOGIN PASSWORD '" + SECRET + "' IN ROLE " + admin.database()
                    + "_reader, " + TestPostgres.PASSWORD_LOGINS);
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Logger.getLogger("").addHandler(log);
        tasks = new FxTaskRunner(dialogs::showError);
        model = new MainViewModel(tasks, new UiPreferences(dir.resolve("preferences.properties"), Locale.CHINA));
        window = new MainWindow(stage, model, tasks, dialogs);
        window.show();
        model.open(DemoDatabase.copyInto(Files.createDirectories(dir.resolve("files"))));
    }

    @AfterEach
    void close() throws Exception {
        Logger.getLogger("").removeHandler(log);
        WaitForAsyncUtils.asyncFx(model::close).get();
        tasks.close();
    }

    @Test
    void theDialogOpensTheServerDashboardAndThePasswordStaysInMemory(FxRobot robot) throws Exception {
        fileOpen();
        connect(robot, officer, SECRET);
        String label = "localhost:" + admin.port() + "/" + admin.database();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> stage.getTitle().contains(label));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> serverDashboardFilled(robot)).get());
        assertThat(robot.lookup("#readOnlyBanner").tryQuery()).isEmpty();
        ListView<Screen> navigation = robot.lookup("#navigation").queryListView();
        assertThat(navigation.getItems()).extracting(Screen::id).contains("dashboard", "catalogue", "import");
        assertThat(robot.lookup("#tiles").tryQuery()).isPresent();
        robot.interact(window::about);
        assertThat(dialogs.aboutNames).containsExactly(label);

        Platform.runLater(window::connectServer);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#serverHost").queryAs(TextField.class).getText()).isEqualTo("localhost");
        assertThat(robot.lookup("#serverPort").queryAs(TextField.class).getText()).isEqualTo(String.valueOf(admin.port()));
        assertThat(robot.lookup("#serverDatabase").queryAs(TextField.class).getText()).isEqualTo(admin.database());
        assertThat(robot.lookup("#serverUser").queryAs(TextField.class).getText()).isEqualTo(officer);
        assertThat(robot.lookup("#serverPassword").queryAs(TextField.class).getText()).isEmpty();
        robot.clickOn("取消");

        String preferences = Files.readString(dir.resolve("preferences.properties"));
        assertThat(preferences).contains("lastServer").contains(admin.database()).doesNotContain(SECRET);
        assertThat(stage.getTitle()).doesNotContain(SECRET);
        assertThat(logged).noneMatch(line -> line.contains(SECRET));
        try (Connection c = DriverManager.getConnection(admin.jdbcUrl()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM setting WHERE value LIKE '%" + SECRET + "%'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void aWrongPasswordKeepsTheOpenDatabaseAndSaysWhichServerRefused(FxRobot robot) throws Exception {
        fileOpen();
        connect(robot, officer, "wrong-" + SECRET);
        StatusBar status = robot.lookup("#statusBar").queryAs(StatusBar.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status.getText().contains("拒绝"));
        assertThat(status.getText()).contains("localhost:" + admin.port() + "/" + admin.database())
                .contains("demo.db 仍然打开").doesNotContain(SECRET).doesNotContain("Exception");
        assertThat(stage.getTitle()).contains("demo.db");
        assertThat(model.getWorkspace().server()).isNull();
        assertThat(logged).noneMatch(line -> line.contains(SECRET));
    }

    @Test
    void aLoginOfTheReaderRoleGetsTheReadOnlyWindow(FxRobot robot) throws Exception {
        fileOpen();
        connect(robot, supervisor, SECRET);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> stage.getTitle().contains(admin.database()));
        assertThat(stage.getTitle()).contains("只读");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#readOnlyBanner").queryLabeled().getText()).startsWith("只读")
                .contains(admin.database());
        ListView<Screen> navigation = robot.lookup("#navigation").queryListView();
        assertThat(navigation.getItems()).extracting(Screen::id).contains("dashboard").doesNotContain("catalogue", "import");
        assertThat(model.getWorkspace().isReadOnly()).isTrue();
    }

    /**
     * Whether the server's dashboard is shown with its rows, asked on the FX thread: the window is
     * rebuilt for the server after the title changes, and until then the file's filled dashboard is
     * still there; the server's dashboard shows its tiles and table once its first view is read.
     */
    private boolean serverDashboardFilled(FxRobot robot) {
        return model.getWorkspace().server() != null && robot.lookup("#tiles").tryQuery().isPresent()
                && robot.lookup("#indicatorTable").tryQuery()
                        .map(table -> !((TableView<?>) table).getItems().isEmpty()).orElse(false);
    }

    /** Waits until the demo file is open and its window built, so the menu clicked is the one shown. */
    private void fileOpen() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.getWorkspace() != null && !model.busyProperty().get()
                && stage.getTitle().contains("demo.db"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** File ▸ 连接数据库服务器…, the fields filled in as a user types them, then 连接. */
    private void connect(FxRobot robot, String user, String password) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#menuFile").tryQuery().isPresent());
        robot.clickOn("#menuFile");
        robot.clickOn("连接数据库服务器…");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            robot.lookup("#serverHost").queryAs(TextField.class).setText("localhost");
            robot.lookup("#serverPort").queryAs(TextField.class).setText(String.valueOf(admin.port()));
            robot.lookup("#serverDatabase").queryAs(TextField.class).setText(admin.database());
            robot.lookup("#serverUser").queryAs(TextField.class).setText(user);
            @SuppressWarnings("unchecked")
            ComboBox<String> ssl = robot.lookup("#serverSslMode").queryAs(ComboBox.class);
            ssl.setValue("disable");
        });
        robot.clickOn("#serverPassword").write(password);
        robot.clickOn("#serverConnect");
    }
}
