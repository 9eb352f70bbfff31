package org.zhibiao.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What a file given as a database is, read from its first bytes without opening it with SQLite:
 * missing, empty, not an SQLite database, or one in WAL or rollback-journal mode (SQLite file
 * format, "The Database Header": bytes 18 and 19 are 2 in WAL mode).
 */
enum DatabaseFile {
    MISSING, EMPTY, FOREIGN, WAL, ROLLBACK;

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 100;

    static DatabaseFile of(Path file) {
        if (!Files.exists(file)) {
            return MISSING;
        }
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(HEADER);
        } catch (IOException e) {
            throw new StorageException("storage.error.open", e, file);
        }
        if (header.length == 0) {
            return EMPTY;
        }
        if (header.length < HEADER || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return FOREIGN;
        }
        return header[18] == 2 || header[19] == 2 ? WAL : ROLLBACK;
    }

    /** Refuses a file that cannot be opened as a database: empty or of another kind. */
    static DatabaseFile requireUsable(Path file) {
        DatabaseFile kind = of(file);
        if (kind == EMPTY) {
            throw new StorageException("storage.error.empty", null, file);
        }
        if (kind == FOREIGN) {
            throw new StorageException("storage.error.foreign", null, file);
        }
        return kind;
    }
}
