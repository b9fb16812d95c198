package org.grounded.ui.main;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCombination;
import org.controlsfx.glyphfont.FontAwesome;
import org.grounded.ui.help.ShortcutsDialog;

/**
 * The window's commands with their labels, keyboard shortcuts and toolbar icons: one list that
 * the menus, the toolbar and the keyboard-shortcuts help all read, so they never disagree.
 */
public enum Command {
    NEW_PROJECT("New project", FontAwesome.Glyph.FILE_ALT, "Shortcut+N"),
    OPEN_PROJECT("Open…", FontAwesome.Glyph.FOLDER_OPEN_ALT, "Shortcut+O"),
    SAVE("Save", FontAwesome.Glyph.SAVE, "Shortcut+S"),
    SAVE_AS("Save as…", null, "Shortcut+Shift+S"),
    STUDY_PROPERTIES("Study properties…", null),
    IMPORT_TRANSCRIPTS("Import transcripts…", FontAwesome.Glyph.DOWNLOAD, "Shortcut+Shift+I"),
    IMPORT_PARTICIPANTS("Import participants from spreadsheet…", FontAwesome.Glyph.TABLE),
    IMPORT_DOCUMENT_ATTRIBUTES("Import document attributes from spreadsheet…", null),
    EXPORT_PARTICIPANTS("Export participants table…", null),
    IMPORT_REFI_PROJECT("Import project (REFI-QDA)…", null),
    EXPORT_REFI_PROJECT("Export project (REFI-QDA)…", null),
    MERGE_PROJECT("Merge project…", null),
    IMPORT_CODEBOOK("Import codebook (.qdc)…", null),
    EXPORT_CODEBOOK("Export codebook (.qdc)…", null),
    EXPORT_STUDY_REPORT("Export study report…", FontAwesome.Glyph.FILE_TEXT_ALT),
    CLOSE_PROJECT("Close project", null, "Shortcut+Shift+W"),
    /** Ctrl+W closes the window it is pressed in, here as in every analysis window (issue 18). */
    CLOSE_WINDOW("Close window", null, "Shortcut+W"),
    QUIT("Quit", null, "Shortcut+Q"),
    UNDO("Undo", FontAwesome.Glyph.UNDO, "Shortcut+Z"),
    REDO("Redo", FontAwesome.Glyph.REPEAT, "Shortcut+Shift+Z", "Shortcut+Y"),
    CITATIONS_TABLE("Citations table", FontAwesome.Glyph.TABLE, "Shortcut+T"),
    COOCCURRENCE("Code co-occurrence", FontAwesome.Glyph.TH, "Shortcut+Shift+O"),
    PARTICIPANT_STATISTICS("Participant statistics", FontAwesome.Glyph.BAR_CHART),
    INTERCODER_AGREEMENT("Intercoder agreement…", null),
    QUOTATIONS("Quotations", FontAwesome.Glyph.QUOTE_RIGHT, "Shortcut+Shift+Q"),
    SEARCH("Search the project…", FontAwesome.Glyph.SEARCH, "Shortcut+Shift+F"),
    /** The find bar of the viewer (issue 10); the search window limited to the transcript is the next one. */
    FIND_IN_TRANSCRIPT("Find in this transcript", null, "Shortcut+F"),
    SEARCH_TRANSCRIPT("Search this transcript…", null),
    WORD_FREQUENCIES("Word frequencies", FontAwesome.Glyph.FONT, "Shortcut+Shift+L"),
    NEW_NETWORK("New network…", null),
    OPEN_NETWORK("Open network…", FontAwesome.Glyph.SITEMAP, "Shortcut+G"),
    CODER_NAME("Coder name…", null),
    PREFERENCES("Preferences…", null, "Shortcut+Comma"),
    QUICK_CODE("Quick code…", FontAwesome.Glyph.TAG, "Shortcut+K"),
    CODE_IN_VIVO("Code in vivo", FontAwesome.Glyph.QUOTE_LEFT, "Shortcut+I"),
    APPLY_LAST_CODE("Apply last code again", null, "F4"),
    RESIZE_QUOTATION("Set quotation to selection", null, "Shortcut+R"),
    COMMENT_QUOTATION("Comment quotation", FontAwesome.Glyph.COMMENT, "Shortcut+Shift+M"),
    DELETE_QUOTATION("Delete quotation", null, "Shortcut+Delete"),
    NEXT_QUOTATION("Next quotation", null, "Alt+Down"),
    PREVIOUS_QUOTATION("Previous quotation", null, "Alt+Up"),
    NEW_CODE("New code…", FontAwesome.Glyph.PLUS, "Shortcut+Shift+N"),
    RENAME_CODE("Rename code…", null, "F2"),
    MERGE_CODE("Merge code into…", null),
    FIND_CODE("Find code", FontAwesome.Glyph.SEARCH, "Shortcut+Alt+F"),
    NEW_MEMO("New memo", FontAwesome.Glyph.EDIT, "Shortcut+M"),
    USER_GUIDE("User guide", FontAwesome.Glyph.BOOK, "Shift+F1"),
    SHORTCUTS("Keyboard shortcuts", null, "F1"),
    ABOUT("About Grounded", null),
    RESET_PANES("Reset panes", null);

    private final String label;
    private final FontAwesome.Glyph icon;
    private final List<KeyCombination> accelerators;

    Command(String label, FontAwesome.Glyph icon, String... accelerators) {
        this.label = label;
        this.icon = icon;
        this.accelerators = java.util.Arrays.stream(accelerators).map(KeyCombination::keyCombination).toList();
    }

    public String label() {
        return label;
    }

    /** The label without a trailing ellipsis, for toolbar tooltips and the help list. */
    public String shortLabel() {
        return label.endsWith("…") ? label.substring(0, label.length() - 1) : label;
    }

    public Optional<FontAwesome.Glyph> icon() {
        return Optional.ofNullable(icon);
    }

    /** The shortcut shown in the menu. */
    public Optional<KeyCombination> accelerator() {
        return accelerators.stream().findFirst();
    }

    /** Every shortcut, the menu's first (Redo has two). */
    public List<KeyCombination> accelerators() {
        return accelerators;
    }

    /** The shortcuts as the user reads them: "Ctrl+Shift+Z or Ctrl+Y". */
    public String acceleratorText() {
        return String.join(" or ", accelerators.stream().map(KeyCombination::getDisplayText).toList());
    }

    /** The commands that have keyboard shortcuts, in menu order, for the shortcuts help. */
    public static List<ShortcutsDialog.Shortcut> shortcuts() {
        return Arrays.stream(values()).filter(command -> !command.accelerators().isEmpty())
                .map(command -> new ShortcutsDialog.Shortcut(command.shortLabel(), command.acceleratorText()))
                .toList();
    }
}
