package org.zhibiao.bench;

import java.util.List;

/** A command run to its end with its output discarded; any exit code but 0 fails the benchmark. */
final class Processes {

    private Processes() {
    }

    static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + p.exitValue());
        }
    }
}
