package org.zhibiao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.zhibiao.app.Workspace;
import org.zhibiao.service.InitService;

/** The demo database of 吉林省 (2010Q4–2016Q4): generated once per test run, copied for each test. */
public final class DemoDatabase {

    private static Path template;

    private DemoDatabase() {
    }

    public static synchronized Path copyInto(Path folder) {
        try {
            if (template == null) {
                Path templateFolder = Files.createTempDirectory("zhibiao-demo-template");
                template = templateFolder.resolve("demo.db");
                try (Workspace w = Workspace.open(template)) {
                    w.init().initialise(InitService.DEFAULT_HOME, true);
                    w.demo().generate();
                }
                templateFolder.toFile().deleteOnExit();
                template.toFile().deleteOnExit();
            }
            Path file = folder.resolve("demo.db");
            Files.copy(template, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
