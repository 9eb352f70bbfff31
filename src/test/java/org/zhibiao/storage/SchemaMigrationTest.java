package org.zhibiao.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.analysis.Method;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Plan;

/** A database written by schema 3 (before plans) opens with all its data, lineage and inferred plans. */
class SchemaMigrationTest {

    private static final String RESOURCE = "/org/zhibiao/storage/";

    @TempDir
    Path dir;

    @Test
    void aSchema3DatabaseKeepsEveryValueAndItsLineage() throws IOException {
        Path db = copy("schema-v3.db", "old.db");
        Path csv = dir.resolve("after.csv");
        try (Workspace w = Workspace.open(db)) {
            w.export().exportCsv(null, null, csv);
        }
        assertThat(Files.readString(csv)).isEqualTo(resource("schema-v3-export.csv"));
        assertThat(Files.readString(csv)).contains("220702,宁江区,2017Q1,P07,82,41,50,,1,2,filled.xlsx,")
                .contains(",指标报表,E9,");
    }

    @Test
    void itsPlansAreInferredFromTheDocumentsItsTargetsName() throws IOException {
        Path db = copy("schema-v3.db", "old.db");
        try (Workspace w = Workspace.open(db)) {
            List<Plan> plans = w.plans().plans();
            assertThat(plans).extracting(Plan::code).containsExactly("JL2012", "JL2013", "YJ2014", "XZ2014", "SY2021");
            Plan jl = plans.get(0);
            assertThat(jl.titleZh()).isEqualTo("吉林省人民政府关于贯彻质量发展纲要实施质量强省战略的意见");
            assertThat(jl.number()).isEqualTo("吉政发〔2012〕27号");
            assertThat(jl.issuer()).isEqualTo("吉林省人民政府");
            assertThat(List.of(jl.firstYear(), jl.lastYear())).containsExactly(2015, 2020);
            Plan own = plans.get(4);
            assertThat(own.titleZh()).isEqualTo("SY2021");
            assertThat(own.regionCode()).isEqualTo("220700");
            assertThat(List.of(own.firstYear(), own.lastYear())).containsExactly(2025, 2025);
        }
    }

    @Test
    void itMonitorsItsOwnPlansIndicatorsAndThoseOfItsProvince() throws IOException {
        Path db = copy("schema-v3.db", "old.db");
        try (Workspace w = Workspace.open(db)) {
            List<String> codes = w.status().status(Period.parse("2016Q4"), null, null, Method.TIME_PROGRESS).stream()
                    .map(r -> r.indicator().code()).distinct().toList();
            assertThat(codes).contains("P01", "P06", "F19").doesNotContain("P12", "E07", "P02");
            assertThat(codes).hasSize(25);
        }
    }

    @Test
    void openingAgainChangesNothing() throws IOException {
        Path db = copy("schema-v3.db", "old.db");
        try (Workspace w = Workspace.open(db)) {
            assertThat(w.plans().plans()).hasSize(5);
        }
        try (Workspace w = Workspace.open(db)) {
            assertThat(w.plans().plans()).hasSize(5);
            assertThat(w.catalogue().targets()).hasSize(70);
        }
    }

    private Path copy(String name, String as) throws IOException {
        Path target = dir.resolve(as);
        try (InputStream in = SchemaMigrationTest.class.getResourceAsStream(RESOURCE + name)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SchemaMigrationTest.class.getResourceAsStream(RESOURCE + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
