package org.grounded.ui.help;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.grounded.ui.main.Command;
import org.grounded.ui.network.NetworkShortcut;

/** Lists every keyboard shortcut, read from the same {@link Command}s the menus use. */
public final class ShortcutsDialog extends Dialog<Void> {

    public ShortcutsDialog() {
        setTitle("Keyboard shortcuts");
        setHeaderText("Keyboard shortcuts");
        GridPane grid = new GridPane();
        grid.setId("shortcuts-grid");
        grid.getStyleClass().add("shortcuts-grid");
        grid.setHgap(24);
        grid.setVgap(6);
        ColumnConstraints action = new ColumnConstraints();
        action.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(action, new ColumnConstraints());
        int row = 0;
        for (Command command : Command.values()) {
            if (command.accelerators().isEmpty()) {
                continue;
            }
            grid.add(new Label(command.shortLabel()), 0, row);
            Label keys = new Label(command.acceleratorText());
            keys.getStyleClass().add("shortcut-keys");
            grid.add(keys, 1, row);
            row++;
        }
        grid.add(new Label("Copy the selected text"), 0, row);
        grid.add(keysLabel("Ctrl+C"), 1, row++);
        grid.add(new Label("Select the whole transcript"), 0, row);
        grid.add(keysLabel("Ctrl+A"), 1, row);
        getDialogPane().setContent(new javafx.scene.layout.HBox(36, grid, networkGrid()));
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    /** The semantic-network window's own keys and gestures, beside the main window's. */
    private static GridPane networkGrid() {
        GridPane grid = new GridPane();
        grid.setId("network-shortcuts-grid");
        grid.getStyleClass().add("shortcuts-grid");
        grid.setHgap(24);
        grid.setVgap(6);
        Label title = new Label("In the network window");
        title.setStyle("-fx-font-weight: bold;");
        grid.add(title, 0, 0, 2, 1);
        int row = 1;
        for (NetworkShortcut shortcut : NetworkShortcut.values()) {
            Label action = new Label(shortcut.action());
            action.setWrapText(true);
            action.setMaxWidth(230);
            grid.add(action, 0, row);
            grid.add(keysLabel(shortcut.keysText()), 1, row++);
        }
        return grid;
    }

    private static Label keysLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("shortcut-keys");
        return label;
    }
}
