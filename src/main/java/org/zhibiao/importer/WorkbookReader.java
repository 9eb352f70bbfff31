package org.zhibiao.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads every sheet of a return into {@link SheetData}, choosing the reader by the file's first
 * bytes (not its name): OOXML packages through the fast path, OLE2 files through POI HSSF.
 * Anything else, or anything the readers fail on, becomes an {@link UnreadableReturnException}.
 */
public final class WorkbookReader {

    private static final Logger LOG = Logger.getLogger(WorkbookReader.class.getName());
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    public List<SheetData> read(Path file) {
        try {
            if (Files.size(file) > SafetyLimits.MAX_FILE_BYTES) {
                throw new UnreadableReturnException("import.file.overLimits", null);
            }
            byte[] head = head(file);
            if (startsWith(head, ZIP)) {
                return XlsxReader.read(file);
            }
            if (startsWith(head, OLE2)) {
                return XlsReader.read(file);
            }
            throw new UnreadableReturnException("import.file.notSpreadsheet", null);
        } catch (UnreadableReturnException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "unreadable workbook " + file, e);
            throw new UnreadableReturnException("import.file.damaged", e);
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
