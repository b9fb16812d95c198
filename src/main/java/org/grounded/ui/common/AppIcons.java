package org.grounded.ui.common;

import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;

/**
 * Grounded's icon (a core category, yellow, linked to two others) in the sizes window managers
 * pick from: the title bar takes 16 or 32, the task switcher 48 to 256. The installers carry the
 * same picture as .ico, .icns and .png (src/dist).
 */
public final class AppIcons {

    private static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcons() {
    }

    /** Every size, for {@code stage.getIcons()}. */
    public static List<Image> all() {
        return SIZES.stream().map(AppIcons::of).toList();
    }

    private static Image of(int size) {
        String resource = "/org/grounded/ui/icons/grounded-" + size + ".png";
        try (InputStream in = Objects.requireNonNull(AppIcons.class.getResourceAsStream(resource), resource)) {
            return new Image(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The application icon " + resource + " cannot be read", e);
        }
    }
}
