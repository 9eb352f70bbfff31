package org.zhibiao.report.docx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A small PNG encoder for chart pictures: 8-bit RGB rows without filtering, deflated at the
 * fastest level. Charts are flat colours, so this stays small while taking a fraction of the
 * time of the general-purpose encoder.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngEncoder() {
    }

    static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(SIGNATURE);
        chunk(out, "IHDR", header(image.getWidth(), image.getHeight()));
        chunk(out, "IDAT", pixels(image));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static byte[] header(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        data.writeInt(width);
        data.writeInt(height);
        data.writeByte(8);
        data.writeByte(2);
        data.writeByte(0);
        data.writeByte(0);
        data.writeByte(0);
        return bytes.toByteArray();
    }

    private static byte[] pixels(BufferedImage image) throws IOException {
        int width = image.getWidth();
        int[] argb = new int[width];
        byte[] row = new byte[1 + 3 * width];
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream z = new DeflaterOutputStream(bytes, deflater, 1 << 16)) {
            for (int y = 0; y < image.getHeight(); y++) {
                image.getRGB(0, y, width, 1, argb, 0, width);
                for (int x = 0; x < width; x++) {
                    row[1 + 3 * x] = (byte) (argb[x] >> 16);
                    row[2 + 3 * x] = (byte) (argb[x] >> 8);
                    row[3 + 3 * x] = (byte) argb[x];
                }
                z.write(row);
            }
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream stream = new DataOutputStream(out);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        stream.writeInt(data.length);
        stream.write(name);
        stream.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        stream.writeInt((int) crc.getValue());
    }
}
