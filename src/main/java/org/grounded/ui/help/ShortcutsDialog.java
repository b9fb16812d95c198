package org.grounded.ui.help;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import java.util.List;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * Lists every keyboard shortcut. The main window passes the shortcuts of the same commands its
 * menus use, so the help and the menus never disagree, and this package knows no window.
 */
public final class ShortcutsDialog extends Dialog<Void> {

    /** One line of the list: what the keys do, and the keys as the user reads them. */
    public record Shortcut(String action, String keys) {
    }

    public ShortcutsDialog(List<Shortcut> shortcuts) {
        this(shortcuts, "", List.of());
    }

    /**
     * @param otherTitle a second list beside the first, such as "In the network window"
     * @param others     that list's shortcuts (none: no second list)
     */
    public ShortcutsDialog(List<Shortcut> shortcuts, String otherTitle, List<Shortcut> others) {
        setTitle(lang("Keyboard shortcuts"));
        setHeaderText(lang("Keyboard shortcuts"));
        GridPane grid = new GridPane();
        grid.setId("shortcuts-grid");
        grid.getStyleClass().add("shortcuts-grid");
        grid.setHgap(24);
        grid.setVgap(6);
        ColumnConstraints action = new ColumnConstraints();
        action.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(action, new ColumnConstraints());
        int row = 0;
        for (Shortcut shortcut : shortcuts) {
            grid.add(new Label(shortcut.action()), 0, row);
            grid.add(keysLabel(shortcut.keys()), 1, row);
            row++;
        }
        grid.add(new Label(lang("Copy the selected text")), 0, row);
        grid.add(keysLabel("Ctrl+C"), 1, row++); // NON-NLS: keys, as on the keyboard
        grid.add(new Label(lang("Select the whole transcript")), 0, row);
        grid.add(keysLabel("Ctrl+A"), 1, row); // NON-NLS: keys, as on the keyboard
        javafx.scene.layout.Region lists = others.isEmpty() ? grid
                : new javafx.scene.layout.HBox(36, grid, otherGrid(otherTitle, others));
        lists.setPadding(new javafx.geometry.Insets(0, 24, 0, 0));
        // The lists are longer than a laptop's screen is tall: they scroll, the Close button stays.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(lists);
        scroll.setId("shortcuts-scroll");
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(520);
        scroll.setStyle("-fx-background-color: transparent; -fx-background: transparent;");
        getDialogPane().setContent(scroll);
        setResizable(true);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    private static GridPane otherGrid(String title, List<Shortcut> shortcuts) {
        GridPane grid = new GridPane();
        grid.setId("other-shortcuts-grid");
        grid.getStyleClass().add("shortcuts-grid");
        grid.setHgap(24);
        grid.setVgap(6);
        Label heading = new Label(title);
        heading.setStyle("-fx-font-weight: bold;");
        grid.add(heading, 0, 0, 2, 1);
        int row = 1;
        for (Shortcut shortcut : shortcuts) {
            Label action = new Label(shortcut.action());
            action.setWrapText(true);
            action.setMaxWidth(230);
            grid.add(action, 0, row);
            grid.add(keysLabel(shortcut.keys()), 1, row++);
        }
        return grid;
    }

    private static Label keysLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("shortcut-keys");
        return label;
    }
}
