package org.zhibiao.app;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * How long the desktop app took from the start of its process to each phase of opening the
 * window (toolkit up, window shown, database open, dashboard filled), with the CPU time the process
 * had used by then; written to the log as one line when the dashboard is first filled, so a slow
 * start on an officer's machine can be told apart: the JVM, the toolkit, the database or the data.
 */
public final class StartPhases {

    private static final Logger LOG = Logger.getLogger(StartPhases.class.getName());
    private static final StringBuilder PHASES = new StringBuilder();
    private static boolean done;

    private StartPhases() {
    }

    /** Notes that {@code phase} was reached now; nothing once the start-up was logged. */
    public static synchronized void mark(String phase) {
        if (!done) {
            PHASES.append(PHASES.length() == 0 ? "" : ", ").append(phase).append(' ').append(now());
        }
    }

    /** Notes the last phase and logs them all, once. */
    public static synchronized void finish(String phase) {
        mark(phase);
        if (!done) {
            done = true;
            LOG.info("start-up (since the process began; CPU used by then): " + PHASES);
        }
    }

    private static String now() {
        ProcessHandle.Info process = ProcessHandle.current().info();
        long wall = process.startInstant().map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
        long cpu = process.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        return String.format(Locale.ROOT, "%d ms (CPU %d ms)", wall, cpu);
    }
}
