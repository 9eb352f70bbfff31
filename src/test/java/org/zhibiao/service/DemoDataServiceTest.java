package org.zhibiao.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Indicator;
import org.zhibiao.domain.IndicatorKind;
import org.zhibiao.domain.Observation;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.RegionLevel;
import org.zhibiao.domain.Target;
import org.zhibiao.domain.ZhibiaoException;

class DemoDataServiceTest {

    private static final String HOME = InitService.DEFAULT_HOME;
    private static final Set<String> MISSING_CITIES = Set.of("220800", "222400");

    @TempDir
    static Path dir;

    private static Workspace workspace;
    private static DemoDataService.Summary summary;
    private static List<Observation> all;
    private static Map<String, Region> regions;
    private static Map<String, Indicator> indicators;

    @BeforeAll
    static void generate() {
        workspace = Workspace.open(dir.resolve("demo.db"));
        workspace.init().initialise(HOME, true);
        summary = workspace.demo().generate();
        all = workspace.observations().find(null, null);
        regions = workspace.regions().all().stream().collect(Collectors.toMap(Region::code, r -> r));
        indicators = workspace.catalogue().indicators().stream().collect(Collectors.toMap(Indicator::code, i -> i));
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void theSameDatabaseEveryRun() throws Exception {
        Path again = dir.resolve("again.db");
        try (Workspace second = Workspace.open(again)) {
            second.init().initialise(HOME, true);
            second.demo().generate();
            second.export().exportCsv(null, null, dir.resolve("again.csv"));
            assertThat(second.catalogue().targets()).isEqualTo(workspace.catalogue().targets());
        }
        workspace.export().exportCsv(null, null, dir.resolve("first.csv"));
        assertThat(Files.readAllBytes(dir.resolve("again.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("first.csv")));
    }

    @Test
    void everyCountyAndCityOfJilinReportsTheProvincesIndicatorsFor25Quarters() {
        Set<String> jilinIndicators = workspace.catalogue().targets().stream()
                .filter(t -> t.regionCode().equals(HOME) && !t.demo()).map(Target::indicatorCode)
                .collect(Collectors.toSet());
        assertThat(all).hasSize(summary.values());
        assertThat(all.stream().map(Observation::indicatorCode).collect(Collectors.toSet())).isEqualTo(jilinIndicators);
        assertThat(summary.regions()).isEqualTo(regions.size()).isEqualTo(79);
        assertThat(summary.periods()).isEqualTo(25);
        assertThat(workspace.observations().periods()).first().isEqualTo(Period.of(2010, 4));
        assertThat(workspace.observations().periods()).last().isEqualTo(Period.of(2016, 4));
        assertThat(all).allSatisfy(o -> {
            assertThat(o.lineage().sourceFile()).isEqualTo("demo");
            assertThat(o.lineage().importedAt()).isEqualTo(DemoDataService.receivedAt(o.period()));
        });
    }

    @Test
    void theProvinceReportsOnlyWhatNoRollUpGivesIt() {
        List<String> own = all.stream().filter(o -> o.regionCode().equals(HOME)).map(Observation::indicatorCode)
                .distinct().toList();
        assertThat(own).containsExactlyInAnyOrder("P10", "E06", "V08")
                .allSatisfy(code -> assertThat(indicators.get(code).kind()).isEqualTo(IndicatorKind.NONE));
    }

    @Test
    void citiesReportTheSumsOfTheirCountiesExceptOneDeliberateQuarter() {
        Map<String, Observation> byKey = all.stream().collect(Collectors.toMap(DemoDataServiceTest::key, o -> o));
        Set<String> differing = new HashSet<>();
        for (Observation city : all) {
            Indicator indicator = indicators.get(city.indicatorCode());
            if (regions.get(city.regionCode()).level() != RegionLevel.CITY || indicator.kind() == IndicatorKind.NONE) {
                continue;
            }
            List<Observation> counties = counties(city, byKey);
            assertThat(counties).isNotEmpty();
            if (indicator.isRatio()) {
                double num = counties.stream().mapToDouble(Observation::numerator).sum();
                double den = counties.stream().mapToDouble(Observation::denominator).sum();
                assertThat(city.denominator()).isCloseTo(den, within(1e-6));
                assertThat(city.value()).isCloseTo(city.numerator() / city.denominator() * 100, within(1e-9));
                if (Math.abs(city.numerator() - num) > 1e-6) {
                    differing.add(key(city));
                    assertThat(num / den * 100 - city.value()).isBetween(0.5, 2.0);
                }
            } else if (indicator.kind() == IndicatorKind.SUM) {
                assertThat(city.value()).isCloseTo(counties.stream().mapToDouble(Observation::value).sum(), within(1e-6));
            } else {
                double mean = counties.stream().mapToDouble(Observation::value).average().orElseThrow();
                assertThat(city.value()).isCloseTo(mean, within(0.51));
            }
        }
        assertThat(differing).containsExactly("P07/220300/2014Q2");
    }

    @Test
    void twoCitiesAndTheirCountiesMissTheLatestQuarter() {
        Period latest = Period.of(2016, 4);
        Set<String> reporting = workspace.observations().atPeriod(latest).stream().map(Observation::regionCode)
                .collect(Collectors.toSet());
        Set<String> silent = new HashSet<>(regions.keySet());
        silent.removeAll(reporting);
        silent.remove(HOME);
        Set<String> expected = regions.values().stream()
                .filter(r -> r.parentCode() != null && (MISSING_CITIES.contains(r.code()) || MISSING_CITIES.contains(r.parentCode())))
                .map(Region::code).collect(Collectors.toSet());
        assertThat(silent).isEqualTo(expected).hasSize(2 + 6 + 8);
        assertThat(workspace.observations().atPeriod(latest.previous()))
                .anyMatch(o -> MISSING_CITIES.contains(o.regionCode()));
    }

    @Test
    void oneReceivedDemoReturnPerRegionAndPeriodWithValues() {
        Set<String> withValues = all.stream().map(o -> o.regionCode() + "/" + o.period().index())
                .collect(Collectors.toSet());
        List<String> returns = workspace.database().read(c -> {
            List<String> out = new java.util.ArrayList<>();
            try (var s = c.createStatement(); var rs = s.executeQuery("""
                    SELECT f.region_code, f.period, f.file_name, f.state, f.revision, b.kind
                    FROM source_file f JOIN import_batch b ON b.id = f.batch_id""")) {
                while (rs.next()) {
                    assertThat(List.of(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                            .containsExactly("demo", "imported", "1", "demo");
                    out.add(rs.getString(1) + "/" + rs.getInt(2));
                }
            }
            return out;
        });
        assertThat(returns).doesNotHaveDuplicates().hasSize(withValues.size());
        assertThat(new HashSet<>(returns)).isEqualTo(withValues);
        assertThat(returns).doesNotContain("220800/" + Period.of(2016, 4).index());
    }

    @Test
    void annualIndicatorsOnlyAtTheFourthQuarter() {
        assertThat(all).filteredOn(o -> !indicators.get(o.indicatorCode()).frequency().reportedIn(o.period()))
                .isEmpty();
        assertThat(all).filteredOn(o -> o.indicatorCode().equals("S01")).extracting(o -> o.period().quarter())
                .containsOnly(4);
        assertThat(all).filteredOn(o -> o.indicatorCode().equals("V01")).extracting(o -> o.period().quarter())
                .contains(1, 2, 3, 4);
    }

    @Test
    void flowsAddUpWithinAYear() {
        Map<String, Observation> byKey = all.stream().collect(Collectors.toMap(DemoDataServiceTest::key, o -> o));
        int increases = 0;
        for (Observation o : all) {
            if (!indicators.get(o.indicatorCode()).isFlow() || o.period().quarter() == 1 || o.period().year() == 2010) {
                continue;
            }
            Observation earlier = byKey.get(o.indicatorCode() + "/" + o.regionCode() + "/" + o.period().previous());
            assertThat(o.value()).isGreaterThanOrEqualTo(earlier.value());
            increases += o.value() > earlier.value() ? 1 : 0;
        }
        assertThat(increases).isGreaterThan(20);
    }

    @Test
    void demo2020TargetsAreMarkedAndDocumentTargetsKept() {
        List<Target> targets = workspace.catalogue().targets();
        List<Target> demo = targets.stream().filter(Target::demo).toList();
        assertThat(demo).isNotEmpty().allSatisfy(t -> {
            assertThat(t.regionCode()).isEqualTo(HOME);
            assertThat(t.targetYear()).isEqualTo(2020);
            assertThat(t.basePeriod()).isEqualTo(Period.of(2015, 4));
            assertThat(t.note()).contains("演示目标");
            assertThat(targets).anyMatch(p -> !p.demo() && p.key().equals(new Target.Key(t.indicatorCode(), HOME, 2015)));
        });
        assertThat(demo).extracting(Target::indicatorCode).contains("E02", "S01", "V06").doesNotContain("P06", "F19");
        assertThat(targets).filteredOn(t -> !t.demo()).hasSize(69);
        assertThat(targets).filteredOn(t -> t.key().equals(new Target.Key("P06", HOME, 2020)))
                .singleElement().satisfies(t -> assertThat(t.demo()).isFalse());
    }

    @Test
    void someIndicatorsReachTheir2015TargetSomeLagAndSomeRegress() {
        assertThat(provinceRate("E02", 2015)).isGreaterThanOrEqualTo(98);
        assertThat(provinceRate("V01", 2015)).isGreaterThanOrEqualTo(90);
        assertThat(provinceRate("E05", 2015)).isLessThan(100).isGreaterThan(provinceRate("E05", 2010));
        assertThat(provinceRate("V05", 2015)).isLessThan(70).isGreaterThan(provinceRate("V05", 2010));
        assertThat(provinceRate("V02", 2015)).isLessThan(provinceRate("V02", 2010));
        assertThat(provinceMean("S03", 2015)).isLessThan(provinceMean("S03", 2010)).isLessThan(80);
    }

    @Test
    void aDatabaseWithValuesIsRefusedAndLeftAsItWas() {
        assertThatThrownBy(() -> workspace.demo().generate()).isInstanceOf(ZhibiaoException.class)
                .extracting(e -> ((ZhibiaoException) e).messageKey()).isEqualTo("demo.error.notEmpty");
        assertThat(workspace.observations().find(null, null)).hasSize(all.size());
    }

    private static double provinceRate(String code, int year) {
        List<Observation> cities = cityValues(code, year);
        return cities.stream().mapToDouble(Observation::numerator).sum()
                / cities.stream().mapToDouble(Observation::denominator).sum() * 100;
    }

    private static double provinceMean(String code, int year) {
        return cityValues(code, year).stream().mapToDouble(Observation::value).average().orElseThrow();
    }

    private static List<Observation> cityValues(String code, int year) {
        return all.stream().filter(o -> o.indicatorCode().equals(code) && o.period().equals(Period.endOf(year))
                && HOME.equals(regions.get(o.regionCode()).parentCode())).toList();
    }

    private static List<Observation> counties(Observation city, Map<String, Observation> byKey) {
        return regions.values().stream().filter(r -> city.regionCode().equals(r.parentCode()))
                .map(r -> byKey.get(city.indicatorCode() + "/" + r.code() + "/" + city.period())).toList();
    }

    private static String key(Observation o) {
        return o.indicatorCode() + "/" + o.regionCode() + "/" + o.period();
    }
}
