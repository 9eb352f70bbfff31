package org.zhibiao.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.cli.CliRunner;

/** The demo history counts as received returns: an imported file revises it, and undo brings it back. */
class DemoRevisionTest {

    @TempDir
    Path dir;

    @Test
    void aReturnOnTopOfTheDemoHistoryIsTheSecondRevision() throws Exception {
        Path db = dir.resolve("demo.db");
        assertThat(CliRunner.run("init", "--db", db.toString(), "--demo").exitCode()).isZero();
        String before = CliRunner.run("submissions", "--db", db.toString(), "--period", "2015Q3", "--format", "csv")
                .out();
        assertThat(before).contains("220100,长春市,2015Q3,received,1,");
        List<String> exported = Returns.export(db, dir, "before");

        CliRunner.Result r = Returns.importFiles(db, PlainReturn.forRegion("220100", "长春市", "2015Q3")
                .row("E08", "", 0, null, null).save(dir.resolve("cc.xlsx")));
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains("revision 2)").contains("change E08:");
        assertThat(CliRunner.run("submissions", "--db", db.toString(), "--period", "2015Q3", "--format", "csv").out())
                .containsPattern("220100,长春市,2015Q3,revised,2,[^,]+,cc.xlsx\n");

        String batch = r.err().replaceAll("(?s).*Batch (\\d+):.*", "$1");
        assertThat(CliRunner.run("undo-import", "--db", db.toString(), "--batch", batch).exitCode()).isZero();
        assertThat(Returns.export(db, dir, "after")).isEqualTo(exported);
    }
}
