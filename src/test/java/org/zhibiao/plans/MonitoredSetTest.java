package org.zhibiao.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.app.Workspace;
import org.zhibiao.cli.CliRunner;

/** What a database monitors: its plans' indicators, plus and minus the choices made by hand. */
class MonitoredSetTest {

    /** Every indicator a 吉林省 plan (JL2012, JL2013) sets a target for, as targets.tsv lists them. */
    private static final List<String> JILIN = List.of("P06", "P07", "P08", "P09", "P10", "P11", "E01", "E02", "E03",
            "E04", "E05", "E06", "S01", "S02", "S03", "V01", "V02", "V03", "V05", "V06", "V07", "V08", "F19", "F20");
    private static final List<String> YANGJIANG = List.of("P12", "P13", "P14", "P15", "P16", "E07", "E08", "F01",
            "F02", "F03", "F04", "F05", "F06", "F07", "F08", "F09", "F11", "F13", "F14", "F15", "F16", "F21");

    @TempDir
    Path dir;

    @Test
    void aJilinDatabaseShowsExactlyTheJilinPlansIndicators() throws IOException {
        String db = init("jl.db", "220000");
        assertThat(statusCodes(db)).containsExactlyElementsOf(JILIN);
    }

    @Test
    void aYangjiangDatabaseShowsYangjiangsIndicators() throws IOException {
        String db = init("yj.db", "441700");
        assertThat(statusCodes(db)).containsExactlyElementsOf(YANGJIANG);
    }

    @Test
    void allIndicatorsShowsTheWholeCatalogue() throws IOException {
        String db = init("jl.db", "220000");
        assertThat(statusCodes(db, "--all-indicators")).hasSize(64).containsAll(JILIN).contains("P01", "P12");
    }

    @Test
    void aCityDatabaseMonitorsItsProvincesPlans() throws IOException {
        String db = init("cc.db", "220100");
        assertThat(statusCodes(db)).containsExactlyElementsOf(JILIN);
    }

    @Test
    void indicatorsTakenInAndOutByHandAreKeptInTheDatabase() throws IOException {
        String db = init("jl.db", "220000");
        try (Workspace w = Workspace.open(Path.of(db))) {
            w.plans().chooseMonitored("P01", true);
            w.plans().chooseMonitored("E06", false);
        }
        List<String> codes = statusCodes(db);
        assertThat(codes).contains("P01").doesNotContain("E06").hasSize(JILIN.size());
        try (Workspace w = Workspace.open(Path.of(db))) {
            w.plans().chooseMonitored("E06", null);
        }
        assertThat(statusCodes(db)).contains("P01", "E06");
    }

    @Test
    void aRetiredPlansTargetsNoLongerCount() throws IOException {
        String db = init("jl.db", "220000");
        try (Workspace w = Workspace.open(Path.of(db))) {
            w.plans().retire("JL2013", true);
        }
        assertThat(statusCodes(db)).doesNotContain("F19", "F20").hasSize(JILIN.size() - 2);
    }

    private String init(String name, String home) {
        String db = dir.resolve(name).toString();
        assertThat(CliRunner.run("init", "--db", db, "--home", home).exitCode()).isZero();
        return db;
    }

    private static List<String> statusCodes(String db, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("status", "--db", db, "--period", "2016Q4",
                "--format", "csv"));
        args.addAll(List.of(more));
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).isZero();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(r.out())).getRecords();
        return rows.stream().map(row -> row.get("indicator_code")).distinct().toList();
    }
}
