package org.zhibiao.returns;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Edits the XML inside a workbook as a hand (or a hostile program) would, beyond what POI writes. */
final class Zips {

    /** Writes one part of the new package, given the old part's bytes. */
    @FunctionalInterface
    interface PartWriter {
        void write(String part, InputStream old, OutputStream out) throws IOException;
    }

    private Zips() {
    }

    /** A copy of the workbook with {@code from} replaced by {@code to} in one of its parts. */
    static Path replace(Path workbook, String part, String from, String to, Path out) throws IOException {
        return rewrite(workbook, out, (name, old, o) -> {
            byte[] bytes = old.readAllBytes();
            if (name.equals(part)) {
                String xml = new String(bytes, StandardCharsets.UTF_8);
                if (!xml.contains(from)) {
                    throw new IllegalStateException(from + " is not in " + part);
                }
                bytes = xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
            }
            o.write(bytes);
        });
    }

    /** A copy of the workbook with every part written by {@code writer}. */
    static Path rewrite(Path workbook, Path out, PartWriter writer) throws IOException {
        try (ZipFile in = new ZipFile(workbook.toFile()); OutputStream o = Files.newOutputStream(out);
             ZipOutputStream zip = new ZipOutputStream(o)) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    writer.write(entry.getName(), data, zip);
                }
                zip.closeEntry();
            }
        }
        return out;
    }
}
