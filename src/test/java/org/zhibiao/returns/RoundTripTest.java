package org.zhibiao.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.cli.CliRunner;

/** A template for 长春市 2015Q3, filled in by POI and saved as .xlsx and .xls, imports the exact values typed. */
class RoundTripTest {

    @TempDir
    Path dir;

    private final Map<String, Map<Integer, Object>> typed = Map.of(
            "P01", Returns.fraction(952, 1000),
            "P02", Returns.value(97.5),
            "E08", Returns.value(3),
            "F08", Returns.value("1,234"));

    @Test
    void xlsxFilledByAnotherProgramImportsTheValuesTyped() throws Exception {
        Path db = Returns.database(dir);
        Path filled = Returns.fill(Returns.template(db, dir, "220100", "2015Q3"), typed, dir.resolve("in/a.xlsx"));
        CliRunner.Result r = Returns.importFiles(db, filled);
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).startsWith("imported  a.xlsx");
        assertValues(Returns.export(db, dir, "x"), "a.xlsx");
    }

    @Test
    void theSameReturnSavedAsXlsImportsTheSameValues() throws Exception {
        Path db = Returns.database(dir);
        Path filled = Returns.fill(Returns.template(db, dir, "220100", "2015Q3"), typed, dir.resolve("a.xlsx"));
        Path xls = Returns.toXls(filled, dir.resolve("in/a.xls"));
        CliRunner.Result r = Returns.importFiles(db, xls);
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertValues(Returns.export(db, dir, "x"), "a.xls");
    }

    private static void assertValues(List<String> rows, String file) {
        assertThat(rows).hasSize(5);
        assertThat(rows).anySatisfy(l -> assertThat(l).startsWith("220100,长春市,2015Q3,P01,95.2,952,1000,,1,"));
        assertThat(rows).anySatisfy(l -> assertThat(l).startsWith("220100,长春市,2015Q3,P02,97.5,,,,1,"));
        assertThat(rows).anySatisfy(l -> assertThat(l).startsWith("220100,长春市,2015Q3,E08,3,,,,1,"));
        assertThat(rows).anySatisfy(l -> assertThat(l).startsWith("220100,长春市,2015Q3,F08,1234,,,,1,"));
        assertThat(rows.subList(1, rows.size())).allSatisfy(l ->
                assertThat(l).contains("," + file + ",").contains(",指标报表,E").endsWith(",tester"));
    }
}
