package org.zhibiao.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files written aside and then moved over their target, so a target appears complete or not at
 * all. An aside file is named {@code <target>.<pid>.<purpose>} in the target's folder: a file left
 * by a process that died is recognised by its process id and swept away by the next run.
 */
public final class AsideFiles {

    private static final Pattern ASIDE = Pattern.compile("(.+)\\.(\\d+)\\.(part|init|copy)");
    private static final List<String> SQLITE_COMPANIONS = List.of("", "-wal", "-shm", "-journal");

    private AsideFiles() {
    }

    /** Where this process writes {@code target} before moving it into place ({@code purpose}: part, init or copy). */
    public static Path aside(Path target, String purpose) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + "." + ProcessHandle.current().pid() + "." + purpose);
    }

    /** The target an aside file stands for, if it is one left by a process that is no longer running. */
    public static Optional<Path> abandonedTarget(Path file) {
        Matcher m = ASIDE.matcher(file.getFileName().toString());
        if (!m.matches() || ProcessHandle.of(Long.parseLong(m.group(2))).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(file.resolveSibling(m.group(1)));
    }

    /** Deletes the aside files (and SQLite's companions of them) that dead processes left in {@code folder}. */
    public static void sweep(Path folder, String purpose) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*." + purpose)) {
            for (Path file : files) {
                if (abandonedTarget(file).isPresent()) {
                    deleteWithCompanions(file);
                }
            }
        }
    }

    /** Deletes a database file written aside together with its journal, WAL and shared-memory files. */
    public static void deleteWithCompanions(Path file) throws IOException {
        for (String suffix : SQLITE_COMPANIONS) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    /** Flushes {@code aside} to the disk, then moves it over {@code target} in one step. */
    public static void moveIntoPlace(Path aside, Path target) throws IOException {
        force(aside);
        Files.move(aside, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        forceFolder(target.toAbsolutePath().getParent());
    }

    /** Flushes a written file's bytes to the disk. */
    public static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes a rename in {@code folder} durable where the system allows it (not on Windows). */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException windowsCannotOpenFolders) {
            // Windows cannot open a folder as a channel; NTFS makes a finished rename durable itself.
        }
    }
}
