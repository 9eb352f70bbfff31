package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.analysis.Status;
import org.zhibiao.catalogue.BuiltinCatalogue;
import org.zhibiao.domain.Indicator;
import org.zhibiao.i18n.Messages;
import org.zhibiao.report.DemoDatabase;
import org.zhibiao.returns.Returns;

/** {@code report} on the demo database: the PDF and the Word file say what {@code status} says. */
class ReportCliTest {

    private static final Map<String, String> STATUS_NAMES = Arrays.stream(Status.values())
            .collect(Collectors.toMap(Status::name, s -> s.label(Messages.of(Locale.CHINA))));
    private static final String STATUS_SYMBOLS = Arrays.stream(Status.values()).map(Status::symbol)
            .collect(Collectors.joining());
    private static final List<String> HEADINGS = List.of("一、总体情况", "二、主要指标完成情况", "三、指标图表",
            "四、各地区情况", "五、数据说明");

    @TempDir
    static Path dir;

    private static Path db;
    private static Map<String, CSVRecord> statusRows;

    @BeforeAll
    static void demo() throws IOException {
        db = DemoDatabase.copyTo(dir);
        CliRunner.Result status = CliRunner.run("status", "--db", db.toString(), "--period", "2015Q4",
                "--target-year", "in-force", "--format", "csv", "--lang", "zh");
        statusRows = new LinkedHashMap<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().build().parse(new StringReader(status.out()))) {
            assertThat(statusRows.put(r.get("indicator_code"), r)).as("one row per indicator").isNull();
        }
    }

    @Test
    void thePdfHasTheEmbeddedSubsetFontTheHeadingsAndTheStatusValues() throws IOException {
        Path pdf = dir.resolve("r.pdf");
        CliRunner.Result run = CliRunner.run("report", "--db", db.toString(), "--period", "2015Q4", "--out",
                pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).isTrue();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+WenQuanYiMicroHei");
                }
            }
            String text = new PDFTextStripper().getText(doc);
            int pages = doc.getNumberOfPages();
            assertThat(text).contains(HEADINGS).contains("第 1 页 共 " + pages + " 页", "吉林省质量技术监督局");
            assertThat(text.replace("\n", "")).contains("吉林省质量发展主要指标季度监测报告（2015年第4季度）");
            String flat = text.replaceAll("\\s", "");
            for (CSVRecord row : statusRows.values()) {
                assertThat(flat).containsPattern(tableRow(row));
            }
        }
    }

    @Test
    void twoRunsGiveTheSameText() throws IOException {
        Path first = dir.resolve("a.pdf");
        Path second = dir.resolve("b.pdf");
        assertThat(CliRunner.run("report", "--db", db.toString(), "--period", "2015Q4", "--out", first.toString())
                .exitCode()).isZero();
        assertThat(CliRunner.run("report", "--db", db.toString(), "--period", "2015Q4", "--out", second.toString())
                .exitCode()).isZero();
        assertThat(text(first)).isEqualTo(text(second));
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void theWordFileHasTheSameSectionsAndNumbers() throws IOException {
        Path docx = dir.resolve("r.docx");
        assertThat(CliRunner.run("report", "--db", db.toString(), "--period", "2015Q4", "--out", docx.toString())
                .exitCode()).isZero();
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText)).containsExactlyElementsOf(HEADINGS);
            Map<String, XWPFTableRow> byName = new LinkedHashMap<>();
            for (XWPFTable table : doc.getTables()) {
                for (XWPFTableRow row : table.getRows()) {
                    if (row.getTableCells().size() == 10) {
                        byName.put(row.getCell(1).getText(), row);
                    }
                }
            }
            for (CSVRecord csv : statusRows.values()) {
                XWPFTableRow row = byName.get(nameWithUnit(csv));
                assertThat(row).as(csv.get("indicator_name")).isNotNull();
                assertThat(row.getCell(2).getText()).isEqualTo(rounded(csv));
                assertThat(row.getCell(8).getText()).isEqualTo(STATUS_NAMES.get(csv.get("status")));
            }
        }
    }

    @Test
    void anotherExtensionIsAUsageError() {
        CliRunner.Result run = CliRunner.run("report", "--db", db.toString(), "--period", "2015Q4", "--out",
                dir.resolve("r.txt").toString(), "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("must end in .pdf or .docx");
        assertThat(dir.resolve("r.txt")).doesNotExist();
    }

    private static Pattern tableRow(CSVRecord row) {
        return Pattern.compile(Pattern.quote(nameWithUnit(row).replaceAll("\\s", "")) + Pattern.quote(rounded(row))
                + "[^" + STATUS_SYMBOLS + "]*" + Pattern.quote(STATUS_NAMES.get(row.get("status")).replace(" ", "")));
    }

    private static String nameWithUnit(CSVRecord row) {
        return row.get("unit").isEmpty() ? row.get("indicator_name")
                : row.get("indicator_name") + "（" + row.get("unit") + "）";
    }

    private static String rounded(CSVRecord row) {
        if (row.get("value").isEmpty()) {
            return "—";
        }
        int decimals = indicators().get(row.get("indicator_code")).decimals();
        return new BigDecimal(row.get("value")).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    private static Map<String, Indicator> indicators() {
        Map<String, Indicator> map = new LinkedHashMap<>();
        BuiltinCatalogue.indicators().forEach(i -> map.put(i.code(), i));
        return map;
    }

    @Test
    void dataNotesNameTheRegionWhoseReturnWasRefused(@TempDir Path own) throws IOException {
        Path copy = DemoDatabase.copyTo(own);
        Path template = Returns.template(copy, own, "220800", "2016Q4");
        Path refused = Returns.fill(template, Map.of("E02", Returns.value("约95")), own.resolve("白城市.xlsx"));
        assertThat(Returns.importFiles(copy, refused).exitCode()).isEqualTo(1);
        Path pdf = own.resolve("r.pdf");
        assertThat(CliRunner.run("report", "--db", copy.toString(), "--period", "2016Q4", "--out", pdf.toString(),
                "--lang", "zh").exitCode()).isZero();
        String text = text(pdf).replaceAll("\\s+", "");
        assertThat(text).contains("报表被拒收、尚未重新报送的地区：白城市。")
                .contains("本期应报78份，已收到62份。").contains("未报送的地区：白城市、洮北区");
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

}
