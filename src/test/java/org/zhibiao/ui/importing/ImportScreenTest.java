package org.zhibiao.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.zhibiao.ui.TestContexts;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.ImportBatch;
import org.zhibiao.domain.ImportIssue;
import org.zhibiao.domain.Observation;
import org.zhibiao.domain.Period;
import org.zhibiao.report.DemoDatabase;
import org.zhibiao.returns.Returns;
import org.zhibiao.service.FileResult;
import org.zhibiao.ui.common.ScreenContext;

@ExtendWith(ApplicationExtension.class)
class ImportScreenTest {

    private static final Period Q = Period.parse("2016Q4");

    @TempDir
    Path dir;
    private Workspace workspace;
    private ImportViewModel model;

    @BeforeAll
    static void demo() {
        DemoDatabase.prepare();
    }

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(DemoDatabase.copyTo(dir));
        ScreenContext context = TestContexts.chinese(workspace);
        model = ImportScreen.model(context);
        stage.setScene(new Scene((Parent) new ImportScreen().create(context, model), 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void previewCommitAndUndo(FxRobot robot) throws Exception {
        Path good = Returns.fill(template("220100"), Map.of("F19", Returns.value(7)), dir.resolve("in/长春.xlsx"));
        Path bad = Returns.fill(template("220200"), Map.of("F19", Returns.value("约95")), dir.resolve("in/吉林.xlsx"));

        Double before = f19();
        robot.interact(() -> model.load(List.of(good, bad)));

        assertThat(model.files()).extracting(r -> r.preview().fileName(), FileResult::outcome).containsExactly(
                tuple("长春.xlsx", FileResult.Outcome.WOULD_IMPORT),
                tuple("吉林.xlsx", FileResult.Outcome.REJECTED));
        assertThat(robot.lookup("可以导入").tryQuery()).isPresent();
        assertThat(robot.lookup("拒收").tryQuery()).isPresent();
        TableView<ImportIssue> issues = robot.lookup("#importIssues").queryTableView();
        assertThat(issues.getItems()).anySatisfy(i -> assertThat(i.cell()).matches("E\\d+"));
        assertThat(robot.lookup("不是数字：“约95”。").tryQuery()).isPresent();

        robot.clickOn("#commitPassed");

        assertThat(f19()).isEqualTo(7.0);
        assertThat(model.files()).extracting(FileResult::outcome)
                .containsExactly(FileResult.Outcome.SKIPPED, FileResult.Outcome.REJECTED);
        TableView<ImportBatch> history = robot.lookup("#importHistory").queryTableView();
        assertThat(history.getItems()).hasSize(1).first().satisfies(b -> assertThat(b.values()).isPositive());

        robot.interact(() -> history.getSelectionModel().select(0));
        robot.clickOn("#undoBatch");

        assertThat(f19()).isEqualTo(before);
        assertThat(history.getItems().get(0).undone()).isTrue();
    }

    private Path template(String region) {
        return workspace.returns().templates().generate(Q, List.of(region), dir.resolve("templates")).get(0);
    }

    private Double f19() {
        return workspace.observations().find(Q, "220100").stream()
                .filter(o -> o.indicatorCode().equals("F19") && o.regionCode().equals("220100"))
                .map(Observation::value).findFirst().orElse(null);
    }
}
