package org.zhibiao.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Window;
import org.jfree.chart.fx.ChartViewer;
import org.zhibiao.Launcher;

/**
 * The desktop app as a user starts it, a fresh {@code java} process each run (the jar's main,
 * JVM start included), timed to the dashboard filled and painted: tiles, table rows and the chart
 * of the chosen tab, no loading indicator. A robot inside the process then waits a second, as a
 * user would before the next click, picks another quarter (the one listed before the shown one, or
 * after it for the first) in the quarter box and times the change to the new table and chart
 * painted; then, each after a second, another target-year button and the first region under the
 * one shown in the region tree. First runs start on an empty data folder (the app creates the
 * demo database), later runs on the folder the first left. Also given: the CPU time (user + system) the process had used when the dashboard was
 * painted, and the load average before each run. Needs a display (Xvfb).
 * <p>
 * Usage: {@code DISPLAY=:56 bench/run WindowStartProcess [RUNS] [NAME=JAR[,JVM-OPTION...]]...}:
 * without variants the build's classes run; with them, each run starts every variant in turn (the
 * jar with those JVM options), e.g.
 * {@code before=/tmp/old/zhibiao.jar,-XX:TieredStopAtLevel=1,-XX:+UseSerialGC after=target/zhibiao.jar}.
 * A variant {@code NAME=launcher:PATH} starts an installed app's launcher instead, whose
 * {@code .cfg} runs this class with the argument {@code child} on the app's class path
 * ({@code bench/installed.sh} prepares such copies of the app-image).
 */
public final class WindowStartProcess {

    private WindowStartProcess() {
    }

    /**
     * A way to start the app: a name, the class path of the child process and its JVM options, or
     * else the installed launcher that starts it.
     */
    private record Variant(String name, String classPath, List<String> options, String launcher) {
        static Variant of(String spec) {
            String[] nameAndRest = spec.split("=", 2);
            if (nameAndRest[1].startsWith("launcher:")) {
                return new Variant(nameAndRest[0], null, List.of(), nameAndRest[1].substring("launcher:".length()));
            }
            String[] parts = nameAndRest[1].split(",");
            String robot = Path.of(WindowStartProcess.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                    .toString();
            return new Variant(nameAndRest[0], parts[0] + File.pathSeparator + robot,
                    List.of(parts).subList(1, parts.length), null);
        }
    }

    /** The times of one variant over the runs. */
    private record Times(List<Double> first, List<Double> firstCpu, List<Double> later, List<Double> laterCpu,
                         List<Double> quarter, List<Double> year, List<Double> region, List<Double> load) {
        Times() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    /** How long the robot waits before each click, as a user looks at the screen before the next. */
    private static final long PAUSE_MILLIS = 1000;

    /**
     * {@code BENCH_DATABASE=FILE} in the environment: every start opens that database (through a link in the
     * start's data folder) instead of creating the demo, e.g. {@code target/bench/country.db};
     * the "first start" is then a start on an existing database too.
     */
    private static final String DATABASE = System.getenv("BENCH_DATABASE");

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child();
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Variant> variants = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            variants.add(Variant.of(args[i]));
        }
        if (variants.isEmpty()) {
            variants.add(new Variant("build", System.getProperty("java.class.path"), List.of(), null));
        }
        Map<Variant, Times> times = new LinkedHashMap<>();
        variants.forEach(v -> times.put(v, new Times()));
        for (int i = 0; i < runs; i++) {
            for (Variant v : variants) {
                Times t = times.get(v);
                Path home = Files.createTempDirectory("zhibiao-window-bench");
                if (DATABASE != null) {
                    Files.createSymbolicLink(home.resolve("zhibiao.db"), Path.of(DATABASE).toAbsolutePath());
                }
                double load = load();
                double[] f = start(v, home);
                double[] l = start(v, home);
                System.out.printf(Locale.ROOT, "run %d, %s (load %.1f): first start %.0f ms (CPU %.0f ms), later start "
                        + "%.0f ms (CPU %.0f ms), quarter %.0f ms, target year %.0f ms, region %.0f ms%n", i + 1, v.name(),
                        load, f[0], f[3], l[0], l[3], l[1], l[2], l[4]);
                t.first().add(f[0]);
                t.firstCpu().add(f[3]);
                t.later().add(l[0]);
                t.laterCpu().add(l[3]);
                t.quarter().add(l[1]);
                t.year().add(l[2]);
                t.region().add(l[4]);
                t.load().add(load);
            }
        }
        System.out.println(Bench.header());
        times.forEach((v, t) -> {
            String name = variants.size() == 1 ? "" : v.name() + ": ";
            System.out.println(Bench.row(name + "first start (demo created) → dashboard painted", t.first()));
            System.out.println(Bench.row(name + "… CPU time of the process by then", t.firstCpu()));
            System.out.println(Bench.row(name + "later start → dashboard painted", t.later()));
            System.out.println(Bench.row(name + "… CPU time of the process by then", t.laterCpu()));
            System.out.println(Bench.row(name + "quarter chosen → table and charts painted", t.quarter()));
            System.out.println(Bench.row(name + "target year chosen → table and charts painted", t.year()));
            System.out.println(Bench.row(name + "region chosen → table and charts painted", t.region()));
            System.out.printf(Locale.ROOT, "%sload average (1 min) before the runs: %.1f–%.1f%n", name,
                    Collections.min(t.load()), Collections.max(t.load()));
        });
    }

