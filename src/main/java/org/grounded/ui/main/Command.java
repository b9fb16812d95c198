package org.grounded.ui.main;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCombination;
import org.controlsfx.glyphfont.FontAwesome;
import org.grounded.ui.help.ShortcutsDialog;
import org.grounded.ui.i18n.Localization;

import static org.grounded.ui.i18n.Localization.langKey;

/**
 * The window's commands with their labels, keyboard shortcuts and toolbar icons: one list that
 * the menus, the toolbar and the keyboard-shortcuts help all read, so they never disagree.
 */
public enum Command {
    NEW_PROJECT(langKey("New project"), FontAwesome.Glyph.FILE_ALT, "Shortcut+N"), // NON-NLS: key names
    OPEN_PROJECT(langKey("Open…"), FontAwesome.Glyph.FOLDER_OPEN_ALT, "Shortcut+O"), // NON-NLS: key names
    SAVE(langKey("Save"), FontAwesome.Glyph.SAVE, "Shortcut+S"), // NON-NLS: key names
    SAVE_AS(langKey("Save as…"), null, "Shortcut+Shift+S"), // NON-NLS: key names
    STUDY_PROPERTIES(langKey("Study properties…"), null),
    IMPORT_TRANSCRIPTS(langKey("Import transcripts…"), FontAwesome.Glyph.DOWNLOAD, "Shortcut+Shift+I"), // NON-NLS: key names
    IMPORT_PARTICIPANTS(langKey("Import participants from spreadsheet…"), FontAwesome.Glyph.TABLE),
    IMPORT_DOCUMENT_ATTRIBUTES(langKey("Import document attributes from spreadsheet…"), null),
    EXPORT_PARTICIPANTS(langKey("Export participants table…"), null),
    IMPORT_REFI_PROJECT(langKey("Import project (REFI-QDA)…"), null),
    EXPORT_REFI_PROJECT(langKey("Export project (REFI-QDA)…"), null),
    MERGE_PROJECT(langKey("Merge project…"), null),
    IMPORT_CODEBOOK(langKey("Import codebook (.qdc)…"), null),
    EXPORT_CODEBOOK(langKey("Export codebook (.qdc)…"), null),
    EXPORT_STUDY_REPORT(langKey("Export study report…"), FontAwesome.Glyph.FILE_TEXT_ALT),
    CLOSE_PROJECT(langKey("Close project"), null, "Shortcut+Shift+W"), // NON-NLS: key names
    /** Ctrl+W closes the window it is pressed in, here as in every analysis window (issue 18). */
    CLOSE_WINDOW(langKey("Close window"), null, "Shortcut+W"), // NON-NLS: key names
    QUIT(langKey("Quit"), null, "Shortcut+Q"), // NON-NLS: key names
    UNDO(langKey("Undo"), FontAwesome.Glyph.UNDO, "Shortcut+Z"), // NON-NLS: key names
    REDO(langKey("Redo"), FontAwesome.Glyph.REPEAT, "Shortcut+Shift+Z", "Shortcut+Y"), // NON-NLS: key names
    CITATIONS_TABLE(langKey("Citations table"), FontAwesome.Glyph.TABLE, "Shortcut+T"), // NON-NLS: key names
    COOCCURRENCE(langKey("Code co-occurrence"), FontAwesome.Glyph.TH, "Shortcut+Shift+O"), // NON-NLS: key names
    PARTICIPANT_STATISTICS(langKey("Participant statistics"), FontAwesome.Glyph.BAR_CHART),
    INTERCODER_AGREEMENT(langKey("Intercoder agreement…"), null),
    QUOTATIONS(langKey("Quotations"), FontAwesome.Glyph.QUOTE_RIGHT, "Shortcut+Shift+Q"), // NON-NLS: key names
    SEARCH(langKey("Search the project…"), FontAwesome.Glyph.SEARCH, "Shortcut+Shift+F"), // NON-NLS: key names
    /** The find bar of the viewer (issue 10); the search window limited to the transcript is the next one. */
    FIND_IN_TRANSCRIPT(langKey("Find in this transcript"), null, "Shortcut+F"), // NON-NLS: key names
    SEARCH_TRANSCRIPT(langKey("Search this transcript…"), null),
    WORD_FREQUENCIES(langKey("Word frequencies"), FontAwesome.Glyph.FONT, "Shortcut+Shift+L"), // NON-NLS: key names
    NEW_NETWORK(langKey("New network…"), null),
    OPEN_NETWORK(langKey("Open network…"), FontAwesome.Glyph.SITEMAP, "Shortcut+G"), // NON-NLS: key names
    CODER_NAME(langKey("Coder name…"), null),
    PREFERENCES(langKey("Preferences…"), null, "Shortcut+Comma"), // NON-NLS: key names
    QUICK_CODE(langKey("Quick code…"), FontAwesome.Glyph.TAG, "Shortcut+K"), // NON-NLS: key names
    CODE_IN_VIVO(langKey("Code in vivo"), FontAwesome.Glyph.QUOTE_LEFT, "Shortcut+I"), // NON-NLS: key names
    APPLY_LAST_CODE(langKey("Apply last code again"), null, "F4"), // NON-NLS: key names
    RESIZE_QUOTATION(langKey("Set quotation to selection"), null, "Shortcut+R"), // NON-NLS: key names
    COMMENT_QUOTATION(langKey("Comment quotation"), FontAwesome.Glyph.COMMENT, "Shortcut+Shift+M"), // NON-NLS: key names
    DELETE_QUOTATION(langKey("Delete quotation"), null, "Shortcut+Delete"), // NON-NLS: key names
    NEXT_QUOTATION(langKey("Next quotation"), null, "Alt+Down"), // NON-NLS: key names
    PREVIOUS_QUOTATION(langKey("Previous quotation"), null, "Alt+Up"), // NON-NLS: key names
    NEW_CODE(langKey("New code…"), FontAwesome.Glyph.PLUS, "Shortcut+Shift+N"), // NON-NLS: key names
    RENAME_CODE(langKey("Rename code…"), null, "F2"), // NON-NLS: key names
    MERGE_CODE(langKey("Merge code into…"), null),
    FIND_CODE(langKey("Find code"), FontAwesome.Glyph.SEARCH, "Shortcut+Alt+F"), // NON-NLS: key names
    NEW_MEMO(langKey("New memo"), FontAwesome.Glyph.EDIT, "Shortcut+M"), // NON-NLS: key names
    USER_GUIDE(langKey("User guide"), FontAwesome.Glyph.BOOK, "Shift+F1"), // NON-NLS: key names
    SHORTCUTS(langKey("Keyboard shortcuts"), null, "F1"), // NON-NLS: key names
    ABOUT(langKey("About Grounded"), null),
    RESET_PANES(langKey("Reset panes"), null);

    private final String label;
    private final FontAwesome.Glyph icon;
    private final List<KeyCombination> accelerators;

    Command(String label, FontAwesome.Glyph icon, String... accelerators) {
        this.label = label;
        this.icon = icon;
        this.accelerators = java.util.Arrays.stream(accelerators).map(KeyCombination::keyCombination).toList();
    }

    /** The label in the window's language. */
    public String label() {
        return Localization.lang(label);
    }

    /** The label without a trailing ellipsis, for toolbar tooltips and the help list. */
    public String shortLabel() {
        String text = label();
        return text.endsWith("…") ? text.substring(0, text.length() - 1) : text;
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
        return String.join(Localization.lang(" or "), accelerators.stream().map(KeyCombination::getDisplayText).toList());
    }

    /** The commands that have keyboard shortcuts, in menu order, for the shortcuts help. */
    public static List<ShortcutsDialog.Shortcut> shortcuts() {
        return Arrays.stream(values()).filter(command -> !command.accelerators().isEmpty())
                .map(command -> new ShortcutsDialog.Shortcut(command.shortLabel(), command.acceleratorText()))
                .toList();
    }
}
