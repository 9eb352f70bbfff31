package org.zhibiao.charts;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.files.AtomicFile;

/**
 * Writes a chart as PNG (ImageIO) or SVG (text kept as text, so Chinese labels stay searchable).
 * PNG encoding takes a hundred milliseconds or more: call it off the UI thread.
 */
public final class ChartExport {

    public enum Format { PNG, SVG }

    private ChartExport() {
    }

    /** PNG or SVG by the file's extension; anything else is a user error. */
    public static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return Format.PNG;
        }
        if (name.endsWith(".svg")) {
            return Format.SVG;
        }
        throw new ZhibiaoException("charts.error.format", null, file.getFileName());
    }

    public static void write(JFreeChart chart, int width, int height, Path file) {
        writeBytes(formatOf(file) == Format.PNG ? png(chart, width, height) : svg(chart, width, height), file);
    }

    /** Writes what {@link #png}, {@link #encodePng} or {@link #svg} made. */
    public static void writeBytes(byte[] bytes, Path file) {
        try {
            AtomicFile.write(file, out -> out.write(bytes));
        } catch (IOException e) {
            throw new ZhibiaoException("charts.error.write", e, file);
        }
    }

    public static byte[] png(JFreeChart chart, int width, int height) {
        return encodePng(draw(chart, width, height));
    }

    /** Drawing is quick; do it where the chart lives (the FX thread for a chart on screen). */
    public static BufferedImage draw(JFreeChart chart, int width, int height) {
        return chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
    }

    /** Encoding is the slow part: do it in the background. In memory, never through a cache file. */
    public static byte[] encodePng(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream memory = new MemoryCacheImageOutputStream(out)) {
            ImageIO.write(image, "png", memory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(width, height));
        return g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }
}
