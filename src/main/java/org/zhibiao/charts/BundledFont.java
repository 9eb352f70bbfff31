package org.zhibiao.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import org.zhibiao.domain.ZhibiaoException;

/**
 * The CJK font shipped in the jar (WenQuanYi Micro Hei, TrueType outlines), registered with the
 * JVM at start-up so every chart, on screen and on paper, is laid out and drawn with it whatever
 * the machine has installed, and whatever language the system speaks.
 */
public final class BundledFont {

    public static final String RESOURCE = "/org/zhibiao/fonts/wqy-microhei.ttc";
    /** The PostScript name of the face inside the collection (for embedding in PDFs). */
    public static final String NAME = "WenQuanYiMicroHei";
    /** The family name charts ask AWT for. */
    public static final String FAMILY = "WenQuanYi Micro Hei";

    private BundledFont() {
    }

    private static String registered;

    /**
     * Registers the font with the JVM (once; later calls do nothing) and returns its family name.
     * A failure (the JDK copies the font to a temporary file: a full disk) is thrown each time it
     * is asked for, so the command that needed the font fails with a message, not the JVM.
     */
    public static synchronized String register() {
        if (registered == null) {
            registered = registerAll();
        }
        return registered;
    }

    /** The font collection file's bytes. */
    public static byte[] collection() {
        return Bytes.BYTES;
    }

    private static final class Bytes {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = BundledFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException("missing " + RESOURCE);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new ZhibiaoException("charts.error.font", e);
            }
        }
    }

    private static String registerAll() {
        try {
            GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
            for (Font f : fonts()) {
                environment.registerFont(f);
            }
            return FAMILY;
        } catch (IOException | FontFormatException e) {
            throw new ZhibiaoException("charts.error.font", e);
        }
    }

    /** Read straight from the file where the font is one, else from the jar (the JDK copies it to a temporary file). */
    private static Font[] fonts() throws IOException, FontFormatException {
        URL url = BundledFont.class.getResource(RESOURCE);
        if (url != null && "file".equals(url.getProtocol())) {
            try {
                return Font.createFonts(new File(url.toURI()));
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        return Font.createFonts(new ByteArrayInputStream(collection()));
    }
}
