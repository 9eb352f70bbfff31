package org.zhibiao.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.cli.CliRunner;

/** Warnings that never block: a jump from the previous quarter, a city against the roll-up of its counties. */
class WarningsTest {

    @TempDir
    Path dir;

    @Test
    void cityAgainstItsCountiesAndJumpsFromThePreviousQuarter() throws Exception {
        Path db = Returns.database(dir);
        Path counties = dir.resolve("counties");
        PlainReturn.forRegion("220102", "南关区", "2015Q3").row("E08", "", 1, null, null).row("P01", "", null, 90, 100)
                .save(counties.resolve("a.xlsx"));
        PlainReturn.forRegion("220103", "宽城区", "2015Q3").row("E08", "", 2, null, null).row("P01", "", null, 80, 100)
                .save(counties.resolve("b.xlsx"));
        assertThat(Returns.importFiles(db, counties).exitCode()).isZero();

        CliRunner.Result city = Returns.importFiles(db, PlainReturn.forRegion("220100", "长春市", "2015Q3")
                .row("E08", "", 10, null, null).row("P01", "", null, 85, 100).row("P02", "", 90, null, null)
                .save(dir.resolve("city.xlsx")));
        assertThat(city.exitCode()).isZero();
        assertThat(city.out()).contains("warning Sheet1!E4: E08: the own value 10 differs from 3, the roll-up of 2")
                .doesNotContain("P01: the own value");

        CliRunner.Result q4 = Returns.importFiles(db, PlainReturn.forRegion("220100", "长春市", "2015Q4")
                .row("P02", "", 50, null, null).row("E08", "", 11, null, null).save(dir.resolve("city-q4.xlsx")));
        assertThat(q4.exitCode()).isZero();
        assertThat(q4.out()).contains("warning Sheet1!E4: P02 changes from 90 in 2015Q3 to 50")
                .doesNotContain("E08 changes");
    }

    @Test
    void theRollUpCountsOnlyTheRegionsOwnChildren() throws Exception {
        Path db = Returns.database(dir);
        Path counties = dir.resolve("counties");
        PlainReturn.forRegion("220102", "南关区", "2015Q3").row("E08", "", 1, null, null).save(counties.resolve("a.xlsx"));
        PlainReturn.forRegion("220103", "宽城区", "2015Q3").row("E08", "", 2, null, null).save(counties.resolve("b.xlsx"));
        assertThat(Returns.importFiles(db, counties).exitCode()).isZero();

        CliRunner.Result province = Returns.importFiles(db, PlainReturn.forRegion("220000", "吉林省", "2015Q3")
                .row("E08", "", 10, null, null).save(dir.resolve("province.xlsx")));
        assertThat(province.exitCode()).isZero();
        assertThat(province.out()).contains("imported").doesNotContain("roll-up");

        CliRunner.Result city = Returns.importFiles(db, PlainReturn.forRegion("220100", "长春市", "2015Q3")
                .row("E08", "", 10, null, null).save(dir.resolve("city.xlsx")));
        assertThat(city.out()).contains("E08: the own value 10 differs from 3, the roll-up of 2");
    }
}
