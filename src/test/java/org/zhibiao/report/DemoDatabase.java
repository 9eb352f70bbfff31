package org.zhibiao.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.zhibiao.app.Workspace;

/** The demo database (吉林省 2010Q4–2016Q4), generated once per test run and copied for each use. */
public final class DemoDatabase {

    private static Path template;

    private DemoDatabase() {
    }

    /** Generates the template now, e.g. before a UI test whose start must be quick. */
    public static void prepare() {
        template();
    }

    public static synchronized Path copyTo(Path folder) {
        try {
            Path copy = folder.resolve("demo.db");
            Files.copy(template(), copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path template() {
        try {
            if (template == null) {
                Path dir = Files.createTempDirectory("zhibiao-demo");
                Path file = dir.resolve("demo.db");
                try (Workspace workspace = Workspace.open(file)) {
                    workspace.init().initialise("220000", true);
                    workspace.demo().generate();
                }
                template = file;
            }
            return template;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
