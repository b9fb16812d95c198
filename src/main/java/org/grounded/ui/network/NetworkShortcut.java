package org.grounded.ui.network;

import java.util.Optional;
import javafx.scene.input.KeyCombination;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The network window's own keys and mouse gestures, one list that the window installs and the
 * keyboard-shortcuts help shows.
 */
public enum NetworkShortcut {
    FIND("Shortcut+F"), // NON-NLS: key combinations
    FIT("Shortcut+0"), // NON-NLS
    RELAYOUT("Shortcut+L"), // NON-NLS
    ZOOM(null),
    PAN(null),
    MOVE(null),
    RELATE(null),
    GROW(null),
    CLEAR("Esc"); // NON-NLS

    private final KeyCombination keys;

    NetworkShortcut(String keys) {
        this.keys = keys == null ? null : KeyCombination.keyCombination(keys);
    }

    /** What the keys do, in the window's language. */
    public String action() {
        return switch (this) {
            case FIND -> lang("Find a node by name");
            case FIT -> lang("Fit the network to the window");
            case RELAYOUT -> lang("Re-layout (the seed decides; pinned nodes stay)");
            case ZOOM -> lang("Zoom in / out (around the pointer with the scroll wheel)");
            case PAN -> lang("Pan");
            case MOVE -> lang("Move and pin a node");
            case RELATE -> lang("Relate two codes");
            case GROW -> lang("Grow the network around a node");
            case CLEAR -> lang("Clear the chosen node or edge");
        };
    }

    /** The gesture, for the entries that are not one key combination. */
    private String gesture() {
        return switch (this) {
            case ZOOM -> lang("+ / − or scroll");
            case PAN -> lang("Drag the background, or Space + drag");
            case MOVE -> lang("Drag the node");
            case RELATE -> lang("Alt + drag from one code to the other");
            case GROW -> lang("Right-click the node");
            default -> null;
        };
    }

    /** The key combination the window installs, if it is one. */
    public Optional<KeyCombination> keys() {
        return Optional.ofNullable(keys);
    }

    /** How the user reads it: "Ctrl+F", "Alt + drag…". */
    public String keysText() {
        return keys == null ? gesture() : keys.getDisplayText();
    }
}
