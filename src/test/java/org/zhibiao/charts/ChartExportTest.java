package org.zhibiao.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.i18n.Messages;

class ChartExportTest {

    @TempDir
    Path dir;

    private final JFreeChart chart = new GapChart(ChartTheme.standard(), Messages.of(Messages.CHINESE))
            .create("各市抽查合格率差距", "百分点", ChartSamples.gaps());

    @Test
    void pngHasTheRequestedSize() throws Exception {
        Path png = dir.resolve("out/gap.png");
        ChartExport.write(chart, 640, 480, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(480);
    }

    @Test
    void svgKeepsTheChineseTitleAsText() throws Exception {
        Path svg = dir.resolve("gap.svg");
        ChartExport.write(chart, 800, 600, svg);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<?xml").contains("<svg").contains("各市抽查合格率差距").contains("吉林市");
    }

    @Test
    void anotherExtensionIsRefusedWithAMessage() {
        assertThatThrownBy(() -> ChartExport.write(chart, 100, 100, dir.resolve("gap.jpg")))
                .isInstanceOf(ZhibiaoException.class)
                .extracting(e -> ((ZhibiaoException) e).messageKey()).isEqualTo("charts.error.format");
    }
}
