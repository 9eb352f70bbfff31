package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhibiao.DemoDatabase;

class ChartCommandTest {

    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void demo() {
        db = DemoDatabase.copyInto(dir);
    }

    @ParameterizedTest
    @CsvSource({
        "actual-vs-target, , 吉林省 2015年第4季度 各指标完成情况与目标",
        "actual-vs-target, E02, 其他工程一次性验收合格率：吉林省各地区完成情况与目标",
        "gap, , 吉林省 2015年第4季度 各指标距目标差距",
        "gap, E02, 其他工程一次性验收合格率：吉林省各地区距目标差距",
        "trend, E02, 其他工程一次性验收合格率：吉林省季度走势与目标路径",
        "ranking, E02, 其他工程一次性验收合格率：吉林省各地区排名",
        "submissions, , 吉林省各地区报表报送情况",
    })
    void everyTypeIsWrittenAsPngOfTheRequestedSizeAndAsSvgWithItsChineseTitle(String type, String indicator,
                                                                               String title) throws Exception {
        String name = type + (indicator == null ? "" : "-" + indicator);
        Path png = dir.resolve(name + ".png");
        Path svg = dir.resolve(name + ".svg");
        assertThat(run(type, indicator, png, "--width", "900", "--height", "600").exitCode()).isZero();
        assertThat(run(type, indicator, svg).exitCode()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("<svg").contains(title);
    }

    @Test
    void trendAndRankingWithoutAnIndicatorAreUsageErrors() {
        for (String type : new String[] {"trend", "ranking"}) {
            CliRunner.Result r = run(type, null, dir.resolve("x.png"));
            assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("--indicator");
        }
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void anUnknownTypeOrFileKindIsAUsageError() {
        assertThat(CliRunner.run("chart", "--db", db.toString(), "--type", "pie", "--period", "2015Q4", "--out",
                dir.resolve("p.png").toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        CliRunner.Result jpg = run("gap", null, dir.resolve("gap.jpg"));
        assertThat(jpg.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(jpg.err()).contains(".png");
    }

    @Test
    void anUnknownIndicatorIsSaidInEnglishToo() {
        CliRunner.Result r = CliRunner.run("chart", "--db", db.toString(), "--lang", "en", "--type", "trend", "--period",
                "2015Q4", "--indicator", "NOPE", "--out", dir.resolve("t.png").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).contains("NOPE").doesNotContain("Exception");
    }

    private static CliRunner.Result run(String type, String indicator, Path out, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("chart", "--db", db.toString(),
                "--lang", "zh", "--type", type, "--period", "2015Q4", "--out", out.toString()));
        if (indicator != null) {
            args.addAll(java.util.List.of("--indicator", indicator));
        }
        args.addAll(java.util.List.of(more));
        return CliRunner.run(args.toArray(String[]::new));
    }
}
