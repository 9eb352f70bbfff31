package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.DemoDatabase;

/**
 * What the CLI writes is complete or not there: a full disk or a closed output is exit 3, never
 * exit 0 with a short file, and the previous file survives a failed write.
 */
class HonestOutputTest {

    @TempDir
    static Path shared;

    private static Path db;

    @TempDir
    Path dir;

    @BeforeAll
    static void demo() throws Exception {
        db = DemoDatabase.copyInto(shared);
    }

    @Test
    void aFullStandardOutputIsExitThree() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "a system with /dev/full");
        StringWriter err = new StringWriter();
        try (PrintWriter full = new PrintWriter(new FileOutputStream("/dev/full"), true)) {
            int code = ZhibiaoCli.run(full, new PrintWriter(err, true), "regions", "--db", db.toString(),
                    "--lang", "en");
            assertThat(code).isEqualTo(ExitCodes.FAILED);
        }
        assertThat(err.toString()).contains("Could not write the output");
    }

    @Test
    void aFullDiskUnderOutIsExitThree() {
        assumeTrue(Files.exists(Path.of("/dev/full")), "a system with /dev/full");
        for (List<String> command : List.of(
                List.of("export", "--format", "csv", "--out", "/dev/full"),
                List.of("status", "--period", "2015Q4", "--format", "csv", "--out", "/dev/full"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--db", db.toString(), "--lang", "en"));
            CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(String.join(" ", command)).isEqualTo(ExitCodes.FAILED);
            assertThat(r.err()).contains("Could not write /dev/full");
        }
    }

    /** A disk that fills up while the chart is written (the file size limit of the process). */
    @Test
    void aDiskFullDuringAWriteLeavesThePreviousFile() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) && System.getProperty("os.name").equals("Linux"));
        Path nativeLibrary = sqliteLibrary();
        Path chart = Files.writeString(dir.resolve("gap.png"), "the previous chart");
        Process child = new ProcessBuilder("/bin/bash", "-c", "ulimit -f 48 && exec \"$0\" \"$@\"", java(),
                "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"),
                "-Dorg.sqlite.lib.path=" + nativeLibrary.getParent(),
                "-Dorg.sqlite.lib.name=" + nativeLibrary.getFileName(), "-Dzhibiao.home=" + dir.resolve("home"),
                "org.zhibiao.Launcher", "chart", "--db", db.toString(), "--type", "gap", "--period", "2015Q4",
                "--width", "1600", "--height", "1200", "--out", chart.toString(), "--lang", "en")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(dir.resolve("child.log"));
        assertThat(child.exitValue()).as(log).isEqualTo(ExitCodes.FAILED);
        assertThat(log).contains("gap.png");
        assertThat(Files.readString(chart)).isEqualTo("the previous chart");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("gap.png", "home",
                    "child.log", "lib");
        }
    }

    @Test
    void csvTextThatWouldStartAFormulaIsQuotedOffAndNumbersStayNumbers() throws Exception {
        Path copy = DemoDatabase.copyInto(dir);
        Path file = org.zhibiao.returns.Returns.fill(
                org.zhibiao.returns.Returns.template(copy, dir, "220100", "2015Q3"),
                java.util.Map.of("E08", java.util.Map.of(4, 2, 7, "=cmd|' /C calc'!A0"),
                        "E09", java.util.Map.of(4, 3, 7, "@SUM(1+1)"),
                        "E07", java.util.Map.of(4, 4, 7, "-5")),
                dir.resolve("=HYPERLINK(\"http-x\").xlsx"));
        assertThat(org.zhibiao.returns.Returns.importFiles(copy, file).exitCode()).isZero();
        Path csv = dir.resolve("x.csv");
        assertThat(CliRunner.run("export", "--db", copy.toString(), "--period", "2015Q3", "--region", "220100",
                "--format", "csv", "--out", csv.toString()).exitCode()).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).anyMatch(l -> l.startsWith("220100,长春市,2015Q3,E08,2,,,'=cmd|' /C calc'!A0,")
                && l.contains(",\"'=HYPERLINK(\"\"http-x\"\").xlsx\","));
        assertThat(lines).anyMatch(l -> l.startsWith("220100,长春市,2015Q3,E09,3,,,'@SUM(1+1),"));
        assertThat(lines).anyMatch(l -> l.startsWith("220100,长春市,2015Q3,E07,4,,,-5,"));
        CliRunner.Result submissions = CliRunner.run("submissions", "--db", copy.toString(), "--period", "2015Q3",
                "--format", "csv");
        assertThat(submissions.out()).contains(",\"'=HYPERLINK(\"\"http-x\"\").xlsx\"\n");
        CliRunner.Result status = CliRunner.run("status", "--db", copy.toString(), "--period", "2015Q4",
                "--format", "csv");
        assertThat(status.out()).containsPattern("\n[A-Z]\\d\\d,[^\n]*,-\\d").doesNotContain(",'-");
    }

    private Path sqliteLibrary() throws Exception {
        String folder = org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
        Path lib = Files.createDirectories(dir.resolve("lib")).resolve("libsqlitejdbc.so");
        try (InputStream in = org.sqlite.SQLiteJDBCLoader.class.getResourceAsStream(
                "/org/sqlite/native/" + folder + "/libsqlitejdbc.so")) {
            assumeTrue(in != null, "sqlite-jdbc ships a library for this system");
            Files.copy(in, lib);
        }
        return lib;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
