package org.grounded.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The icon files the window and the installers use exist, decode, and are the size their name says. */
class AppIconsTest {

    @ParameterizedTest
    @ValueSource(ints = {16, 32, 48, 64, 128, 256})
    void eachIconIsASquarePngOfItsSize(int size) throws IOException {
        try (InputStream in = AppIcons.class.getResourceAsStream("/org/grounded/ui/icons/grounded-" + size + ".png")) {
            assertThat(in).isNotNull();
            BufferedImage image = ImageIO.read(in);
            assertThat(image.getWidth()).isEqualTo(size);
            assertThat(image.getHeight()).isEqualTo(size);
            // transparent corners: the rounded square does not fill them
            assertThat(image.getRGB(0, 0) >>> 24).isZero();
        }
    }
}
