package org.grounded.ui.help;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Who made Grounded and under which licence. */
public final class AboutDialog extends Dialog<Void> {

    public AboutDialog(String version) {
        setTitle("About Grounded");
        setHeaderText("Grounded " + version);
        Label text = new Label("A lightweight, open workbench for qualitative data analysis: import interview "
                + "transcripts, code them, build categories and report what your participants said.\n\n"
                + "Licensed under the Apache License 2.0.\nJava " + System.getProperty("java.version")
                + " · JavaFX " + System.getProperty("javafx.runtime.version", "?"));
        text.setWrapText(true);
        VBox box = new VBox(text);
        box.setPrefWidth(440);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }
}
