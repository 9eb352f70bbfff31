package org.zhibiao.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.SharedFiles;
import org.zhibiao.cli.CliRunner;

/** Hostile and odd workbooks: each refused with a translated reason, nothing written, no stack trace. */
class CorpusTest {

    private static final List<String> REASONS = List.of("不是本软件能读取的工作簿", "工作簿已加密", "工作簿已损坏",
            "超出安全限制", "超过 10,000 行", "未找到报表");

    @TempDir
    Path dir;

    @Test
    void everyFileOfTheCorpusIsRefusedAndTheDatabaseIsUntouched() throws Exception {
        Path db = Returns.database(dir);
        byte[] before = Files.readAllBytes(db);
        Path corpus = SharedFiles.root().resolve("corpus/poi-test-data");
        CliRunner.Result r = CliRunner.run("import", "--db", db.toString(), "--lang", "zh", corpus.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        List<String> spreadsheets;
        try (Stream<Path> files = Files.list(corpus)) {
            spreadsheets = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<String> lines = r.out().lines().toList();
        for (String name : spreadsheets) {
            int at = lines.indexOf("rejected  " + name);
            assertThat(at).as(name + "\n" + r.out()).isGreaterThanOrEqualTo(0);
            assertThat(lines.get(at + 1)).as(name).satisfies(reason ->
                    assertThat(REASONS).anySatisfy(expected -> assertThat(reason).contains(expected)));
        }
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }
}
