package org.zhibiao.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import javafx.scene.control.ToggleButton;
import javafx.stage.Window;
import org.jfree.chart.fx.ChartViewer;
import org.zhibiao.Launcher;

/**
 * The desktop app as a user starts it, a fresh {@code java} process each run (the jar's main,
 * JVM start included), timed to the dashboard filled and painted: tiles, table rows and both
 * charts, no loading indicator. A robot inside the process then picks another quarter (the one
 * listed before the shown one, or after it for the first) in the quarter box and times the change
 * to the new table and charts painted, and does the same for the target-year buttons. First runs
 * start on an empty data folder (the app creates the demo database), later runs on the folder the
 * first left. Needs a display (Xvfb).
 * Usage: {@code DISPLAY=:56 bench/run WindowStartProcess [RUNS]}.
 */
public final class WindowStartProcess {

    private WindowStartProcess() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child();
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Double> first = new ArrayList<>();
        List<Double> later = new ArrayList<>();
        List<Double> quarter = new ArrayList<>();
        List<Double> year = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path home = Files.createTempDirectory("zhibiao-window-bench");
            double[] f = start(home);
            double[] l = start(home);
            System.out.printf(Locale.ROOT, "run %d: first start %.0f ms, later start %.0f ms, quarter %.0f ms, "
                    + "target year %.0f ms%n", i + 1, f[0], l[0], l[1], l[2]);
            first.add(f[0]);
            later.add(l[0]);
            quarter.add(l[1]);
            year.add(l[2]);
        }
        System.out.println(Bench.header());
        System.out.println(Bench.row("first start (demo created) → dashboard painted, fresh process", first));
        System.out.println(Bench.row("later start → dashboard painted, fresh process", later));
        System.out.println(Bench.row("quarter chosen → table and charts painted", quarter));
        System.out.println(Bench.row("target year chosen → table and charts painted", year));
    }

    /** Times one process: to the filled dashboard (from process start), then the two switches. */
    private static double[] start(Path home) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Dzhibiao.home=" + home, "-cp", System.getProperty("java.class.path"),
                WindowStartProcess.class.getName(), "child");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        double[] times = new double[3];
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = out.readLine();
            if (line == null || !line.startsWith("ready")) {
                throw new IllegalStateException("the dashboard did not come up: " + line);
            }
            times[0] = (System.nanoTime() - t0) / 1e6;
            System.out.printf(Locale.ROOT, "start → dashboard painted: %.0f ms%n", times[0]);
            times[1] = millis(out.readLine());
            times[2] = millis(out.readLine());
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
            long quarter = System.nanoTime();
            Platform.runLater(() -> {
                ComboBox<?> period = (ComboBox<?>) scene().lookup("#periodChoice");
                int shownIndex = period.getSelectionModel().getSelectedIndex();
                period.getSelectionModel().select(shownIndex > 0 ? shownIndex - 1 : shownIndex + 1);
            });
            shown = awaitPainted(shown);
            System.out.printf(Locale.ROOT, "quarter %.1f%n", (System.nanoTime() - quarter) / 1e6);
            long year = System.nanoTime();
            ToggleButton otherYear = otherTargetYear();
            Platform.runLater(otherYear::fire);
            awaitPainted(shown);
            System.out.printf(Locale.ROOT, "year %.1f%n", (System.nanoTime() - year) / 1e6);
            System.out.flush();
        } catch (Exception e) {
            System.out.println("failed " + e);
        }
        System.exit(0);
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
     * the gap chart present) and one more pulse, the one that paints that frame; gives the rows.
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
                ChartViewer gap = (ChartViewer) scene.lookup("#chartGap");
                ready = busy != null && !busy.isVisible() && table != null && !table.getItems().isEmpty()
                        && !table.getItems().equals(before) && gap != null && gap.getChart() != null;
                last[0] = "loading " + (busy != null && busy.isVisible()) + ", rows "
                        + (table == null ? "none" : table.getItems().size() + (table.getItems().equals(before)
                        ? " as before" : " new")) + ", gap chart " + (gap != null && gap.getChart() != null);
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

    private static Scene scene() {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(s -> s != null && s.lookup("#dashboard") != null).findFirst().orElse(null);
    }
}
