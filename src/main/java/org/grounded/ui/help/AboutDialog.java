package org.grounded.ui.help;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import static org.grounded.ui.i18n.Localization.lang;

/** Who made Grounded and under which licence. */
public final class AboutDialog extends Dialog<Void> {

    public AboutDialog(String version) {
        setTitle(lang("About Grounded"));
        setHeaderText("Grounded " + version); // NON-NLS: the application's name and version
        Label text = new Label(lang("A lightweight, open workbench for qualitative data analysis: import interview transcripts, code them, build categories and report what your participants said.")
                + "\n\n"
                + lang("Licensed under the Apache License 2.0.") + "\nJava " + System.getProperty("java.version") // NON-NLS: product names
                + " · JavaFX " + System.getProperty("javafx.runtime.version", "?"));
        text.setWrapText(true);
        VBox box = new VBox(text);
        box.setPrefWidth(440);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }
}
