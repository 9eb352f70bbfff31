package org.zhibiao.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The import of {@link ImportFolder}'s 150 returns by two builds in one run, as whole processes
 * that meet the same load: each round runs, in turn, a baseline jar (a copy of an earlier
 * {@code target/zhibiao.jar} with its {@code lib/} folder) and this build's, each with plain
 * {@code java -jar} and with the installed launcher's options ({@code -XX:TieredStopAtLevel=1
 * -XX:+UseSerialGC}); the floor, fastexcel alone reading every cell of the same files on two
 * threads in a fresh JVM ({@link ReadFloor}), likewise both ways; and LibreOffice converting the same
 * files to CSV. Every run gets a fresh copy of the empty database. Prints per variant the median
 * wall-clock and CPU time (user + system of the whole process) and the load average at the runs'
 * starts, then the ratios. Needs {@code mvn -q -DskipTests package} and {@code soffice}.
 * Arguments: BASELINE_JAR [ROUNDS] [SOFFICE_ROUNDS].
 */
public final class ImportCompare {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final List<String> LAUNCHER = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** fastexcel-reader and what it loads at run time. */
    private static final List<String> FLOOR_JARS = List.of("fastexcel-reader", "aalto-xml", "stax2-api",
            "commons-compress", "commons-io", "commons-lang3", "commons-codec");

    private ImportCompare() {
    }

    /** One run of a whole process: wall-clock and CPU seconds, the load average when it began. */
    private record Run(double wall, double cpu, double load) {
    }

    public static void main(String[] args) throws Exception {
        Path baseline = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int sofficeRounds = args.length > 2 ? Integer.parseInt(args[2]) : rounds;
        PackagedJar.require();
        Path dir = Files.createTempDirectory("zhibiao-import-compare");
        Path db = dir.resolve("empty.db");
        Path folder = dir.resolve("returns-in");
        ImportFolder.prepare(db, folder);
        Path run = dir.resolve("run.db");
        String floorPath = floorClassPath();
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("baseline, java -jar", importing(List.of(), baseline, run, folder));
        variants.put("this build, java -jar", importing(List.of(), Path.of("target/zhibiao.jar"), run, folder));
        variants.put("baseline, launcher options", importing(LAUNCHER, baseline, run, folder));
        variants.put("this build, launcher options", importing(LAUNCHER, Path.of("target/zhibiao.jar"), run, folder));
        variants.put("fastexcel alone, 2 threads", floor(List.of(), floorPath, folder));
        variants.put("fastexcel alone, 2 threads, launcher options", floor(LAUNCHER, floorPath, folder));
        String soffice = "soffice --convert-to csv";
        Map<String, List<Run>> runs = new LinkedHashMap<>();
        for (int round = 0; round <= rounds; round++) {
            for (Map.Entry<String, List<String>> v : variants.entrySet()) {
                freshCopy(db, run);
                Run r = timed(v.getValue());
                if (round > 0) {
                    runs.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(r);
                }
            }
            if (round > 0 && round <= sofficeRounds) {
                runs.computeIfAbsent(soffice, k -> new ArrayList<>()).add(timed(converting(dir, folder)));
            }
        }
        System.out.println("| run | runs | wall, median (min–max) | CPU, median | load at start |");
        System.out.println("| --- | --- | --- | --- | --- |");
        runs.forEach((name, list) -> System.out.println(row(name, list)));
        double lo = median(runs.get(soffice), Run::wall);
        System.out.println();
        for (String name : List.of("baseline, java -jar", "this build, java -jar", "baseline, launcher options",
                "this build, launcher options")) {
            System.out.printf(Locale.ROOT, "LibreOffice / %s: %.1f× wall, %.1f× CPU%n", name,
                    lo / median(runs.get(name), Run::wall),
                    median(runs.get(soffice), Run::cpu) / median(runs.get(name), Run::cpu));
        }
    }

    private static List<String> importing(List<String> options, Path jar, Path run, Path folder) {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString(), "import", "--db", run.toString(), folder.toString()));
        return command;
    }

    private static List<String> floor(List<String> options, String classPath, Path folder) {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(options);
        command.addAll(List.of("-cp", classPath, ReadFloor.class.getName(), folder.toString(), "2"));
        return command;
    }

    private static List<String> converting(Path dir, Path folder) throws Exception {
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=file://" + dir.resolve("lo"),
                "--headless", "--convert-to", "csv", "--outdir", dir.resolve("csv").toString()));
        try (Stream<Path> files = Files.list(folder)) {
            files.sorted().forEach(p -> command.add(p.toString()));
        }
        return command;
    }

    /** The benchmarks' classes and the floor's jars, from this JVM's class path. */
    private static String floorClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.endsWith("test-classes")
                        || FLOOR_JARS.stream().anyMatch(j -> Path.of(e).getFileName().toString().startsWith(j + "-")))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static void freshCopy(Path db, Path run) throws Exception {
        for (String suffix : List.of("-wal", "-shm")) {
            Files.deleteIfExists(run.resolveSibling(run.getFileName() + suffix));
        }
        Files.copy(db, run, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Runs a command to its end; its CPU time is what this process's reaped children used meanwhile. */
    private static Run timed(List<String> command) throws Exception {
        double load = Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        double cpu = childrenCpuSeconds();
        long start = System.nanoTime();
        Processes.run(command);
        return new Run((System.nanoTime() - start) / 1e9, childrenCpuSeconds() - cpu, load);
    }

    /** User and system time of this process's waited-for children ({@code proc(5)}: cutime, cstime). */
    private static double childrenCpuSeconds() throws Exception {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / 100.0;
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> measure) {
        return Bench.median(runs.stream().map(r -> measure.applyAsDouble(r)).sorted().toList());
    }

    private static String row(String name, List<Run> runs) {
        List<Double> walls = runs.stream().map(Run::wall).sorted().toList();
        List<Double> loads = runs.stream().map(Run::load).sorted().toList();
        return String.format(Locale.ROOT, "| %s | %d | %.2f s (%.2f–%.2f) | %.2f s | %.1f–%.1f |", name, runs.size(),
                Bench.median(walls), walls.get(0), walls.get(walls.size() - 1), median(runs, Run::cpu),
                loads.get(0), loads.get(loads.size() - 1));
    }
}
