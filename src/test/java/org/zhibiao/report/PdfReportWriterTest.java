package org.zhibiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
        return pdf(input, Messages.CHINESE);
    }

    private static byte[] pdf(ReportInput input, Locale locale) throws IOException {
        Messages messages = Messages.of(locale);
        ReportModel model = new ReportAssembler(messages, new ReportCharts(messages)).assemble(input);
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
    void anEnglishTableHeaderBreaksOnlyBetweenWords() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(ReportFixtures.input(), Messages.ENGLISH))) {
            Set<String> words = new HashSet<>(List.of(new PDFTextStripper().getText(doc).split("\\s+")));
            Messages en = Messages.of(Messages.ENGLISH);
            for (String key : List.of("report.col.indicator", "report.col.value", "report.col.yoy", "report.col.expected",
                    "report.col.gapTarget", "report.col.gapExpected", "report.col.status", "report.col.coverage")) {
                for (String word : en.get(key).split(" ")) {
                    assertThat(words).as(key).contains(word)
                            .noneMatch(w -> w.length() >= 4 && w.length() < word.length() && word.startsWith(w));
                }
            }
        }
    }

    @Test
    void twoRunsGiveTheSameBytes() throws IOException {
        assertThat(pdf(ReportFixtures.input())).isEqualTo(pdf(ReportFixtures.input()));
    }
}
