package org.zhibiao.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks an OOXML package before the fast reader opens it: inflates every entry once, counting,
 * and refuses zip bombs by POI's {@code ZipSecureFile} rules (inflate ratio, entry and total
 * size, entry count, and the shared strings' size); tells a workbook from other zip-based formats.
 */
final class ZipGuard {

    private static final int BUFFER = 64 * 1024;

    private ZipGuard() {
    }

    static void check(Path file) {
        Set<String> names = new HashSet<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long total = 0;
            byte[] buffer = new byte[BUFFER];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                names.add(entry.getName());
                if (names.size() > SafetyLimits.MAX_ENTRIES) {
                    throw new UnreadableReturnException("import.file.overLimits", null);
                }
                total += inflatedSize(zip, entry, buffer, limitOf(entry));
                if (total > SafetyLimits.MAX_TOTAL_BYTES) {
                    throw new UnreadableReturnException("import.file.overLimits", null);
                }
            }
        } catch (IOException e) {
            throw new UnreadableReturnException("import.file.damaged", e);
        }
        requireWorkbook(names);
    }

    /** The shared strings are held in memory while a sheet is read, so they get a smaller limit. */
    private static long limitOf(ZipEntry entry) {
        return entry.getName().equals("xl/sharedStrings.xml")
                ? SafetyLimits.MAX_SHARED_STRINGS_BYTES : SafetyLimits.MAX_ENTRY_BYTES;
    }

    private static long inflatedSize(ZipFile zip, ZipEntry entry, byte[] buffer, long limit) throws IOException {
        long compressed = Math.max(entry.getCompressedSize(), 0);
        long inflated = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                inflated += n;
                boolean bomb = inflated > SafetyLimits.RATIO_GRACE_BYTES
                        && compressed < inflated * SafetyLimits.MIN_INFLATE_RATIO;
                if (bomb || inflated > limit) {
                    throw new UnreadableReturnException("import.file.overLimits", null);
                }
            }
        }
        return inflated;
    }

    private static void requireWorkbook(Set<String> names) {
        if (names.contains("xl/workbook.xml")) {
            return;
        }
        throw new UnreadableReturnException("import.file.notSpreadsheet", null);
    }
}
