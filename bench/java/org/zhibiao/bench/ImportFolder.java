package org.zhibiao.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;

/**
 * Imports a folder of 150 filled returns (templates of every region under 吉林省 for 2015Q3 and
 * 2015Q4, filled with seeded values by POI) with {@code java -jar target/zhibiao.jar import}, a
 * fresh process on a fresh copy of the database each run, JVM start included; then converts the
 * same 150 files with {@code soffice --headless --convert-to csv} for comparison. Needs
 * {@code mvn -q -DskipTests package} first. Arguments: [warm-up runs] [measured runs] [soffice runs].
 */
public final class ImportFolder {

    static final int FILES = 150;

    private ImportFolder() {
    }

    public static void main(String[] args) throws Exception {
        int warmUps = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int sofficeRuns = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        PackagedJar.require();
        Path dir = Files.createTempDirectory("zhibiao-import-bench");
        Path db = dir.resolve("empty.db");
        Path folder = dir.resolve("returns-in");
        prepare(db, folder);
        System.out.println(Bench.header());
        List<Double> zhibiao = new Bench("", warmUps, runs).measure(
                i -> Files.copy(db, dir.resolve("run.db"), StandardCopyOption.REPLACE_EXISTING),
                i -> PackagedJar.run("import", "--db", dir.resolve("run.db").toString(), folder.toString()));
        System.out.println(Bench.row("import of 150 returns, fresh java -jar process", zhibiao));
        List<String> soffice = new ArrayList<>(List.of("soffice", "-env:UserInstallation=file://" + dir.resolve("lo"),
                "--headless", "--convert-to", "csv", "--outdir", dir.resolve("csv").toString()));
        try (var files = Files.list(folder)) {
            files.sorted().forEach(p -> soffice.add(p.toString()));
        }
        List<Double> lo = new Bench("", 0, sofficeRuns).measure(i -> { }, i -> Processes.run(soffice));
        requireConverted(dir.resolve("csv"));
        System.out.println(Bench.row("soffice --convert-to csv of the same 150 files, one process", lo));
        double median = Bench.median(zhibiao);
        System.out.printf(Locale.ROOT, "%nfiles/s (median): %.1f; LibreOffice / Zhibiao: %.1f×%n",
                FILES / (median / 1000), Bench.median(lo) / median);
    }

    private static void requireConverted(Path csv) throws Exception {
        long converted;
        try (var files = Files.list(csv)) {
            converted = files.filter(p -> p.toString().endsWith(".csv")).count();
        }
        if (converted != FILES) {
            throw new IllegalStateException("soffice converted " + converted + " of " + FILES + " files");
        }
    }

    static void prepare(Path db, Path folder) throws Exception {
        prepare(db, folder, FILES);
    }

    /** An empty 吉林省 database and the first {@code count} filled returns in {@code folder}. */
    static void prepare(Path db, Path folder, int count) throws Exception {
        try (Workspace w = Workspace.open(db)) {
            w.init().initialise("220000", true);
        }
        writeReturns(db, folder, count, Period.of(2015, 3));
    }

    /**
     * The first {@code count} returns of every region under 吉林省 for {@code first} and the quarter
     * after it, filled with seeded values, in {@code folder}; {@code db} is an initialised 吉林省 database.
     */
    static void writeReturns(Path db, Path folder, int count, Period first) throws Exception {
        Path templates = folder.resolveSibling(folder.getFileName() + "-templates");
        try (Workspace w = Workspace.open(db)) {
            List<String> codes = w.regions().all().stream().filter(r -> r.parentCode() != null).map(Region::code)
                    .toList();
            w.returns().templates().generate(first, codes, templates);
            w.returns().templates().generate(first.plusQuarters(1), codes, templates);
        }
        Files.createDirectories(folder);
        Random random = new Random(42);
        List<Path> all;
        try (var files = Files.list(templates)) {
            all = files.sorted().limit(count).toList();
        }
        for (Path t : all) {
            fill(t, folder.resolve(t.getFileName()), random);
        }
    }

    private static void fill(Path template, Path out, Random random) throws Exception {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheet("指标报表")) {
                if (row.getRowNum() < 4 || row.getCell(3) == null || row.getCell(1) == null) {
                    continue;
                }
                String unit = row.getCell(3).getStringCellValue();
                boolean ratio = row.getCell(2).getStringCellValue().contains(" / ");
                if (ratio) {
                    int den = 50 + random.nextInt(500);
                    row.getCell(5).setCellValue(den - random.nextInt(den / 10 + 1));
                    row.getCell(6).setCellValue(den);
                } else {
                    double v = unit.equals("%") ? 80 + random.nextInt(200) / 10.0
                            : unit.equals("是/否") ? 1 : random.nextInt(1000) / 10.0;
                    row.getCell(4).setCellValue(v);
                }
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
    }
}
