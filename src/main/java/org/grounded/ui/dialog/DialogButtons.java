package org.grounded.ui.dialog;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * JavaFX's standard buttons (OK, Cancel, Close, Yes, No, Apply) in the window's language. JavaFX
 * names them from the JVM's default locale and has no Malay, so a Malay window showed "Cancel";
 * the dialogs' buttons are relabelled from the bundles instead, whenever the pane's buttons change.
 */
public final class DialogButtons {

    private DialogButtons() {
    }

    /** Relabels {@code pane}'s standard buttons now and whenever its button types change. */
    public static void speak(DialogPane pane) {
        relabel(pane);
        pane.getButtonTypes().addListener((ListChangeListener<ButtonType>) change -> relabel(pane));
    }

    private static void relabel(DialogPane pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            String text = text(type);
            Node button = pane.lookupButton(type);
            if (text != null && button instanceof Button shown) {
                shown.setText(text);
            }
        }
    }

    /** The text of a standard button, null for the application's own. */
    static String text(ButtonType type) {
        if (type == ButtonType.OK) {
            return lang("OK");
        } else if (type == ButtonType.CANCEL) {
            return lang("Cancel");
        } else if (type == ButtonType.CLOSE) {
            return lang("Close");
        } else if (type == ButtonType.YES) {
            return lang("Yes");
        } else if (type == ButtonType.NO) {
            return lang("No");
        } else if (type == ButtonType.APPLY) {
            return lang("Apply");
        }
        return null;
    }
}
