package org.zhibiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.zhibiao.domain.Indicator;
import org.zhibiao.i18n.Messages;
import org.zhibiao.report.docx.DocxReportWriter;

class DocxReportWriterTest {

    static byte[] docx(ReportInput input) throws IOException {
        Messages zh = Messages.of(Messages.CHINESE);
        ReportModel model = new ReportAssembler(zh, new ReportCharts(zh)).assemble(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportWriter().write(model, out);
        return out.toByteArray();
    }

    @Test
    void hasRealHeadingsTablesPicturesAndAPageNumberFooter() throws IOException {
        byte[] bytes = docx(ReportFixtures.input());
        Files.write(Path.of("target/report-fixture.docx"), bytes);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> headings1 = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings1).containsExactly("一、总体情况", "二、主要指标完成情况", "三、指标图表", "四、各地区情况",
                    "五、数据说明");
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle())))
                    .extracting(XWPFParagraph::getText).contains("（一）产品质量", "（一）按状态统计");
            assertThat(doc.getTables()).hasSizeGreaterThan(5);
            assertThat(doc.getTables().get(2).getRow(0).isRepeatHeader()).isTrue();
            assertThat(doc.getAllPictures()).hasSizeGreaterThanOrEqualTo(10);
            String footer = doc.getFooterList().get(0)._getHdrFtr().xmlText();
            assertThat(footer).contains("PAGE", "NUMPAGES", "第 ", " 页 共 ");
            String text;
            try (XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
                text = extractor.getText();
            }
            assertThat(text).contains("吉林省质量发展主要指标季度监测报告（2015年第4季度）", "编制单位：吉林省质量技术监督局");
            for (Indicator indicator : ReportFixtures.indicators()) {
                assertThat(text).contains(indicator.nameZh());
            }
        }
    }
}
