package org.grounded.ui.codes;

import java.util.Optional;
import java.util.UUID;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;

/**
 * A code being dragged from the code tree: onto the transcript to code text, onto another code to
 * become its sub-code. The code travels by id; its name goes along as plain text for other programs.
 */
public final class CodeDrag {

    private static final DataFormat FORMAT = new DataFormat("application/x-grounded-code");

    private CodeDrag() {
    }

    static void put(Dragboard board, UUID codeId, String name) {
        ClipboardContent content = new ClipboardContent();
        content.put(FORMAT, codeId.toString());
        content.putString(name);
        board.setContent(content);
    }

    /** The dragged code, when a code is being dragged. */
    public static Optional<UUID> codeId(Dragboard board) {
        if (!board.hasContent(FORMAT)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(String.valueOf(board.getContent(FORMAT))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
