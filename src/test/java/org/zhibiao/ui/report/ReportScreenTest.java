package org.zhibiao.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.print.DocFlavor;
import javax.print.StreamPrintServiceFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import org.zhibiao.domain.Period;
import org.zhibiao.report.DemoDatabase;
import org.zhibiao.report.print.ReportPrinting;
import org.zhibiao.ui.common.ScreenContext;

@ExtendWith(ApplicationExtension.class)
class ReportScreenTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private final FilePrinter printer = new FilePrinter();

    /** Prints to PostScript in memory; "installed" as the test says. */
    static final class FilePrinter implements ReportPrinter {
        boolean installed = true;
        final ByteArrayOutputStream postscript = new ByteArrayOutputStream();

        @Override
        public boolean installed() {
            return installed;
        }

        @Override
        public boolean print(byte[] pdf, String jobName) {
            var factory = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                    DocFlavor.SERVICE_FORMATTED.PAGEABLE, DocFlavor.BYTE_ARRAY.POSTSCRIPT.getMimeType())[0];
            ReportPrinting.print(pdf, factory.getPrintService(postscript), jobName);
            return true;
        }
    }

    @BeforeAll
    static void demo() {
        DemoDatabase.prepare();
    }

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(DemoDatabase.copyTo(dir));
        ScreenContext context = TestContexts.chinese(workspace);
        ReportDialogs saveTo = (format, name) -> Optional.of(dir.resolve("saved." + format.extension()));
        ReportScreen screen = new ReportScreen((owner, messages) -> saveTo, printer);
        stage.setScene(new Scene((Parent) screen.create(context), 1100, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void previewShowsThePagesWithNavigationAndZoom(FxRobot robot) {
        preview(robot);
        int pages = pageCount(robot);
        assertThat(text(robot, "#reportPage")).isEqualTo("第 1 页 共 " + pages + " 页");
        ImageView image = robot.lookup("#reportPreview").queryAs(ImageView.class);
        double width = image.getImage().getWidth();
        assertThat(width).isGreaterThan(500);
        robot.clickOn("#reportNext");
        assertThat(text(robot, "#reportPage")).isEqualTo("第 2 页 共 " + pages + " 页");
        robot.clickOn("#reportZoomIn");
        assertThat(image.getImage().getWidth()).isGreaterThan(width * 1.2);
        robot.clickOn("#reportPrevious");
        assertThat(text(robot, "#reportPage")).startsWith("第 1 页");
    }

    @Test
    void savesThePreviewedReportAsPdfAndWord(FxRobot robot) throws IOException {
        robot.clickOn("#reportUnit").write("吉林省市场监督管理厅");
        preview(robot);
        robot.clickOn("#reportSavePdf");
        Path pdf = dir.resolve("saved.pdf");
        assertThat(text(robot, "#reportMessage")).contains(pdf.toString());
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("编制单位：吉林省市场监督管理厅", "一、总体情况");
            assertThat(doc.getNumberOfPages()).isEqualTo(pageCount(robot));
        }
        robot.clickOn("#reportSaveWord");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(dir.resolve("saved.docx")))) {
            assertThat(doc.getParagraphs()).anyMatch(p -> p.getText().equals("编制单位：吉林省市场监督管理厅"));
        }
        assertThat(workspace.report().settings().issuingUnit()).contains("吉林省市场监督管理厅");
    }

    @Test
    void anEmptyIssuingUnitNamesTheHomeRegionsBureau(FxRobot robot) {
        assertThat(robot.lookup("#reportUnit").queryAs(javafx.scene.control.TextField.class).getPromptText())
                .isEqualTo("留空则为“吉林省质量技术监督局”");
    }

    @Test
    void untickedSectionsAreLeftOut(FxRobot robot) throws IOException {
        robot.clickOn("#reportSection-charts");
        robot.clickOn("#reportSection-regions");
        preview(robot);
        robot.clickOn("#reportSavePdf");
        try (var doc = Loader.loadPDF(dir.resolve("saved.pdf").toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("一、总体情况", "二、主要指标完成情况", "五、数据说明")
                    .doesNotContain("三、指标图表", "四、各地区情况");
        }
    }

    @Test
    void printsEveryPageOrSaysThereIsNoPrinter(FxRobot robot) {
        preview(robot);
        printer.installed = false;
        robot.clickOn("#reportPrint");
        assertThat(text(robot, "#reportMessage")).startsWith("本机没有安装打印机");
        assertThat(printer.postscript.size()).isZero();
        printer.installed = true;
        robot.clickOn("#reportPrint");
        assertThat(text(robot, "#reportMessage")).isEqualTo("报告已送往打印机。");
        String ps = printer.postscript.toString(StandardCharsets.ISO_8859_1);
        assertThat(Pattern.compile("(?m)^%%Page: ").matcher(ps).results().count()).isEqualTo(pageCount(robot));
    }

    @SuppressWarnings("unchecked")
    private static void preview(FxRobot robot) {
        ChoiceBox<Period> period = robot.lookup("#reportPeriod").queryAs(ChoiceBox.class);
        assertThat(period.getItems()).contains(Period.of(2015, 4));
        robot.interact(() -> period.setValue(Period.of(2015, 4)));
        robot.clickOn("#reportPreviewButton");
        assertThat(text(robot, "#reportMessage")).startsWith("报告已生成");
    }

    private static int pageCount(FxRobot robot) {
        String page = text(robot, "#reportPage");
        return Integer.parseInt(page.replaceAll(".*共 (\\d+) 页", "$1"));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
