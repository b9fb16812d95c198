package org.grounded.ui.analysis;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Where "Copy" puts a table: the system clipboard in the application, a recorder in tests. */
@FunctionalInterface
public interface TextClipboard {

    void putText(String text);

    /** The system clipboard; looked up when used, so building view models needs no running toolkit. */
    static TextClipboard system() {
        return text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        };
    }
}
