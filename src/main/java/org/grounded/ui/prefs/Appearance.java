package org.grounded.ui.prefs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The look the preferences choose (text sizes, light or dark) laid on the main window and on every
 * window it owns — analysis windows, dialogs — as they open, and again on all of them when the
 * preferences change, so that a choice applies at once everywhere.
 *
 * <p>The look is a list of stylesheets: the application's {@code grounded.css}, the dark theme's
 * {@code grounded-dark.css} after it when dark, and a generated sheet ({@link ScaledFontSizes}, as a
 * {@code data:} URL) that scales every font size of both. They go on each window's scene, and also on
 * the root's own stylesheets where a dialog carries the application's sheet there (a parent's sheets
 * outrank the scene's).
 */
public final class Appearance {

    /** The dark theme, laid over {@code grounded.css}. */
    public static final String DARK_STYLESHEET = "/org/grounded/ui/grounded-dark.css";
    private static final String DATA = "data:text/css;base64,";

    private final String base;
    private final String dark;
    private final String baseCss;
    private final String darkCss;
    private final Stage main;
    private final Set<String> generated = new HashSet<>();
    private UserPreferences look;
    private ListChangeListener<Window> opened;

    /**
     * @param base the application's stylesheet (a URL)
     * @param main the main window; the look applies to it and to the windows it owns
     */
    public Appearance(String base, Stage main, UserPreferences look) {
        this.base = Objects.requireNonNull(base);
        this.main = Objects.requireNonNull(main);
        this.look = Objects.requireNonNull(look);
        URL darkUrl = Objects.requireNonNull(Appearance.class.getResource(DARK_STYLESHEET), DARK_STYLESHEET);
        this.dark = darkUrl.toExternalForm();
        this.baseCss = read(base);
        this.darkCss = read(dark);
    }

    /** Whether the dark theme is laid on {@code scene} (false for none). */
    public static boolean isDark(Scene scene) {
        return scene != null && scene.getStylesheets().stream().anyMatch(sheet -> sheet.endsWith(DARK_STYLESHEET));
    }

    /** Lays the look on the main window and every window of it that is open or opens later. */
    public void install() {
        if (opened == null) {
            opened = change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(this::applyIfOurs);
                }
            };
            Window.getWindows().addListener(opened);
        }
        applyToAll();
    }

    /** Stops following new windows (the main window closed). */
    public void uninstall() {
        if (opened != null) {
            Window.getWindows().removeListener(opened);
            opened = null;
        }
    }

    /** The look now. */
    public UserPreferences look() {
        return look;
    }

    /** Changes the look of every window of the main one at once. */
    public void use(UserPreferences newLook) {
        look = Objects.requireNonNull(newLook);
        applyToAll();
    }

    /** The stylesheets of the look, in order. */
    public List<String> stylesheets() {
        List<String> sheets = new ArrayList<>();
        sheets.add(base);
        String css = ScaledFontSizes.of(baseCss, look.windowScale(), look.transcriptScale());
        if (look.theme() == Theme.DARK) {
            sheets.add(dark);
            css += ScaledFontSizes.of(darkCss, look.windowScale(), look.transcriptScale());
        }
        String sizes = DATA + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
        generated.add(sizes);
        sheets.add(sizes);
        return sheets;
    }

    private void applyToAll() {
        List.copyOf(Window.getWindows()).forEach(this::applyIfOurs);
        applyTo(main);
    }

    private void applyIfOurs(Window window) {
        if (!(window instanceof PopupWindow) && ownedByMain(window)) {
            applyTo(window);
        }
    }

    private boolean ownedByMain(Window window) {
        for (Window w = window; w != null; w = w instanceof Stage stage ? stage.getOwner() : null) {
            if (w == main) {
                return true;
            }
        }
        return false;
    }

    private void applyTo(Window window) {
        Scene scene = window.getScene();
        if (scene == null) {
            return;
        }
        List<String> sheets = stylesheets();
        restyle(scene.getStylesheets(), sheets);
        if (scene.getRoot() != null && scene.getRoot().getStylesheets().contains(base)) {
            restyle(scene.getRoot().getStylesheets(), sheets);
        }
    }

    private void restyle(ObservableList<String> current, List<String> sheets) {
        List<String> kept = new ArrayList<>(current);
        kept.removeIf(sheet -> sheet.equals(base) || sheet.equals(dark) || generated.contains(sheet));
        kept.addAll(sheets);
        if (!kept.equals(current)) {
            current.setAll(kept);
        }
    }

    private static String read(String url) {
        try (InputStream in = new URL(url).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the stylesheet " + url, e);
        }
    }
}
