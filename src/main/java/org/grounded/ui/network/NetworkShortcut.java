package org.grounded.ui.network;

import java.util.Optional;
import javafx.scene.input.KeyCombination;

/**
 * The network window's own keys and mouse gestures, one list that the window installs and the
 * keyboard-shortcuts help shows.
 */
public enum NetworkShortcut {
    FIND("Find a node by name", "Shortcut+F"),
    FIT("Fit the network to the window", "Shortcut+0"),
    RELAYOUT("Re-layout (the seed decides; pinned nodes stay)", "Shortcut+L"),
    ZOOM("Zoom in / out (around the pointer with the scroll wheel)", null, "+ / − or scroll"),
    PAN("Pan", null, "Drag the background, or Space + drag"),
    MOVE("Move and pin a node", null, "Drag the node"),
    RELATE("Relate two codes", null, "Alt + drag from one code to the other"),
    GROW("Grow the network around a node", null, "Right-click the node"),
    CLEAR("Clear the chosen node or edge", "Esc");

    private final String action;
    private final KeyCombination keys;
    private final String text;

    NetworkShortcut(String action, String keys) {
        this(action, keys, null);
    }

    NetworkShortcut(String action, String keys, String text) {
        this.action = action;
        this.keys = keys == null ? null : KeyCombination.keyCombination(keys);
        this.text = text;
    }

    public String action() {
        return action;
    }

    /** The key combination the window installs, if it is one. */
    public Optional<KeyCombination> keys() {
        return Optional.ofNullable(keys);
    }

    /** How the user reads it: "Ctrl+F", "Alt + drag…". */
    public String keysText() {
        return text != null ? text : keys.getDisplayText();
    }
}
