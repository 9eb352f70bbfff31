package org.zhibiao.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.zhibiao.domain.FileCommit;
import org.zhibiao.domain.ImportRepository;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.files.AsideFiles;
import org.zhibiao.importer.ParsedReturn;

/**
 * The archive of imported returns beside a database file: {@code returns/<period>/<region
 * code>-<first 12 hex of SHA-256>.<ext>}. A return's copy is written aside and flushed before its
 * transaction, and takes its name only once the transaction has committed; a rolled-back file
 * leaves no copy. A copy a killed process left aside is finished at the next run if its file was
 * committed, deleted if not.
 */
final class FolderArchive implements ReturnArchive {

    private static final String PART = "part";

    private final Path databaseFolder;
    private final ImportRepository imports;

    FolderArchive(Path databaseFolder, ImportRepository imports) {
        this.databaseFolder = databaseFolder;
        this.imports = imports;
    }

    /** Copies the original aside its archive path and flushes it; nothing bears the archive name yet. */
    @Override
    public Staged stage(Path original, String sha256, ParsedReturn parsed) {
        String name = ReturnArchive.name(original, sha256, parsed);
        Path archived = databaseFolder.resolve(name);
        Path aside = AsideFiles.aside(archived, PART);
        try {
            Files.createDirectories(archived.getParent());
            Files.copy(original, aside, StandardCopyOption.REPLACE_EXISTING);
            AsideFiles.force(aside);
            return new Staged(sha256, name, aside, archived, null);
        } catch (IOException e) {
            deleteAside(aside);
            throw new ZhibiaoException("import.error.archive", e, archived);
        }
    }

    /**
     * After the commit, the staged copy, already flushed, takes the archive name; after a rollback
     * it goes. Should the rename itself be lost in a power cut, the next run finds the copy aside
     * and finishes it.
     */
    @Override
    public FileCommit.Outcome keep(Staged staged, Supplier<FileCommit.Outcome> commit) {
        FileCommit.Outcome outcome;
        try {
            outcome = commit.get();
        } catch (RuntimeException e) {
            discard(staged);
            throw e;
        }
        publish(staged.aside(), staged.archived());
        return outcome;
    }

    private static void publish(Path aside, Path archived) {
        try {
            Files.move(aside, archived, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ZhibiaoException("import.error.archive", e, archived);
        }
    }

    @Override
    public void discard(Staged staged) {
        deleteAside(staged.aside());
    }

    private static void deleteAside(Path aside) {
        try {
            Files.deleteIfExists(aside);
        } catch (IOException e) {
            throw new ZhibiaoException("import.error.archive", e, aside);
        }
    }

    /** Finishes or removes the copies that killed processes left aside. */
    @Override
    public void recover() {
        for (Path aside : leftAside()) {
            Optional<Path> target = AsideFiles.abandonedTarget(aside);
            if (target.isPresent() && imports.refersToArchive(databaseFolder.relativize(target.get()).toString())
                    && !Files.exists(target.get())) {
                publish(aside, target.get());
            } else if (target.isPresent()) {
                deleteAside(aside);
            }
        }
    }

    private List<Path> leftAside() {
        Path root = databaseFolder.resolve(FOLDER);
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
