package org.zhibiao.files;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that it appears complete or not at all: the content goes to a hidden file in
 * the target's folder, is flushed to the disk, then moved over the target in one step. On any
 * failure the hidden file is removed and the target keeps its old bytes. A target that exists and
 * is not a regular file (a device, a pipe) is written directly: it cannot be replaced.
 */
public final class AtomicFile {

    /** What to write; it may close the stream it is given, the file is finished afterwards. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** For writers that make the file themselves at a path they are given (SQLite's VACUUM INTO). */
    @FunctionalInterface
    public interface Maker {
        void makeAt(Path file) throws IOException;
    }

    private static final int BUFFER = 64 * 1024;

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            writeDirectly(target, content);
            return;
        }
        replace(target, temporary -> {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(new KeepOpen(Channels.newOutputStream(channel)), BUFFER);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
        });
    }

    /** Like {@link #write}, for a file the maker creates at the (not yet existing) path it is given. */
    public static void make(Path target, Maker maker) throws IOException {
        replace(target, temporary -> {
            maker.makeAt(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        });
    }

    private static void replace(Path target, Maker maker) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            maker.makeAt(temporary);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temporary);
            Files.deleteIfExists(temporary.resolveSibling(temporary.getFileName() + "-journal"));
            throw e;
        }
    }

    private static void writeDirectly(Path target, Content content) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), BUFFER)) {
            content.writeTo(new KeepOpen(out));
            out.flush();
        }
    }

    /** Lets the content close its writers without closing the file before it is flushed and synced. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
