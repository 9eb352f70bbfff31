package org.zhibiao.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zhibiao.ui.TestContexts;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.ImportIssue;
import org.zhibiao.domain.ImportedFile;
import org.zhibiao.domain.Observation;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Submission;
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
        model = ImportScreen.model(context);
        stage.setScene(new Scene((Parent) new ImportScreen().create(context, model), 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void previewImportAndUndo(FxRobot robot) throws Exception {
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
        String f19Name = workspace.catalogue().indicators().stream().filter(i -> i.code().equals("F19"))
                .findFirst().orElseThrow().name(true);
        assertThat(robot.lookup("F19 " + f19Name).tryQuery()).as("the indicator of the refused cell").isPresent();

        TableView<FileResult> files = robot.lookup("#importFiles").queryTableView();
        robot.interact(() -> files.getSelectionModel().select(0));
        TableView<ValuePreview> values = robot.lookup("#importValues").queryTableView();
        ValuePreview f19 = values.getItems().stream().filter(v -> v.indicator().code().equals("F19"))
                .findFirst().orElseThrow();
        assertThat(f19.value()).isEqualTo(7.0);
        assertThat(f19.stored()).isEqualTo(before);
        Map<String, Double> stored = new java.util.HashMap<>();
        workspace.observations().find(Q, "220100").stream().filter(o -> o.regionCode().equals("220100"))
                .forEach(o -> stored.put(o.indicatorCode(), o.value()));
        assertThat(values.getItems()).isNotEmpty().allSatisfy(v -> {
            assertThat(v.stored()).isEqualTo(stored.get(v.indicator().code()));
            assertThat(v.change()).isEqualTo(v.stored() == null ? null : v.value() - v.stored());
        });

        robot.clickOn("#commitPassed");

        assertThat(f19()).isEqualTo(7.0);
        assertThat(model.files()).extracting(FileResult::outcome)
                .containsExactly(FileResult.Outcome.IMPORTED, FileResult.Outcome.REJECTED);
        assertThat(robot.lookup("已导入").tryQuery()).isPresent();
        int count = model.files().get(0).preview().parsed().values().size();
        assertThat(robot.lookup("#importSummary").queryLabeled().getText())
                .isEqualTo("已导入 1 个文件，共 " + count + " 个数值；拒收 1 个文件，重复跳过 0 个文件。");

        TableView<ImportedFile> history = robot.lookup("#importHistory").queryTableView();
        assertThat(history.getItems()).extracting(ImportedFile::fileName, ImportedFile::regionCode,
                ImportedFile::period, ImportedFile::state).containsExactly(
                tuple("吉林.xlsx", "220200", Q, "rejected"), tuple("长春.xlsx", "220100", Q, "imported"));
        assertThat(history.getItems().get(1).values()).isEqualTo(count);
        Set<Node> rows = robot.lookup("#importHistory .table-row-cell").queryAll();
        assertThat(rows).filteredOn(row -> row.getPseudoClassStates().contains(PseudoClass.getPseudoClass("refused")))
                .hasSize(1);

        robot.interact(() -> history.getSelectionModel().select(1));
        robot.clickOn("#undoBatch");

        assertThat(f19()).isEqualTo(before);
        assertThat(history.getItems()).extracting(ImportedFile::state).containsOnly("undone");
    }

    @Test
    void aReturnRefusedHereIsRecordedAsTheImportCommandRecordsIt(FxRobot robot) throws Exception {
        Path bad = Returns.fill(template("220800"), Map.of("F19", Returns.value("约95")), dir.resolve("in/白城.xlsx"));
        Path good = Returns.fill(template("220100"), Map.of("F19", Returns.value(7)), dir.resolve("in/长春.xlsx"));
        Path other = Files.createDirectories(dir.resolve("cli"));
        Path cliDb = DemoDatabase.copyTo(other);
        Returns.importFiles(cliDb, good, bad);

        robot.interact(() -> model.load(List.of(good, bad)));
        robot.clickOn("#commitPassed");

        try (Workspace cli = Workspace.open(cliDb)) {
            assertThat(workspace.returns().submissions(Q, "220000")).extracting(s -> s.region().code(), Submission::state)
                    .containsExactlyElementsOf(cli.returns().submissions(Q, "220000").stream()
                            .map(s -> tuple(s.region().code(), s.state())).toList());
            assertThat(workspace.returns().importedFiles()).extracting(ImportedFile::fileName, ImportedFile::state)
                    .containsExactlyElementsOf(cli.returns().importedFiles().stream()
                            .map(f -> tuple(f.fileName(), f.state())).toList());
        }
        assertThat(state("220800")).as("白城市 had sent nothing").isEqualTo(Submission.State.REJECTED);

        assertThat(robot.lookup("#writeReceipts").queryButton().isDisabled()).isFalse();
        Path receipts = dir.resolve("receipts");
        robot.interact(() -> model.writeReceipts(receipts));
        assertThat(receipts.resolve("白城-问题标注.xlsx")).exists();
        assertThat(receipts.resolve("白城-退回通知.pdf")).exists();
        try (InputStream in = Files.newInputStream(receipts.resolve("白城-退回通知.docx"));
             XWPFDocument word = new XWPFDocument(in)) {
            List<String> paragraphs = word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("退回通知", "白城市：", "吉林省质量技术监督局");
            assertThat(word.getParagraphs()).filteredOn(p -> "Heading2".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText).singleElement().asString().startsWith("F19 ");
            assertThat(paragraphs).anyMatch(p -> p.startsWith("指标报表!") && p.contains("约95"));
        }
        assertThat(robot.lookup("#receiptsWritten").queryLabeled().getText()).isEqualTo(
                "已为 1 份拒收的报表写出退回通知（标注问题的工作簿，通知书 PDF 和 Word 各一份），保存在 " + receipts + "。");
    }

    @Test
    void inAWindowOf1024By640TheShortColumnsOfTheProblemsStayWhole(FxRobot robot) throws Exception {
        Path bad = Returns.fill(template("220800"), Map.of("F19", Returns.value("约95")), dir.resolve("in/白城.xlsx"));
        robot.interact(() -> {
            stage.setWidth(1024 - 160);
            stage.setHeight(640 - 80);
            model.load(List.of(bad));
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ImportIssue> issues = robot.lookup("#importIssues").queryTableView();
        assertThat(issues.getItems()).isNotEmpty();
        assertThat(issues.getColumns().get(0).getWidth()).as("错误 / 提示").isGreaterThanOrEqualTo(50);
        assertThat(issues.getColumns().get(3).getWidth()).as("the cell, E13").isGreaterThanOrEqualTo(50);
    }

    @Test
    void aLoneRefusedReturnCanBeRecordedAsRefused(FxRobot robot) throws Exception {
        Path bad = Returns.fill(template("220800"), Map.of("F19", Returns.value("约95")), dir.resolve("in/白城.xlsx"));
        robot.interact(() -> model.load(List.of(bad)));
        assertThat(robot.lookup("#commitPassed").queryButton().isDisabled()).isFalse();
        robot.clickOn("#commitPassed");
        assertThat(state("220800")).isEqualTo(Submission.State.REJECTED);
        assertThat(robot.lookup("#importSummary").queryLabeled().getText())
                .isEqualTo("已导入 0 个文件，共 0 个数值；拒收 1 个文件，重复跳过 0 个文件。");
    }

    private Submission.State state(String region) {
        return workspace.returns().submissions(Q, "220000").stream().filter(s -> s.region().code().equals(region))
                .findFirst().orElseThrow().state();
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
