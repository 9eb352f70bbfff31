package org.zhibiao;

import java.nio.file.Files;
import java.nio.file.Path;

/** The contract files in {@code ../shared}, beside the project root. */
public final class SharedFiles {

    private SharedFiles() {
    }

    public static Path root() {
        Path p = Path.of(System.getProperty("zhibiao.shared", "../shared"));
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("../shared is not beside the project: " + p.toAbsolutePath());
        }
        return p;
    }

    public static Path data(String name) {
        return root().resolve("data").resolve(name);
    }
}
