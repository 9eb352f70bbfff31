package org.zhibiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.zhibiao.app.Workspace;
import org.zhibiao.service.InitService;
import org.zhibiao.ui.MainViewModel;
import org.zhibiao.ui.MainWindow;
import org.zhibiao.ui.RecordingDialogs;
import org.zhibiao.ui.common.FxTaskRunner;
import org.zhibiao.ui.common.UiPreferences;

/**
 * From opening the main window on the demo database to (1) its first frame and (2) the dashboard
 * ready: tiles, table and both charts shown. Run 1 is the first window of a fresh JVM (after the
 * toolkit started); the others are warm. Needs a display (Xvfb). Usage:
 * {@code DISPLAY=:98 bench/run DashboardStartBench [RUNS]}.
 */
public final class DashboardStartBench {

    private DashboardStartBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        Path demo = demoDatabase(Path.of("target/bench/demo.db"));
        CountDownLatch started = new CountDownLatch(1);
        long toolkit = System.nanoTime();
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        System.out.printf("toolkit started in %.0f ms%n", (System.nanoTime() - toolkit) / 1e6);
        List<Double> frames = new ArrayList<>();
        List<Double> ready = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            double[] t = once(demo, Files.createTempDirectory("zhibiao-bench"));
            System.out.printf("run %d: first frame %.0f ms, dashboard ready %.0f ms%n", i + 1, t[0], t[1]);
            if (i > 0) {
                frames.add(t[0]);
                ready.add(t[1]);
            }
        }
        Collections.sort(frames);
        Collections.sort(ready);
        System.out.println(Bench.header());
        System.out.println(Bench.row("window → first frame (warm)", frames));
        System.out.println(Bench.row("window → dashboard ready with charts (warm)", ready));
        Platform.exit();
    }

    private static double[] once(Path demo, Path folder) throws Exception {
        Path db = Files.copy(demo, folder.resolve("demo.db"));
        double[] times = new double[2];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            long start = System.nanoTime();
            Stage stage = new Stage();
            FxTaskRunner tasks = new FxTaskRunner(Throwable::printStackTrace);
            MainViewModel model = new MainViewModel(tasks, new UiPreferences(folder.resolve("preferences.properties"), Locale.CHINA));
            new MainWindow(stage, model, tasks, new RecordingDialogs()).show();
            model.open(db);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (times[0] == 0) {
                        times[0] = (System.nanoTime() - start) / 1e6;
                    }
                    ChartViewer gap = (ChartViewer) stage.getScene().lookup("#chartGap");
                    if (stage.getScene().lookup("#tile-count-ACHIEVED") != null && gap != null
                            && gap.getChart() != null) {
                        times[1] = (System.nanoTime() - start) / 1e6;
                        stop();
                        model.close();
                        tasks.close();
                        stage.close();
                        done.countDown();
                    }
                }
            }.start();
        });
        if (!done.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the dashboard did not come up");
        }
        return times;
    }

    private static Path demoDatabase(Path file) {
        if (!Files.isRegularFile(file)) {
            try (Workspace w = Workspace.open(file)) {
                w.init().initialise(InitService.DEFAULT_HOME, true);
                w.demo().generate();
            }
        }
        return file;
    }
}
