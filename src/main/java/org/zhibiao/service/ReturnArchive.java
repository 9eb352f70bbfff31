package org.zhibiao.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.zhibiao.domain.ImportRepository;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.files.AsideFiles;
import org.zhibiao.importer.ParsedReturn;

/**
 * The archive of imported returns beside the database: {@code returns/<period>/<region
 * code>-<first 12 hex of SHA-256>.<ext>}. A return's copy is written aside and flushed before its
 * transaction, and takes its name only once the transaction has committed; a rolled-back file
 * leaves no copy. A copy a killed process left aside is finished at the next run if its file was
 * committed, deleted if not.
 */
final class ReturnArchive {

    private static final String PART = "part";

    private final Path root;
    private final ImportRepository imports;

    ReturnArchive(Path root, ImportRepository imports) {
        this.root = root;
        this.imports = imports;
    }

    /** Where a return, identified by its parsed region and period, is kept. */
    Path pathOf(Path file, String sha256, ParsedReturn parsed) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
        return root.resolve(parsed.period().toString())
                .resolve(parsed.regionCode() + "-" + sha256.substring(0, 12) + ext);
    }

    /** The archive path as stored with the file's record: relative to the database's folder. */
    String recordedPath(Path archived) {
        return root.getParent().relativize(archived).toString();
    }

    /** Copies the original aside the archive path and flushes it; nothing bears the archive name yet. */
    Path stage(Path original, Path archived) {
        Path aside = AsideFiles.aside(archived, PART);
        try {
            Files.createDirectories(archived.getParent());
            Files.copy(original, aside, StandardCopyOption.REPLACE_EXISTING);
            AsideFiles.force(aside);
            return aside;
        } catch (IOException e) {
            discard(aside);
            throw new ZhibiaoException("import.error.archive", e, archived);
        }
    }

    /**
     * After the commit: the staged copy, already flushed, takes the archive name. Should the
     * rename itself be lost in a power cut, the next run finds the copy aside and finishes it.
     */
    void publish(Path aside, Path archived) {
        try {
            Files.move(aside, archived, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ZhibiaoException("import.error.archive", e, archived);
        }
    }

    /** After a rollback: the staged copy goes. */
    void discard(Path aside) {
        try {
            Files.deleteIfExists(aside);
        } catch (IOException e) {
            throw new ZhibiaoException("import.error.archive", e, aside);
        }
    }

    /** Finishes or removes the copies that killed processes left aside. */
    void recover() {
        for (Path aside : leftAside()) {
            Optional<Path> target = AsideFiles.abandonedTarget(aside);
            if (target.isPresent() && imports.refersToArchive(recordedPath(target.get()))
                    && !Files.exists(target.get())) {
                publish(aside, target.get());
            } else if (target.isPresent()) {
                discard(aside);
            }
        }
    }

    private List<Path> leftAside() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root, 2)) {
            return files.filter(p -> p.getFileName().toString().endsWith("." + PART)).toList();
        } catch (IOException e) {
            throw new ZhibiaoException("import.error.archive", e, root);
        }
    }
}
