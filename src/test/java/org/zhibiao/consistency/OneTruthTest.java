package org.zhibiao.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhibiao.analysis.Status;
import org.zhibiao.analysis.TargetChoice;
import org.zhibiao.app.Workspace;
import org.zhibiao.cli.CliRunner;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.Period;
import org.zhibiao.i18n.Messages;
import org.zhibiao.report.Block;
import org.zhibiao.report.DemoDatabase;
import org.zhibiao.report.ReportModel;
import org.zhibiao.report.ReportSection;
import org.zhibiao.ui.common.SameThreadTaskRunner;
import org.zhibiao.ui.dashboard.DashboardData;
import org.zhibiao.ui.dashboard.DashboardViewModel;

/**
 * On the demo database, for several quarters, regions and target choices, the dashboard, the
 * report and {@code status --format csv} select the same rows and count them alike; the report's
 * narrative says the numbers of its tables, and its PDF writes each status as the vocabulary does.
 */
class OneTruthTest {

    private static final Messages ZH = Messages.of(Locale.CHINA);

    @TempDir
    static Path dir;

    private static Path db;
    private static Workspace workspace;

    @BeforeAll
    static void open() {
        db = DemoDatabase.copyTo(dir);
        workspace = Workspace.open(db);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    static Stream<Arguments> views() {
        List<Arguments> views = new ArrayList<>();
        String[] regions = {"220000", "220100", "220581"};
        String[] periods = {"2012Q2", "2015Q4", "2016Q4"};
        for (int p = 0; p < periods.length; p++) {
            for (int r = 0; r < regions.length; r++) {
                views.add(Arguments.of(periods[p], regions[r], TargetChoice.IN_FORCE.code()));
                views.add(Arguments.of(periods[p], regions[r], (p + r) % 2 == 0 ? "2015" : "2020"));
            }
        }
        return views.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("views")
    void dashboardReportAndStatusShowTheSameRowsAndCounts(String quarter, String region, String choiceCode) {
        Period period = Period.parse(quarter);
        TargetChoice choice = TargetChoice.parse(choiceCode).orElseThrow();

        Map<String, Status> cli = statusCsv(quarter, region, choiceCode);
        DashboardData dashboard = dashboard(period, region, choice);
        Map<String, Status> shown = dashboard.rows().stream()
                .collect(Collectors.toMap(r -> r.indicator().code(), r -> r.status(), (a, b) -> a, LinkedHashMap::new));
        assertThat(shown).as("dashboard rows = status --format csv").containsExactlyEntriesOf(cli);
        assertThat(dashboard.counts()).as("dashboard tiles").isEqualTo(counts(cli.values()));

        ReportModel report = workspace.report().build(period, region, choice, ZH,
                EnumSet.of(ReportSection.OVERVIEW, ReportSection.INDICATORS), "单位");
        List<Block> overview = report.sections().get(0).blocks();
        assertThat(overviewCounts(overview)).as("report overview counts").isEqualTo(counts(cli.values()));
        assertThat(reportStatuses(report.sections().get(1).blocks())).as("report table rows")
                .containsExactlyEntriesOf(cli);
        assertNarrativeSays(overview, counts(cli.values()), cli.size());
        assertThat(paragraphs(overview).get(0)).contains(choice.inForce() ? "按当期目标" : "按" + choice.year() + "年目标");
    }

    @Test
    void thePdfWritesEveryStatusWithTheVocabularysSymbolAndWord() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        assertThat(CliRunner.run("report", "--db", db.toString(), "--period", "2015Q4", "--out", pdf.toString(),
                "--lang", "zh").exitCode()).isZero();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        String symbols = Arrays.stream(Status.values()).map(Status::symbol).collect(Collectors.joining());
        String words = Arrays.stream(Status.values()).map(s -> ZH.get(s.messageKey())).collect(Collectors.joining("|"));
        Matcher m = Pattern.compile("([" + symbols + "])\\s*(" + words + ")").matcher(text);
        int pairs = 0;
        while (m.find()) {
            Status bySymbol = Arrays.stream(Status.values()).filter(s -> s.symbol().equals(m.group(1))).findFirst()
                    .orElseThrow();
            assertThat(m.group(2)).as("the word after " + m.group(1)).isEqualTo(ZH.get(bySymbol.messageKey()));
            pairs++;
        }
        assertThat(pairs).isGreaterThan(Status.values().length);
        for (Status s : Status.values()) {
            assertThat(text).contains(s.label(ZH));
        }
    }

    private static Map<String, Status> statusCsv(String quarter, String region, String choice) {
        CliRunner.Result run = CliRunner.run("status", "--db", db.toString(), "--period", quarter, "--region", region,
                "--target-year", choice, "--format", "csv", "--lang", "zh");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Status> rows = new LinkedHashMap<>();
        try {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().build().parse(new StringReader(run.out()))) {
                assertThat(rows.put(r.get("indicator_code"), Status.valueOf(r.get("status")))).isNull();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static DashboardData dashboard(Period period, String region, TargetChoice choice) {
        DashboardViewModel model = new DashboardViewModel(workspace, ZH, new SameThreadTaskRunner());
        model.load();
        model.choiceProperty().set(choice);
        model.regionCodeProperty().set(region);
        model.periodProperty().set(period);
        DashboardData data = model.dataProperty().get();
        assertThat(data.selection().period()).isEqualTo(period);
        assertThat(data.selection().regionCode()).isEqualTo(region);
        assertThat(data.selection().choice()).isEqualTo(choice);
        return data;
    }

    private static Map<Status, Integer> counts(Iterable<Status> statuses) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        Arrays.stream(Status.values()).forEach(s -> counts.put(s, 0));
        statuses.forEach(s -> counts.merge(s, 1, Integer::sum));
        return counts;
    }

    private static Map<Status, Integer> overviewCounts(List<Block> overview) {
        Block.Table table = overview.stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast)
                .findFirst().orElseThrow();
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (List<String> row : table.rows()) {
            Arrays.stream(Status.values()).filter(s -> s.label(ZH).equals(row.get(0)))
                    .forEach(s -> counts.put(s, Integer.parseInt(row.get(1))));
        }
        return counts;
    }

    private static Map<String, Status> reportStatuses(List<Block> tables) {
        Map<String, String> codeByName = new LinkedHashMap<>();
        for (Indicator i : workspace.catalogue().indicators()) {
            codeByName.put(i.unit().isEmpty() ? i.nameZh() : i.nameZh() + "（" + i.unit() + "）", i.code());
        }
        Map<String, Status> rows = new LinkedHashMap<>();
        tables.stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast).forEach(t -> {
            int status = t.header().indexOf(ZH.get("report.col.status"));
            for (List<String> row : t.rows()) {
                Status s = Arrays.stream(Status.values()).filter(v -> row.get(status).startsWith(v.label(ZH)))
                        .findFirst().orElseThrow();
                rows.put(codeByName.get(row.get(1)), s);
            }
        });
        return rows;
    }

