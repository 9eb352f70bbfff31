package org.zhibiao.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.zhibiao.domain.ZhibiaoException;

/**
 * The bundled CJK font (WenQuanYi Micro Hei, TrueType outlines), so every report prints the same
 * on every machine: its bytes for embedding in PDFs and the AWT font charts are laid out with.
 */
public final class ReportFont {

    public static final String RESOURCE = "/org/zhibiao/fonts/wqy-microhei.ttc";
    public static final String NAME = "WenQuanYiMicroHei";

    private static volatile byte[] bytes;
    private static volatile Font awt;

    private ReportFont() {
    }

    /** The font collection file's bytes. */
    public static byte[] collection() {
        byte[] b = bytes;
        if (b == null) {
            try (InputStream in = ReportFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException("missing " + RESOURCE);
                }
                b = in.readAllBytes();
            } catch (IOException e) {
                throw new ZhibiaoException("report.error.font", e);
            }
            bytes = b;
        }
        return b;
    }

    /** The font at a size, for drawing charts and measuring their text. */
    public static Font awt(float size) {
        Font f = awt;
        if (f == null) {
            try {
                f = Font.createFonts(new ByteArrayInputStream(collection()))[0];
            } catch (IOException | FontFormatException e) {
                throw new ZhibiaoException("report.error.font", e);
            }
            awt = f;
        }
        return f.deriveFont(size);
    }
}
