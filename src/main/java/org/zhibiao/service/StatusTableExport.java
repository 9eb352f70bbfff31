package org.zhibiao.service;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.files.AtomicFile;

/** The dashboard's indicator table as CSV with the columns of {@code status --format csv}; Excel: {@link StatusWorkbook}. */
public final class StatusTableExport {

    private StatusTableExport() {
    }

    public static void csv(List<StatusRow> rows, boolean chinese, Path file) {
        write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            StatusRows.csv(rows, chinese, writer);
            writer.flush();
        });
    }

    private static void write(Path file, AtomicFile.Content content) {
        try {
            AtomicFile.write(file, content);
        } catch (IOException | UncheckedIOException e) {
            throw new ZhibiaoException("dashboard.error.export", e, file);
        }
    }
}
