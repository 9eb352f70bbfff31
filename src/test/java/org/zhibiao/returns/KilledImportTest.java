package org.zhibiao.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed in the middle of an import leaves the database as it was before that file, and
 * no archive copy of it; the copy it had begun is cleared away by the next import.
 */
class KilledImportTest {

    @TempDir
    Path dir;

    @Test
    void killingTheImportMidwayStoresNothingOfThatFile() throws Exception {
        Path db = Returns.database(dir);
        Path template = Returns.template(db, dir, "220100", "2015Q3");
        Path file = Returns.fill(template, everyIndicator(template), dir.resolve("big.xlsx"));
        List<String> before = Returns.export(db, dir, "before");

        Process child = ChildProcess.start(dir, "child", List.of("-Dzhibiao.import.pauseBetweenValuesMillis=300"),
                "import", "--db", db.toString(), file.toString());
        Path archive = dir.resolve("returns/2015Q3");
        for (int i = 0; i < 600 && !archived(archive, ".part"); i++) {
            Thread.sleep(100);
        }
        assertThat(archived(archive, ".part")).as("the child started storing the file").isTrue();
        Thread.sleep(1500);
        assertThat(child.isAlive()).isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet check = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            assertThat(check.getString(1)).isEqualTo("ok");
            try (ResultSet n = c.createStatement().executeQuery("SELECT count(*) FROM observation")) {
                assertThat(n.getInt(1)).isZero();
            }
            try (ResultSet n = c.createStatement().executeQuery("SELECT count(*) FROM source_file")) {
                assertThat(n.getInt(1)).isZero();
            }
        }
        assertThat(Returns.export(db, dir, "after")).isEqualTo(before);
        assertThat(archived(archive, ".xlsx")).as("no archive copy of a file that was not stored").isFalse();
        assertThat(Returns.importFiles(db, file).exitCode()).isZero();
        assertThat(archived(archive, ".part")).as("the killed import's copy is cleared away").isFalse();
        assertThat(archived(archive, ".xlsx")).isTrue();
    }

    private static boolean archived(Path folder, String ending) throws Exception {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.toString().endsWith(ending));
        }
    }

    private static Map<String, Map<Integer, Object>> everyIndicator(Path template) throws Exception {
        Map<String, Map<Integer, Object>> cells = new HashMap<>();
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheet("指标报表")) {
                if (row.getRowNum() >= 4 && row.getCell(1) != null && !row.getCell(1).getStringCellValue().isEmpty()) {
                    cells.put(row.getCell(1).getStringCellValue(), Returns.value(1));
                }
            }
        }
        return cells;
    }
}
