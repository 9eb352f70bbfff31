package org.zhibiao.domain;

import java.util.Optional;

/** The files of imports: what was imported with which bytes, and each file's writes as one transaction. */
public interface ImportRepository {

    Optional<SourceFileRecord> importedWithSha(String sha256);

    /** Whether a stored file refers to {@code archivePath} (an archived original still in use). */
    boolean refersToArchive(String archivePath);

    /**
     * Stores one file's writes in one transaction; the bytes of an imported file can be stored once
     * only, a second copy fails with {@link AlreadyImportedException}.
     */
    FileCommit.Outcome commit(FileCommit commit);
}
