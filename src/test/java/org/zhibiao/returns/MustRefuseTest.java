package org.zhibiao.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.cli.CliRunner;

/**
 * RETURNS.md's "must refuse" cases: each file refused, the cell and the reason named, no value of it
 * stored (the values exported before and after are the same). A file that cannot be told as a
 * region's return leaves the database file byte-for-byte as it was.
 */
class MustRefuseTest {

    @TempDir
    Path dir;

    private Path db;
    private List<String> before;

    @BeforeEach
    void goodReturnFirst() throws Exception {
        db = Returns.database(dir);
        Returns.importFiles(db, PlainReturn.forRegion("220200", "吉林市", "2015Q3")
                .row("P01", "", null, 90, 100).save(dir.resolve("ok.xlsx")));
        before = Returns.export(db, dir, "before");
        assertThat(before).hasSize(2);
    }

    private CliRunner.Result refuse(PlainReturn r, String... expected) throws Exception {
        CliRunner.Result result = Returns.importFiles(db, r.save(dir.resolve("bad.xlsx")));
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(1);
        assertThat(result.out()).startsWith("rejected  bad.xlsx");
        for (String e : expected) {
            assertThat(result.out()).contains(e);
        }
        assertThat(Returns.export(db, dir, "after")).isEqualTo(before);
        return result;
    }

    private static PlainReturn changchun() {
        return PlainReturn.forRegion("220100", "长春市", "2015Q3");
    }

    @Test
    void otherTextInAValueCellIsShownRaw() throws Exception {
        refuse(changchun().row("P02", "", "约95", null, null).row("P03", "", "≥90", null, null)
                .row("E08", "", "待统计", null, null),
                "Sheet1!E4: Not a number: \"约95\"", "Sheet1!E5: Not a number: \"≥90\"", "Sheet1!E6: Not a number: \"待统计\"");
    }

    @Test
    void percentageOutsideZeroToHundredAndNegativeCounts() throws Exception {
        refuse(changchun().row("P02", "", 101, null, null).row("E08", "", -1, null, null),
                "Sheet1!E4: A percentage must be between 0 and 100, not 101", "Sheet1!E5: A negative number");
    }

    @Test
    void numeratorAboveDenominatorAndZeroDenominator() throws Exception {
        refuse(changchun().row("P01", "", null, 120, 100).row("P02", "", null, 5, 0),
                "Sheet1!F4: The numerator 120 is larger than the denominator 100",
                "Sheet1!G5: The denominator is 0 while the numerator is 5");
    }

    @Test
    void valueDisagreeingWithItsFractionBeyondRounding() throws Exception {
        CliRunner.Result r = refuse(changchun().row("P01", "", 95.3, 952, 1000),
                "Sheet1!E4: The value 95.3 disagrees with numerator / denominator, which gives 95.2");
        assertThat(r.out()).doesNotContain("E5");
    }

    @Test
    void theSameIndicatorTwice() throws Exception {
        refuse(changchun().row("P02", "", 90, null, null).row("P02", "", 91, null, null),
                "Sheet1!B5: Indicator P02 appears twice (first in B4)");
    }

    @Test
    void regionOrPeriodNotIdentifiableOrNotInTheDatabaseLeaveTheFileUntouched() throws Exception {
        byte[] bytes = Files.readAllBytes(db);
        refuse(PlainReturn.forRegion("", "", "").row("P02", "", 90, null, null), "The region cannot be told",
                "The period cannot be told");
        refuse(PlainReturn.forRegion("110100", "北京市", "2015Q3").row("P02", "", 90, null, null),
                "Region 110100 is not in this database");
        assertThat(Files.readAllBytes(db)).isEqualTo(bytes);
    }

    @Test
    void sourcesThatDisagreeAreBothNamed() throws Exception {
        CliRunner.Result r = Returns.importFiles(db, changchun().row("P02", "", 90, null, null)
                .save(dir.resolve("220200_吉林市_2015Q3.xlsx")));
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("the header cells says 220100, the file name says 220200");
    }

    @Test
    void aLockedPeriod() throws Exception {
        assertThat(CliRunner.run("lock", "--db", db.toString(), "--period", "2015Q3").exitCode()).isZero();
        refuse(changchun().row("P02", "", 90, null, null), "The period 2015Q3 is locked");
    }

    @Test
    void notASpreadsheetEmptyAndDamagedFilesLeaveTheDatabaseFileUntouched() throws Exception {
        byte[] bytes = Files.readAllBytes(db);
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "地区代码 220100 本期值 95");
        Path empty = Files.write(dir.resolve("empty.xls"), new byte[0]);
        Path good = changchun().row("P02", "", 90, null, null).save(dir.resolve("cut.xlsx"));
        byte[] all = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(all, all.length / 2));
        CliRunner.Result r = Returns.importFiles(db, text, empty, cut);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("rejected  notes.xlsx\n  Not a workbook Zhibiao reads")
                .contains("rejected  empty.xls\n  Not a workbook Zhibiao reads")
                .contains("rejected  cut.xlsx\n  The workbook is damaged");
        assertThat(Files.readAllBytes(db)).isEqualTo(bytes);
    }

    @Test
    void moreThanTenThousandRows() throws Exception {
        byte[] bytes = Files.readAllBytes(db);
        PlainReturn big = changchun().row("P02", "", 90, null, null);
        for (int i = 0; i < 10_001; i++) {
            big.rawRow("", "", "", "", "", "", "", "x");
        }
        refuse(big, "more than 10,000 rows");
        assertThat(Files.readAllBytes(db)).isEqualTo(bytes);
    }
}
