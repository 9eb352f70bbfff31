package org.zhibiao.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.analysis.Method;
import org.zhibiao.analysis.Status;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.analysis.Trend;
import org.zhibiao.domain.Period;

/** Rows without a target still say which way the value moved since the same quarter a year before. */
class TrendStatusTest {

    @TempDir
    Path dir;

    @Test
    void eachThresholdOnHandMadeSeriesOfIndicatorsWithoutATarget() {
        try (StatusFixture f = StatusFixture.create(dir.resolve("t.db"), "220000")) {
            f.workspace().plans().chooseMonitored("P01", true);
            f.workspace().plans().chooseMonitored("P02", true);
            f.workspace().plans().chooseMonitored("P03", true);
            f.workspace().plans().chooseMonitored("P13", true);
            f.workspace().plans().chooseMonitored("P14", true);
            f.value("P01", "220000", "2015Q2", 90).value("P01", "220000", "2016Q2", 91.35)
                    .value("P02", "220000", "2015Q2", 90).value("P02", "220000", "2016Q2", 90.45)
                    .value("P03", "220000", "2015Q2", 90).value("P03", "220000", "2016Q2", 90.2)
                    .value("P13", "220000", "2015Q2", 4.0).value("P13", "220000", "2016Q2", 4.1)
                    .value("P14", "220000", "2016Q2", 88)
                    .store();
            List<StatusRow> rows = f.workspace().status().status(Period.parse("2016Q2"), null, null,
                    Method.TIME_PROGRESS);
            assertThat(row(rows, "P01").status()).isEqualTo(Status.NO_TARGET);
            assertThat(row(rows, "P01").trend()).isEqualTo(Trend.IMPROVING_FAST);
            assertThat(row(rows, "P01").trendValue()).isCloseTo(0.015, offset(1e-9));
            assertThat(row(rows, "P02").trend()).isEqualTo(Trend.IMPROVING);
            assertThat(row(rows, "P03").trend()).isEqualTo(Trend.STABLE);
            assertThat(row(rows, "P13").trend()).as("a repair rate that rises worsens").isEqualTo(Trend.WORSENING);
            assertThat(row(rows, "P14").trend()).as("no value a year before").isNull();
            List<String> cells = StatusRows.cells(row(rows, "P13"), true);
            assertThat(StatusRows.COLUMNS.subList(23, 27)).containsExactly("status", "target_region", "trend",
                    "trend_value");
            assertThat(cells.subList(23, 26)).containsExactly("NO_TARGET", "", "WORSENING");
            assertThat(Double.parseDouble(cells.get(26))).isCloseTo(-0.025, offset(1e-12));
        }
    }

    private static StatusRow row(List<StatusRow> rows, String code) {
        return rows.stream().filter(r -> r.indicator().code().equals(code)).findFirst().orElseThrow();
    }
}
