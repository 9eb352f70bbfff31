package org.zhibiao.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.files.AsideFiles;
import org.zhibiao.storage.StorageException;

/**
 * Restoring a database from a backup in two steps. {@link #stage} copies the backup beside the
 * database and checks the copy there (an intact SQLite file with Zhibiao's tables, of this version
 * or an earlier one, brought up to date, with a region tree): the backup itself is only read.
 * {@link #replace}, once the user agreed, keeps the database as it is as a safety copy beside it
 * and moves the checked copy into its place in one step.
 */
public final class DatabaseRestore {

    private static final String PURPOSE = "init";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private DatabaseRestore() {
    }

    /** A backup checked and copied beside the database it would replace, with what it holds. */
    public record Staged(Path backup, Path target, Path copy, Path safetyCopy, String homeRegion, List<Period> periods) {

        /** Deletes the checked copy: the user chose not to restore. */
        public void discard() {
            delete(copy, backup);
        }
    }

    /** Copies {@code backup} beside {@code target} and checks the copy; refuses a file that is not a usable backup. */
    public static Staged stage(Path backup, Path target) {
        Path absolute = target.toAbsolutePath();
        if (sameFile(backup, absolute)) {
            throw new ZhibiaoException("files.restore.error.itself", null, backup);
        }
        Path copy = AsideFiles.aside(absolute, PURPOSE);
        try {
            AsideFiles.sweep(absolute.getParent(), PURPOSE);
            Files.copy(backup, copy, StandardCopyOption.REPLACE_EXISTING);
            Path wal = companion(backup, "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, companion(copy, "-wal"), StandardCopyOption.REPLACE_EXISTING);
            }
            return checked(backup, absolute, copy);
        } catch (IOException e) {
            delete(copy, backup);
            throw new ZhibiaoException("files.restore.error.read", e, backup);
        } catch (RuntimeException e) {
            delete(copy, backup);
            throw e;
        }
    }

    private static Staged checked(Path backup, Path target, Path copy) {
        try (Workspace restored = Workspace.open(copy)) {
            Region home = restored.regions().home()
                    .orElseThrow(() -> new ZhibiaoException("files.restore.error.noRegions", null, backup));
            List<Period> periods = restored.observations().periods();
            restored.database().checkpointPrivateFile();
            return new Staged(backup, target, copy, safetyCopyOf(target), home.name(), periods);
        } catch (StorageException e) {
            throw new StorageException(e.messageKey(), e, backup);
        }
    }

    /**
     * Replaces the database of {@code current} by the staged copy: a consistent copy of it is kept
     * first as {@link Staged#safetyCopy}; {@code current} is closed whatever happens. When another
     * program still has the database open, nothing is replaced.
     */
    public static void replace(Workspace current, Staged staged) {
        try {
            current.returns().backup(staged.safetyCopy());
        } catch (RuntimeException e) {
            staged.discard();
            throw e;
        } finally {
            current.close();
        }
        Path target = staged.target();
        if (Files.exists(companion(target, "-wal"))) {
            staged.discard();
            throw new ZhibiaoException("files.restore.error.inUse", null, target);
        }
        try {
            Files.deleteIfExists(companion(target, "-shm"));
            AsideFiles.moveIntoPlace(staged.copy(), target);
        } catch (IOException e) {
            staged.discard();
            throw new ZhibiaoException("files.restore.error.replace", e, target, staged.safetyCopy());
        }
    }

    /** {@code zhibiao-before-restore-20261201-013000.db} beside {@code zhibiao.db}. */
    private static Path safetyCopyOf(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : ".db";
        return target.resolveSibling(stem + "-before-restore-" + LocalDateTime.now().format(STAMP) + extension);
    }

    private static boolean sameFile(Path backup, Path target) {
        try {
            return backup.toAbsolutePath().normalize().equals(target.normalize())
                    || Files.exists(backup) && Files.exists(target) && Files.isSameFile(backup, target);
        } catch (IOException e) {
            throw new ZhibiaoException("files.restore.error.read", e, backup);
        }
    }

    private static Path companion(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static void delete(Path copy, Path backup) {
        try {
            AsideFiles.deleteWithCompanions(copy);
        } catch (IOException e) {
            throw new ZhibiaoException("files.restore.error.read", e, backup);
        }
    }
}
