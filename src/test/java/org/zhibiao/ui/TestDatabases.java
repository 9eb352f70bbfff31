package org.zhibiao.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.zhibiao.app.Workspace;
import org.zhibiao.service.InitService;

/** Real database files for the UI tests: made once, copied for each test. */
public final class TestDatabases {

    private static Path template;

    private TestDatabases() {
    }

    /** A database of 吉林省 with the built-in catalogue, like a new one made with File ▸ New. */
    public static synchronized Path jilin(Path folder) {
        try {
            if (template == null) {
                Path templateFolder = Files.createTempDirectory("zhibiao-ui-template");
                template = templateFolder.resolve("template.db");
                try (Workspace w = Workspace.open(template)) {
                    w.init().initialise(InitService.DEFAULT_HOME, true);
                }
                templateFolder.toFile().deleteOnExit();
                template.toFile().deleteOnExit();
            }
            Path file = folder.resolve("test.db");
            Files.copy(template, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
