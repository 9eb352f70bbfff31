package org.zhibiao.ui.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhibiao.ui.RecordingDialogs;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Frequency;
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
    private RecordingDialogs dialogs;
    private Stage stage;

    @BeforeAll
    static void demo() {
        DemoDatabase.prepare();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workspace = Workspace.open(DemoDatabase.copyTo(dir));
        ScreenContext context = TestContexts.chinese(workspace);
        dialogs = (RecordingDialogs) context.dialogs();
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
    void lockingAsksFirstWithTheCountStillMissingAndKeepsEachStateWithALockMark(FxRobot robot) {
        robot.clickOn("#lockQuarter");

        assertThat(dialogs.questions).containsExactly(
                "锁定 2016年第4季度？仍有 2 个地区缺报。锁定后不能再导入该季度的报表，直到解锁。");
        assertThat(workspace.returns().isLocked(Q)).isTrue();
        SubmissionMatrix matrix = model.matrixProperty().get();
        assertThat(cell(matrix, "长春市", Q)).isEqualTo(Submission.State.LOCKED);
        assertThat(state(matrix, "长春市", Q)).isEqualTo(Submission.State.RECEIVED);
        assertThat(state(matrix, "白城市", Q)).isEqualTo(Submission.State.MISSING);
        assertThat(cell(matrix, "长春市", Q.previous())).isEqualTo(Submission.State.RECEIVED);
        assertThat(robot.lookup("2016Q4 已锁定").tryQuery()).isPresent();
        String lock = Submission.State.LOCKED.symbol();
        assertThat(robot.lookup("✓ 已报 · " + lock).tryQuery()).isPresent();
        assertThat(robot.lookup("– 缺报 · " + lock).tryQuery()).isPresent();

        robot.clickOn("#unlockQuarter");
        assertThat(robot.lookup("✓ 已报 · " + lock).tryQuery()).isEmpty();
        assertThat(cell(model.matrixProperty().get(), "长春市", Q)).isEqualTo(Submission.State.RECEIVED);
    }

    @Test
    void everyQuarterIsEquallyWideAndTotalsAreGivenPerQuarterAndPerRegion(FxRobot robot) {
        TableView<?> matrix = robot.lookup("#submissionMatrix").queryTableView();
        List<Double> widths = matrix.getColumns().stream().filter(c -> c.getId() != null && c.getId().startsWith("quarter-"))
                .map(c -> c.getWidth()).toList();
        assertThat(widths).hasSize(8).allSatisfy(w -> assertThat(w).isEqualTo(widths.get(0)));

        TableView<?> totals = robot.lookup("#submissionTotals").queryTableView();
        TableColumn<?, ?> last = totals.getColumns().stream().filter(c -> ("totals-" + Q).equals(c.getId()))
                .findFirst().orElseThrow();
        assertThat(List.of(0, 1, 2, 3)).extracting(i -> String.valueOf(last.getCellData(i)))
                .containsExactly("9", "7", "2", "0");
        assertThat(totals.getColumns().get(0).getCellData(0)).isEqualTo("应报");

        TableColumn<?, ?> byRegion = matrix.getColumns().stream().filter(c -> "regionTotals".equals(c.getId()))
                .findFirst().orElseThrow();
        int baicheng = indexOf(model.matrixProperty().get(), "白城市");
        assertThat(byRegion.getCellData(baicheng)).isEqualTo("已报 7  缺报 1  拒收 0");
    }

    @Test
    void aQuarterWhenTheMonitoredIndicatorsAskNothingIsNotDueAsItsBlankReturnShows(FxRobot robot) throws Exception {
        workspace.plans().monitored().stream().filter(i -> i.frequency() == Frequency.QUARTERLY)
                .forEach(i -> workspace.plans().chooseMonitored(i.code(), false));
        Period q3 = Period.parse("2016Q3");
        assertThat(workspace.plans().due(q3)).isEmpty();
        assertThat(workspace.plans().due(Q)).isNotEmpty();
        ScreenContext context = TestContexts.chinese(workspace);
        SubmissionsViewModel annual = SubmissionsScreen.model(context);
        robot.interact(() -> stage.setScene(
                new Scene((Parent) new SubmissionsScreen().create(context, annual), 1300, 700)));
        WaitForAsyncUtils.waitForFxEvents();

        SubmissionMatrix matrix = annual.matrixProperty().get();
        assertThat(matrix.totals(q3).due()).isZero();
        assertThat(matrix.totals(Q).due()).isEqualTo(9);
        assertThat(matrix.missing(q3)).isEmpty();
        assertThat(robot.lookup("无需报送").tryQuery()).isPresent();
        int baicheng = indexOf(matrix, "白城市");
        assertThat(matrix.totals(matrix.rows().get(baicheng)).due()).as("only the two Q4s are due").isEqualTo(2);

        Path out = dir.resolve("templates");
        Files.createDirectories(out);
        List<String> askedInQ4 = codesAskedFor(workspace.returns().templates().generate(Q, List.of("220800"), out)
                .get(0));
        List<String> askedInQ3 = codesAskedFor(workspace.returns().templates().generate(q3, List.of("220800"), out)
                .get(0));
        assertThat(askedInQ4).containsExactlyInAnyOrderElementsOf(
                workspace.plans().due(Q).stream().map(i -> i.code()).toList());
        assertThat(askedInQ3).isEmpty();
    }

    /** The catalogue's codes that a blank return's first sheet names. */
    private List<String> codesAskedFor(Path template) throws Exception {
        Set<String> codes = new HashSet<>();
        workspace.catalogue().indicators().forEach(i -> codes.add(i.code()));
        List<String> out = new ArrayList<>();
        try (var book = WorkbookFactory.create(template.toFile(), null, true)) {
            for (var row : book.getSheetAt(0)) {
                for (var cell : row) {
                    if (cell.getCellType() == CellType.STRING
                            && codes.contains(cell.getStringCellValue())) {
                        out.add(cell.getStringCellValue());
                    }
                }
            }
        }
        return out;
    }

    private static int indexOf(SubmissionMatrix matrix, String region) {
        for (int i = 0; i < matrix.rows().size(); i++) {
            if (matrix.rows().get(i).region().name().equals(region)) {
                return i;
            }
        }
        throw new AssertionError(region);
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
        return matrix.cell(row(matrix, region), q);
    }

    private static Submission.State state(SubmissionMatrix matrix, String region, Period q) {
        return matrix.state(row(matrix, region), q);
    }

    private static Row row(SubmissionMatrix matrix, String region) {
        return matrix.rows().stream().filter(r -> r.region().name().equals(region)).findFirst().orElseThrow();
    }
}
