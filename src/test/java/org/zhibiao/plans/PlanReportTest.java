package org.zhibiao.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.DemoDatabase;
import org.zhibiao.app.Workspace;
import org.zhibiao.cli.CliRunner;
import org.zhibiao.domain.DefinitionChange;
import org.zhibiao.domain.Period;

/** The report of a 吉林省 database: its monitored indicators only, and its definition changes in the data notes. */
class PlanReportTest {

    @TempDir
    Path dir;

    @Test
    void theReportKeepsToTheMonitoredSetAndListsADefinitionChangeInItsDataNotes() throws Exception {
        Path db = DemoDatabase.copyInto(dir);
        try (Workspace w = Workspace.open(db)) {
            w.definitions().replaceDefinitionChanges(List.of(new DefinitionChange("P07", Period.parse("2016Q1"),
                    "规模以上工业企业", "全部工业企业", false)));
        }
        Path pdf = dir.resolve("r.pdf");
        CliRunner.Result r = CliRunner.run("report", "--db", db.toString(), "--period", "2016Q4", "--out",
                pdf.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String text = text(pdf).replaceAll("\\s+", "");
        assertThat(text).contains("口径变化")
                .contains("传统产业规模以上企业质量、安全、环境等体系认证覆盖率：自2016Q1起口径调整，不可比")
                .doesNotContain("产品质量监督抽查合格率").doesNotContain("自产产品出口合格率");
        assertThat(text).as("the plans the targets come from, cited")
                .contains("目标所依据的规划")
                .contains("《吉林省人民政府关于贯彻质量发展纲要实施质量强省战略的意见》（吉政发〔2012〕27号）：")
                .contains("《贯彻质量发展纲要实施质量强省战略2013年行动计划(吉林省)》（吉政办发〔2013〕17号）：")
                .doesNotContain("西藏自治区实施质量振兴战略");
        String chartTitle = "传统产业规模以上企业质量、安全、环境等体系认证覆盖率：吉林省季度走势与目标路径";
        assertThat(text.indexOf(chartTitle)).as("the trend chart follows the note")
                .isGreaterThan(text.indexOf("此前数值不与此后比较。"));
        assertThat(text.substring(text.indexOf(chartTitle), text.indexOf("（三）数据核查提示")))
                .as("its marker").contains("口径调整");
    }

    @Test
    void inEnglishThePlansAreCitedByTheirEnglishTitles() throws Exception {
        Path db = DemoDatabase.copyInto(dir);
        Path pdf = dir.resolve("r-en.pdf");
        CliRunner.Result r = CliRunner.run("report", "--db", db.toString(), "--period", "2016Q4", "--lang", "en",
                "--out", pdf.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String text = text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Plans setting the targets")
                .contains("Opinions of the Jilin Provincial Government on implementing the Quality Development")
                .contains("(吉政发〔2012〕27号)");
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
