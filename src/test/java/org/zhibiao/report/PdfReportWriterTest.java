package org.zhibiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.zhibiao.domain.Indicator;
import org.zhibiao.i18n.Messages;
import org.zhibiao.report.pdf.PdfReportWriter;

class PdfReportWriterTest {

    static byte[] pdf(ReportInput input) throws IOException {
        Messages zh = Messages.of(Messages.CHINESE);
        ReportModel model = new ReportAssembler(zh, new ReportCharts(zh)).assemble(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter().write(model, out);
        return out.toByteArray();
    }

    @Test
    void embedsTheCjkFontAsASubsetAndPrintsHeadingsNamesAndPageNumbers() throws IOException {
        byte[] bytes = pdf(ReportFixtures.input());
        Path keep = Path.of("target/report-fixture.pdf");
        Files.write(keep, bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded()).isTrue();
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(n -> n.matches("[A-Z]{6}\\+WenQuanYiMicroHei"));
            String text = new PDFTextStripper().getText(doc);
            int pages = doc.getNumberOfPages();
            assertThat(text.replace("\n", "")).contains("吉林省质量发展主要指标季度监测报告（2015年第4季度）");
            assertThat(text).contains("吉林省质量技术监督局",
                    "2016年1月20日", "一、总体情况", "二、主要指标完成情况", "三、指标图表", "四、各地区情况", "五、数据说明",
                    "第 1 页 共 " + pages + " 页", "第 " + pages + " 页 共 " + pages + " 页");
            for (Indicator indicator : ReportFixtures.indicators()) {
                assertThat(text.replace("\n", "")).contains(indicator.nameZh());
            }
        }
    }

    @Test
    void twoRunsGiveTheSameBytes() throws IOException {
        assertThat(pdf(ReportFixtures.input())).isEqualTo(pdf(ReportFixtures.input()));
    }
}
