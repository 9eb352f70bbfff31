package org.zhibiao.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.zhibiao.domain.FileCommit;
import org.zhibiao.importer.ParsedReturn;

/**
 * Where the originals of imported returns are kept: in the archive folder beside a database file
 * ({@link FolderArchive}) or in a server's database ({@link DatabaseArchive}). Either way a
 * return's original is kept with its file's commit, both or neither.
 */
interface ReturnArchive {

    /** The folder of the archive beside a database file, and the first part of every archive name. */
    String FOLDER = "returns";

    /** Readies a return's original to be kept, ahead of the writer, on any thread. */
    Staged stage(Path file, String sha256, ParsedReturn parsed);

    /** Runs the file's commit with its original kept: both are stored, or neither. */
    FileCommit.Outcome keep(Staged staged, Supplier<FileCommit.Outcome> commit);

    /** Lets go of an original made ready but not kept (a refused or failed file). */
    void discard(Staged staged);

    /** Finishes or removes what a killed process left half-kept. */
    void recover();

    /**
     * A return's name in the archive, as its file record keeps it: {@code returns/<period>/<region
     * code>-<first 12 hex of SHA-256>.<ext>}, relative to the database's folder, with the system's separator.
     */
    static String name(Path file, String sha256, ParsedReturn parsed) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
        return Path.of(FOLDER, parsed.period().toString(), parsed.regionCode() + "-" + sha256.substring(0, 12) + ext)
                .toString();
    }

    /**
     * A return's original made ready: its archive name, and either a flushed copy aside its place in
     * the archive folder ({@code aside}, {@code archived}) or its bytes ({@code content}).
     */
    record Staged(String sha256, String name, Path aside, Path archived, byte[] content) {
    }
}
