package org.zhibiao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Times a piece of work: a few warm-up runs, then N measured runs; prints Markdown table rows
 * {@code | name | runs | median | min | max |}: wall-clock time, and the CPU time of the
 * measuring thread (less disturbed when other processes share the machine).
 */
public final class Bench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final String name;
    private final int warmUps;
    private final int runs;
    private final List<Double> cpuTimes = new ArrayList<>();

    @FunctionalInterface
    public interface Work {
        void run(int iteration) throws Exception;
    }

    public Bench(String name, int warmUps, int runs) {
        this.name = name;
        this.warmUps = warmUps;
        this.runs = runs;
    }

    /**
     * Runs {@code setup} (not timed) and then {@code work} (timed) with the same iteration
     * number, and returns the measured times in milliseconds, sorted.
     */
    public List<Double> measure(Work setup, Work work) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            setup.run(i);
            work.run(i);
        }
        List<Double> times = new ArrayList<>();
        cpuTimes.clear();
        for (int i = warmUps; i < warmUps + runs; i++) {
            setup.run(i);
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.run(i);
            times.add((System.nanoTime() - start) / 1e6);
            cpuTimes.add((THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
        }
        Collections.sort(times);
        Collections.sort(cpuTimes);
        return times;
    }

    /** Measures and prints the table row. */
    public void report(Work work) throws Exception {
        report(i -> { }, work);
    }

    public void report(Work setup, Work work) throws Exception {
        System.out.println(row(name, measure(setup, work)));
        System.out.println(row(name + " (CPU of this thread)", cpuTimes));
    }

    public static String header() {
        return "| benchmark | runs | median | min | max |\n| --- | --- | --- | --- | --- |";
    }

    /** The row of times in milliseconds, in any order. */
    public static String row(String name, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "| %s | %d | %s | %s | %s |", name, sorted.size(),
                millis(median(sorted)), millis(sorted.get(0)), millis(sorted.get(sorted.size() - 1)));
    }

    public static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String millis(double ms) {
        return ms >= 1000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000) : String.format(Locale.ROOT, "%.1f ms", ms);
    }
}
