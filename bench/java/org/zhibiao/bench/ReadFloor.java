package org.zhibiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The reading library alone, as a whole process: fastexcel reads every cell of every .xlsx in a
 * folder on a number of threads, nothing else (no hash, no check, no database). Run in a fresh JVM
 * with only fastexcel and what it needs on the class path ({@link ImportCompare} does), it is the
 * floor under an import of the same files. Arguments: FOLDER [THREADS].
 */
public final class ReadFloor {

    private ReadFloor() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(args[0]))) {
            files = list.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> reads = files.stream().<Future<?>>map(f -> pool.submit(() -> readAll(f))).toList();
            for (Future<?> read : reads) {
                read.get();
            }
        } finally {
            pool.shutdown();
        }
        System.out.println(files.size() + " files read");
    }

    /** Every cell of every sheet of one workbook, read by fastexcel. */
    static void readAll(Path file) {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            for (Sheet sheet : wb.getSheets().toList()) {
                try (Stream<Row> rows = sheet.openStream()) {
                    rows.forEach(r -> r.forEach(c -> {
                        if (c != null) {
                            c.getValue();
                        }
                    }));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
