package org.zhibiao.returns;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Zhibiao's command line as a process of its own, as a second officer or a script runs it. */
public final class ChildProcess {

    private ChildProcess() {
    }

    /**
     * Starts {@code org.zhibiao.Launcher} with the test class path, its data folder in {@code dir},
     * stdout and stderr to {@code dir/<name>.log}; {@code properties} are extra {@code -D} settings.
     */
    public static Process start(Path dir, String name, List<String> properties, String... arguments)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-cp", System.getProperty("java.class.path"),
                "-Dzhibiao.home=" + dir.resolve("home")));
        command.addAll(properties);
        command.add("org.zhibiao.Launcher");
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start();
    }

    public static Process start(Path dir, String name, String... arguments) throws IOException {
        return start(dir, name, List.of(), arguments);
    }

    public static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                .toString();
    }
}
