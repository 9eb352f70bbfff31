package org.zhibiao.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class AppIconsTest {

    @Test
    void everyWindowIconIsASquarePngOfItsSize() throws IOException {
        List<URL> icons = AppIcons.windowIcons();

        assertThat(icons).hasSize(AppIcons.SIZES.size());
        for (int i = 0; i < icons.size(); i++) {
            BufferedImage image = ImageIO.read(icons.get(i));
            int size = AppIcons.SIZES.get(i);
            assertThat(image.getWidth()).as(icons.get(i).toString()).isEqualTo(size);
            assertThat(image.getHeight()).as(icons.get(i).toString()).isEqualTo(size);
        }
    }

    @Test
    void iconsHaveTransparentCornersAndAColouredTile() throws IOException {
        BufferedImage image = ImageIO.read(AppIcons.icon(256));

        assertThat(image.getRGB(0, 0) >>> 24).isZero();
        int centreLeft = image.getRGB(20, 128);
        assertThat(centreLeft >>> 24).isEqualTo(0xFF);
        assertThat(centreLeft & 0xFF).isGreaterThan((centreLeft >> 16) & 0xFF);
    }

    @Test
    void aSizeThatIsNotShippedIsRefusedByName() {
        assertThatThrownBy(() -> AppIcons.icon(20)).hasMessageContaining("zhibiao-20.png");
    }
}
