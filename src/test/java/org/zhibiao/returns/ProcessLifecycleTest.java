package org.zhibiao.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.cli.CliRunner;

/** What a process leaves behind: after a kill, after a normal run, without a display. */
class ProcessLifecycleTest {

    @TempDir
    Path dir;

    @Test
    void aKilledInitLeavesNoDatabaseAndTheNextInitCompletes() throws Exception {
        Path db = dir.resolve("new.db");
        Process child = ChildProcess.start(dir, "init", "init", "--db", db.toString(), "--demo");
        for (int i = 0; i < 1200 && child.isAlive() && !asideExists(); i++) {
            Thread.sleep(50);
        }
        assertThat(asideExists()).as("the child began building the database aside").isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(db).doesNotExist();

        CliRunner.Result again = CliRunner.run("init", "--db", db.toString(), "--demo", "--lang", "en");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("Demo history");
        assertThat(asideExists()).as("the killed init's file is cleared away").isFalse();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
    }

    @Test
    void aRunLogsToZhibiaoLogAndKeepsSqlitesLibraryInTheDataFolder() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path db = Returns.database(dir);
        for (int run = 0; run < 2; run++) {
            Process child = ChildProcess.start(dir, "regions" + run, List.of("-Djava.io.tmpdir=" + tmp),
                    "regions", "--db", db.toString(), "--under", "229999");
            assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(child.exitValue()).isEqualTo(2);
        }
        assertThat(dir.resolve("home/zhibiao.log")).content().contains("common.error.unknownRegion");
        assertThat(dir.resolve("home/zhibiao.log.0")).doesNotExist();
        try (Stream<Path> files = Files.walk(dir.resolve("home/lib"))) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("libsqlitejdbc"))).hasSize(1);
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("sqlitejdbc"));
        }
    }

    @Test
    void openingASnapshotWithoutADisplaySaysSoInASentence() throws Exception {
        Path snapshot = Files.copy(Returns.database(dir), dir.resolve("copy.zbs"));
        ProcessBuilder builder = new ProcessBuilder(ChildProcess.javaBin(), "-cp", System.getProperty("java.class.path"),
                "-Dzhibiao.home=" + dir.resolve("home"), "-Duser.language=en", "org.zhibiao.Launcher",
                snapshot.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("gui.log").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process child = builder.start();
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String out = Files.readString(dir.resolve("gui.log"));
        assertThat(child.exitValue()).as(out).isEqualTo(3);
        assertThat(out).contains("The desktop app needs a display").doesNotContain("Exception").doesNotContain("\tat ");
    }

    private boolean asideExists() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().matches("new\\.db\\.\\d+\\.init"));
        }
    }
}