    private static List<String> paragraphs(List<Block> blocks) {
        return blocks.stream().filter(Block.Paragraph.class::isInstance).map(b -> ((Block.Paragraph) b).text())
                .toList();
    }

    private static void assertNarrativeSays(List<Block> overview, Map<Status, Integer> counts, int total) {
        String narrative = String.join("\n", paragraphs(overview));
        assertThat(narrative).contains("纳入监测的主要质量指标共" + total + "项");
        int achieved = counts.get(Status.ACHIEVED);
        assertThat(narrative).contains(achieved == 0 ? "目前尚无已达标的指标" : "已达标的指标" + achieved + "项");
        int behind = counts.get(Status.AT_RISK) + counts.get(Status.OFF_TRACK) + counts.get(Status.NOT_MET);
        assertThat(narrative).contains(behind == 0 ? "没有进度落后的指标" : "进度落后的指标" + behind + "项");
        int regressed = counts.get(Status.REGRESSING);
        assertThat(narrative).contains(regressed == 0 ? "没有较基期倒退的指标" : "较基期出现倒退的指标" + regressed + "项");
        int onTrack = counts.get(Status.ON_TRACK);
        if (onTrack > 0) {
            assertThat(narrative).contains("进度正常、按时间进度可望完成的指标" + onTrack + "项");
        }
    }
}
