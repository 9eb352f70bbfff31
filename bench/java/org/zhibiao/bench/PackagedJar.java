package org.zhibiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar target/zhibiao.jar …} as a fresh process, as a user or a script runs it (JVM
 * start, native SQLite library extraction and all). Needs {@code mvn -q -DskipTests package}.
 */
final class PackagedJar {

    private static final Path JAR = Path.of("target/zhibiao.jar");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private PackagedJar() {
    }

    /** Stops the benchmark with a clear message when the jar has not been built. */
    static void require() {
        if (!Files.isRegularFile(JAR)) {
            System.err.println("target/zhibiao.jar is missing: run mvn -q -DskipTests package first");
            System.exit(2);
        }
    }

    /** Runs a command of the CLI to its end; any exit code but 0 fails the benchmark. */
    static void run(String... arguments) throws Exception {
        runJar(JAR, arguments);
    }

    /** The same with another build of the jar (its libraries beside it), to compare two builds. */
    static void runJar(Path jar, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        Processes.run(command);
    }
}
