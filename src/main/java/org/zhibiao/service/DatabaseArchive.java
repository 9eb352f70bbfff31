package org.zhibiao.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.zhibiao.domain.FileCommit;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.files.Sha256;
import org.zhibiao.importer.ParsedReturn;

/**
 * The originals of returns kept in the database, by SHA-256: the staged bytes go into the file's
 * commit and are stored in the transaction of its values, so a database on a server, reached from
 * every PC, has them all, and imports of other returns go on beside it.
 */
final class DatabaseArchive implements ReturnArchive {

    /** Reads the bytes ahead of the writer; bytes that no longer have the hash read before are refused. */
    @Override
    public Staged stage(Path file, String sha256, ParsedReturn parsed) {
        String name = ReturnArchive.name(file, sha256, parsed);
        try {
            byte[] content = Files.readAllBytes(file);
            if (!Sha256.of(content).equals(sha256)) {
                throw new IOException(file + " changed while it was imported");
            }
            return new Staged(sha256, name, null, null, content);
        } catch (IOException e) {
            throw new ZhibiaoException("import.error.archive", e, file);
        }
    }

    @Override
    public FileCommit.Outcome keep(Staged staged, Supplier<FileCommit.Outcome> commit) {
        return commit.get();
    }

    @Override
    public void discard(Staged staged) {
        // the bytes were only read into memory: nothing to remove
    }

    @Override
    public void recover() {
        // a transaction leaves nothing half-kept
    }
}
