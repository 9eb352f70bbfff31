package org.zhibiao.domain;

import java.util.Optional;

/**
 * The original bytes of imported returns in the database, by SHA-256, each kept once however
 * often it was sent.
 */
public interface Originals {

    /**
     * Whether returns imported into this database keep their originals here (a database on a
     * server, which every PC reaches) rather than in the archive folder beside a database file.
     */
    boolean keepsImportedOriginals();

    /** The bytes with this SHA-256, if the database keeps them. */
    Optional<byte[]> find(String sha256);
}
