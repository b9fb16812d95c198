package org.grounded.ui.instance;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * macOS sends the files a user double-clicks (or drops on the Dock icon) to the running
 * application as events rather than as arguments; {@code java.awt.Desktop} receives them. Only on
 * macOS, and only where the desktop says it supports them: elsewhere AWT is never touched, so the
 * window on Linux and Windows starts without it.
 */
public final class MacOpenFileEvents {

    private static final Logger LOG = LoggerFactory.getLogger(MacOpenFileEvents.class);

    private MacOpenFileEvents() {
    }

    /**
     * Sends macOS's open-file events to {@code open} (on AWT's thread).
     *
     * @return whether the handler is installed (false off macOS or where unsupported)
     */
    public static boolean install(Consumer<Path> open) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
            return false;
        }
        try {
            if (!java.awt.Desktop.isDesktopSupported()
                    || !java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.APP_OPEN_FILE)) {
                return false;
            }
            java.awt.Desktop.getDesktop().setOpenFileHandler(event ->
                    event.getFiles().forEach(file -> open.accept(file.toPath())));
            return true;
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("macOS open-file events are not available: {}", e.getMessage());
            return false;
        }
    }
}
