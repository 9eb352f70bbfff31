package org.zhibiao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Comparator;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Target;
import org.zhibiao.domain.TargetType;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.ui.common.FxTaskRunner;
import org.zhibiao.ui.common.UiPreferences;
import org.zhibiao.ui.common.UserMessages;

/**
 * The File menu with the real background runner, on real files: New, Open, the catalogue workbook, backup
 * and restore; failures reach the user.
 */
@ExtendWith(ApplicationExtension.class)
class DatabaseMenuTest {

    private static final int NAME_ZH = 1;
    private static final int DECIMALS = 12;
    private static final int FIRST_INDICATOR_ROW = 2;

    @TempDir
    Path dir;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final CompletableFuture<Throwable> reported = new CompletableFuture<>();
    private FxTaskRunner tasks;
    private MainViewModel model;
    private MainWindow window;
    private Stage stage;
    private Path database;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        tasks = new FxTaskRunner(problem -> {
            dialogs.showError(problem);
            reported.complete(problem);
        });
        model = new MainViewModel(tasks, new UiPreferences(dir.resolve("preferences.properties"), Locale.CHINA));
        window = new MainWindow(stage, model, tasks, dialogs);
        window.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(model::close).get();
        tasks.close();
    }

    @Test
    void newDatabaseCreatesItForTheChosenHomeRegionAndOpensIt(FxRobot robot) throws Exception {
        dialogs.toCreate = dir.resolve("长春市.db");
        dialogs.home = "220100";
        robot.interact(window::newDatabase);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.getWorkspace() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getTitle()).isEqualTo("指标 — 长春市.db");
        assertThat(model.getWorkspace().regions().home()).map(r -> r.name()).contains("长春市");
        assertThat(model.getWorkspace().catalogue().indicators()).hasSize(64);
        assertThat(robot.lookup("#dashboard").tryQuery()).isPresent();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedWithATranslatedSentence(FxRobot robot) throws Exception {
        dialogs.toOpen = Files.writeString(dir.resolve("notes.db"), "这不是数据库，只是一段文字。".repeat(50));
        robot.interact(window::openDatabase);
        Throwable problem = reported.get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(problem).isInstanceOf(ZhibiaoException.class);
        assertThat(UserMessages.sentence(problem, model.getMessages())).contains("notes.db");
        assertThat(model.getWorkspace()).isNull();
        assertThat(model.statusProperty().get()).isEqualTo("无法打开 notes.db。");
        assertThat(robot.lookup("#noDatabase").tryQuery()).isPresent();
    }

    @Test
    void aFailedOpenKeepsThePreviousDatabaseOpenAndSaysSo(FxRobot robot) throws Exception {
        Path kept = TestDatabases.jilin(dir);
        robot.interact(() -> model.open(kept));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.getWorkspace() != null);
        dialogs.toOpen = Files.writeString(dir.resolve("broken.db"), "不是数据库".repeat(50));
        robot.interact(window::openDatabase);
        reported.get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.getWorkspace().file()).isEqualTo(kept);
        assertThat(stage.getTitle()).isEqualTo("指标 — test.db");
        assertThat(model.statusProperty().get()).isEqualTo("无法打开 broken.db；仍在使用 test.db。");
        assertThat(robot.lookup("#dashboard").tryQuery()).isPresent();
    }

    @Test
    void theCatalogueGoesOutToAWorkbookAndComesBackAllOrNothing(FxRobot robot) throws Exception {
        open(robot);
        Path exported = dir.resolve("catalogue.xlsx");
        dialogs.toWrite = exported;
        robot.interact(window::exportCatalogue);
        waitForStatus("已将 64 个指标和");
        assertThat(dialogs.suggestedNames).containsExactly("test-指标目录.xlsx");
        assertThat(exported).isRegularFile();

        Path wrong = edited(exported, "wrong.xlsx", DECIMALS, "九");
        dialogs.toRead = wrong;
        robot.interact(window::importCatalogue);
        waitFor(() -> !dialogs.informed.isEmpty());
        assertThat(dialogs.questions.get(0)).contains("wrong.xlsx", "test.db");
        assertThat(dialogs.informed.get(0)).contains("wrong.xlsx", "未导入", "指标目录未改动");
        assertThat(dialogs.informedLines).containsExactly("指标!M3：“九”不是数字。");
        assertThat(indicator("P01").decimals()).isEqualTo(1);

        Path renamed = edited(exported, "renamed.xlsx", NAME_ZH, "产品质量监督抽查合格率（省级）");
        dialogs.toRead = renamed;
        robot.interact(window::importCatalogue);
        waitFor(() -> dialogs.informed.size() == 2);
        assertThat(dialogs.informed.get(1)).startsWith("已导入指标目录：64 个指标");
        assertThat(indicator("P01").nameZh()).isEqualTo("产品质量监督抽查合格率（省级）");
        assertThat(robot.lookup("#dashboard").tryQuery()).isPresent();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aRestoreBringsTheBackupBackAndKeepsTheDatabaseAsItWasBesideIt(FxRobot robot) throws Exception {
        open(robot);
        Path backup = dir.resolve("copies").resolve("monday.db");
        dialogs.toWrite = backup;
        robot.interact(window::backup);
        waitForStatus("已将数据库完整备份到");
        assertThat(backup).isRegularFile();
        model.getWorkspace().catalogue().saveTarget(changchunTarget());

        dialogs.toRead = backup;
        dialogs.answer = false;
        robot.interact(window::restore);
        waitForStatus("未恢复");
        assertThat(changchunTargets(model.getWorkspace())).hasSize(1);
        assertThat(leftAside()).isEmpty();

        dialogs.answer = true;
        robot.interact(window::restore);
        waitForStatus("已从");
        assertThat(dialogs.questions.get(1)).contains(database.toString(), "monday.db", "吉林省", "test-before-restore-");
        assertThat(model.getWorkspace().file()).isEqualTo(database);
        assertThat(changchunTargets(model.getWorkspace())).isEmpty();
        assertThat(stage.getTitle()).isEqualTo("指标 — test.db");
        Path safety = safetyCopies().get(0);
        assertThat(model.statusProperty().get()).contains(safety.getFileName().toString());
        try (Workspace before = Workspace.openReadOnly(safety)) {
            assertThat(changchunTargets(before)).hasSize(1);
        }
        assertThat(leftAside()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndTheDatabaseStaysOpenAsItWas(FxRobot robot) throws Exception {
        open(robot);
        long size = Files.size(database);
        dialogs.toRead = Files.writeString(dir.resolve("notes.db"), "这不是数据库，只是一段文字。".repeat(50));
        robot.interact(window::restore);
        Throwable problem = reported.get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(UserMessages.sentence(problem, model.getMessages())).contains("notes.db");
        assertThat(model.statusProperty().get()).contains("notes.db");
        assertThat(dialogs.questions).isEmpty();
        assertThat(model.getWorkspace().file()).isEqualTo(database);
        assertThat(Files.size(database)).isEqualTo(size);
        assertThat(leftAside()).isEmpty();
        assertThat(safetyCopies()).isEmpty();
    }

    @Test
    void aReadOnlyDatabaseOffersExportAndBackupButNotImportOrRestore(FxRobot robot) throws Exception {
        Path file = TestDatabases.jilin(dir);
        robot.interact(() -> model.openReadOnly(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.getWorkspace() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(item(robot, "menuImportCatalogue").isDisable()).isTrue();
        assertThat(item(robot, "menuRestore").isDisable()).isTrue();
        assertThat(item(robot, "menuExportCatalogue").isDisable()).isFalse();
        assertThat(item(robot, "menuBackup").isDisable()).isFalse();
        assertThat(item(robot, "menuBackup").getText()).isEqualTo("备份数据库…");
    }

    private void open(FxRobot robot) throws Exception {
        database = TestDatabases.jilin(dir);
        robot.interact(() -> model.open(database));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.getWorkspace() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForStatus(String start) throws Exception {
        waitFor(() -> model.statusProperty().get().startsWith(start));
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Indicator indicator(String code) {
        return model.getWorkspace().catalogue().indicators().stream().filter(i -> i.code().equals(code))
                .findFirst().orElseThrow();
    }

    /** A copy of the exported workbook with one cell of P01's row on sheet 指标 changed. */
    private Path edited(Path exported, String name, int column, String text) throws IOException {
        Path out = dir.resolve(name);
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook book = new XSSFWorkbook(in);
             OutputStream os = Files.newOutputStream(out)) {
            var row = book.getSheet("指标").getRow(FIRST_INDICATOR_ROW);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("P01");
            row.getCell(column).setCellValue(text);
            book.write(os);
        }
        return out;
    }

    private static Target changchunTarget() {
        return new Target("P01", "220100", "长春市", 2020, Comparator.AT_LEAST, 95, null, null, null, false,
                TargetType.EXPECTED, "", "", "", false);
    }

    private static List<Target> changchunTargets(Workspace workspace) {
        return workspace.catalogue().targetsOf("P01").stream().filter(t -> t.regionCode().equals("220100")).toList();
    }

    private List<Path> safetyCopies() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("test-before-restore-")).toList();
        }
    }

    private List<Path> leftAside() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().contains(".init")).toList();
        }
    }

    private static MenuItem item(FxRobot robot, String id) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