    private static double load() throws Exception {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    /**
     * Times one process: to the filled dashboard (from process start), then the switches; and the
     * process's CPU time when the dashboard was painted: start, quarter, target year, CPU, region.
     */
    private static double[] start(Variant variant, Path home) throws Exception {
        List<String> command = new ArrayList<>();
        if (variant.launcher() != null) {
            command.add(variant.launcher());
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(variant.options());
            command.addAll(List.of("-cp", variant.classPath(), WindowStartProcess.class.getName(), "child"));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("ZHIBIAO_HOME", home.toString());
        long t0 = System.nanoTime();
        Process p = builder.start();
        double[] times = new double[5];
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = out.readLine();
            if (line == null || !line.startsWith("ready")) {
                throw new IllegalStateException("the dashboard did not come up: " + line);
            }
            times[0] = (System.nanoTime() - t0) / 1e6;
            times[3] = p.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
            System.out.printf(Locale.ROOT, "start → dashboard painted: %.0f ms%n", times[0]);
            times[1] = millis(out.readLine());
            times[2] = millis(out.readLine());
            times[4] = millis(out.readLine());
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return times;
    }

    private static double millis(String line) {
        if (line == null || line.startsWith("failed")) {
            throw new IllegalStateException("the robot did not finish: " + line);
        }
        return Double.parseDouble(line.split(" ")[1]);
    }

    private static void child() {
        Thread robot = new Thread(WindowStartProcess::robot, "bench-robot");
        robot.setDaemon(true);
        robot.start();
        Launcher.main(new String[0]);
    }

    private static void robot() {
        try {
            awaitToolkit();
            List<Object> shown = awaitPainted(List.of());
            System.out.println("ready");
            System.out.flush();
            Thread.sleep(PAUSE_MILLIS);
            long quarter = System.nanoTime();
            Platform.runLater(() -> {
                ComboBox<?> period = (ComboBox<?>) scene().lookup("#periodChoice");
                int shownIndex = period.getSelectionModel().getSelectedIndex();
                period.getSelectionModel().select(shownIndex > 0 ? shownIndex - 1 : shownIndex + 1);
            });
            shown = awaitPainted(shown);
            System.out.printf(Locale.ROOT, "quarter %.1f%n", (System.nanoTime() - quarter) / 1e6);
            Thread.sleep(PAUSE_MILLIS);
            long year = System.nanoTime();
            ToggleButton otherYear = otherTargetYear();
            Platform.runLater(otherYear::fire);
            shown = awaitPainted(shown);
            System.out.printf(Locale.ROOT, "year %.1f%n", (System.nanoTime() - year) / 1e6);
            Thread.sleep(PAUSE_MILLIS);
            long region = System.nanoTime();
            Platform.runLater(() -> selectFirstChild((TreeView<?>) scene().lookup("#dashboardRegions")));
            awaitPainted(shown);
            System.out.printf(Locale.ROOT, "region %.1f%n", (System.nanoTime() - region) / 1e6);
            System.out.flush();
        } catch (Exception e) {
            System.out.println("failed " + e);
        }
        System.exit(0);
    }

    /** Selects the first item under the one selected in {@code tree}. */
    private static <T> void selectFirstChild(TreeView<T> tree) {
        TreeItem<T> shown = tree.getSelectionModel().getSelectedItem();
        tree.getSelectionModel().select(shown.getChildren().get(0));
    }

    /** The first target-year button (ids {@code year-in-force}, {@code year-2020}, …) not chosen now. */
    private static ToggleButton otherTargetYear() throws Exception {
        CompletableFuture<Optional<ToggleButton>> found = new CompletableFuture<>();
        Platform.runLater(() -> found.complete(scene().getRoot().lookupAll(".toggle-button").stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("year-"))
                .map(ToggleButton.class::cast).filter(b -> !b.isSelected()).findFirst()));
        return found.get(120, TimeUnit.SECONDS)
                .orElseThrow(() -> new IllegalStateException("no other target year to choose"));
    }

    private static void awaitToolkit() throws InterruptedException {
        while (true) {
            try {
                Platform.runLater(() -> { });
                return;
            } catch (IllegalStateException notYet) {
                Thread.sleep(2);
            }
        }
    }

    /**
     * Waits until the dashboard is done (no loading indicator, table rows other than {@code before},
     * a chart in the chosen tab) and one more pulse, the one that paints that frame; gives the rows.
     */
    private static List<Object> awaitPainted(List<Object> before) throws InterruptedException {
        CountDownLatch painted = new CountDownLatch(1);
        List<Object> rows = new ArrayList<>();
        String[] last = {"no dashboard"};
        Platform.runLater(() -> new AnimationTimer() {
            private boolean ready;

            @Override
            public void handle(long now) {
                if (ready) {
                    stop();
                    painted.countDown();
                    return;
                }
                Scene scene = scene();
                if (scene == null) {
                    return;
                }
                Node busy = scene.lookup("#dashboardProgress");
                TableView<?> table = (TableView<?>) scene.lookup("#indicatorTable");
                ChartViewer chart = chosenChart(scene);
                ready = busy != null && !busy.isVisible() && table != null && !table.getItems().isEmpty()
                        && !table.getItems().equals(before) && chart != null && chart.getChart() != null;
                last[0] = "loading " + (busy != null && busy.isVisible()) + ", rows "
                        + (table == null ? "none" : table.getItems().size() + (table.getItems().equals(before)
                        ? " as before" : " new")) + ", chart " + (chart != null && chart.getChart() != null);
                if (ready) {
                    rows.addAll(table.getItems());
                }
            }
        }.start());
        if (!painted.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the dashboard did not come up (" + last[0] + ")");
        }
        return rows;
    }

    /** The chart viewer of the chosen tab ({@code tabActual} holds {@code chartActual}), or null. */
    private static ChartViewer chosenChart(Scene scene) {
        TabPane tabs = (TabPane) scene.lookup("#chartTabs");
        return tabs == null ? null
                : (ChartViewer) scene.lookup("#chart" + tabs.getSelectionModel().getSelectedItem().getId().substring(3));
    }

    private static Scene scene() {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(s -> s != null && s.lookup("#dashboard") != null).findFirst().orElse(null);
    }
}
