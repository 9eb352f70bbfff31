package org.zhibiao.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write (a full disk, simulated by a stream that fails part-way) leaves the old file as it was. */
class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsPartWayLeavesTheOldFileAndNoLeftovers() throws Exception {
        Path target = Files.writeString(dir.resolve("export.csv"), "the good export\n");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("half of the new export".getBytes(StandardCharsets.UTF_8));
            new DiskFull(out).write(new byte[128 * 1024]);
        })).isInstanceOf(IOException.class).hasMessage("No space left on device");
        assertThat(Files.readString(target)).isEqualTo("the good export\n");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aContentThatThrowsLeavesTheOldFile() throws Exception {
        Path target = Files.writeString(dir.resolve("chart.svg"), "<svg/>");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("drawing failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(target)).isEqualTo("<svg/>");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aCompleteWriteMakesTheFolderAndReplacesTheFileEvenWhenTheContentClosesItsStream() throws Exception {
        Path target = dir.resolve("sub/report.txt");
        AtomicFile.write(target, out -> out.write("old".getBytes(StandardCharsets.UTF_8)));
        AtomicFile.write(target, out -> {
            out.write("new".getBytes(StandardCharsets.UTF_8));
            out.close();
        });
        assertThat(Files.readString(target)).isEqualTo("new");
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertThat(s.toList()).containsExactly(target);
        }
    }

    @Test
    void aDeviceIsWrittenDirectlyAndItsErrorsAreReported() {
        assertThatThrownBy(() -> AtomicFile.write(Path.of("/dev/full"), out -> out.write(new byte[1024])))
                .isInstanceOf(IOException.class);
    }

    private java.util.List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    /** Accepts 64 KiB, then fails as a full disk does. */
    private static final class DiskFull extends OutputStream {
        private final OutputStream out;
        private long written;

        DiskFull(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (++written > 64 * 1024) {
                throw new IOException("No space left on device");
            }
            out.write(b);
        }
    }
}
