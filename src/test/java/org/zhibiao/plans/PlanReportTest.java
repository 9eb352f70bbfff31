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
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
        assertThat(text).contains("口径变化")
                .contains("传统产业规模以上企业质量、安全、环境等体系认证覆盖率：自2016Q1起口径调整，不可比")
                .doesNotContain("产品质量监督抽查合格率").doesNotContain("自产产品出口合格率");
    }
}
