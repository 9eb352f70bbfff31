package org.zhibiao.ui.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Submission;
import org.zhibiao.report.DemoDatabase;
import org.zhibiao.ui.TestContexts;
import org.zhibiao.ui.common.ScreenContext;
import org.zhibiao.ui.submissions.SubmissionMatrix.Row;

@ExtendWith(ApplicationExtension.class)
class SubmissionsScreenTest {

    private static final Period Q = Period.parse("2016Q4");

    @TempDir
    Path dir;
    private Workspace workspace;
    private SubmissionsViewModel model;

    @BeforeAll
    static void demo() {
        DemoDatabase.prepare();
    }

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(DemoDatabase.copyTo(dir));
        ScreenContext context = TestContexts.chinese(workspace);
        model = SubmissionsScreen.model(context);
        stage.setScene(new Scene((Parent) new SubmissionsScreen().create(context, model), 1300, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theMatrixShowsWhoIsMissingAndTemplatesAreWrittenForThem(FxRobot robot) throws Exception {
        SubmissionMatrix matrix = model.matrixProperty().get();
        assertThat(model.quarterProperty().get()).isEqualTo(Q);
        assertThat(matrix.quarters()).hasSize(8).last().isEqualTo(Q);
        assertThat(matrix.rows()).hasSize(9);
        assertThat(cell(matrix, "白城市", Q)).isEqualTo(Submission.State.MISSING);
        assertThat(cell(matrix, "延边朝鲜族自治州", Q)).isEqualTo(Submission.State.MISSING);
        assertThat(cell(matrix, "长春市", Q)).isEqualTo(Submission.State.RECEIVED);
        assertThat(cell(matrix, "白城市", Q.previous())).isEqualTo(Submission.State.RECEIVED);
        assertThat(robot.lookup("– 缺报").tryQuery()).isPresent();
        assertThat(robot.lookup("✓ 已报").tryQuery()).isPresent();

        Path out = dir.resolve("missing");
        List<Path> written = new ArrayList<>();
        robot.interact(() -> model.generateMissing(out, written::addAll));
        assertThat(written).hasSize(2).allSatisfy(f -> assertThat(f).exists().startsWith(out));
        try (var files = Files.list(out)) {
            assertThat(files.count()).isEqualTo(2);
        }
    }

    @Test
    void lockingTheQuarterShowsItLocked(FxRobot robot) {
        robot.clickOn("#lockQuarter");

        assertThat(workspace.returns().isLocked(Q)).isTrue();
        SubmissionMatrix matrix = model.matrixProperty().get();
        assertThat(cell(matrix, "长春市", Q)).isEqualTo(Submission.State.LOCKED);
        assertThat(cell(matrix, "长春市", Q.previous())).isEqualTo(Submission.State.RECEIVED);
        assertThat(robot.lookup("2016Q4 已锁定").tryQuery()).isPresent();

        robot.clickOn("#unlockQuarter");
        assertThat(cell(model.matrixProperty().get(), "长春市", Q)).isEqualTo(Submission.State.RECEIVED);
    }

    @Test
    void aReadOnlyDatabaseOffersTemplatesButNoLocking(FxRobot robot) throws Exception {
        Path copy = Files.copy(workspace.file(), dir.resolve("read-only.db"));
        try (Workspace readOnly = Workspace.openReadOnly(copy)) {
            ScreenContext context = TestContexts.chinese(readOnly);
            Parent view = WaitForAsyncUtils.asyncFx(() -> (Parent) new SubmissionsScreen().create(context)).get();
            assertThat(view.lookup("#generateMissing")).isNotNull();
            assertThat(view.lookup("#lockQuarter")).isNull();
            assertThat(view.lookup("#unlockQuarter")).isNull();
        }
    }

    private static Submission.State cell(SubmissionMatrix matrix, String region, Period q) {
        Row row = matrix.rows().stream().filter(r -> r.region().name().equals(region)).findFirst().orElseThrow();
        return matrix.cell(row, q);
    }
}
