package org.grounded.model.edits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.grounded.model.Code;
import org.grounded.model.Project;
import org.grounded.model.TextFolding;
import org.grounded.model.TextRanges;

/**
 * Code names. A code name is unique in the whole project, compared without regard to case, as
 * Atlas.ti and NVivo users expect: "Fears" under two categories would be two rows with one name
 * in every table and export, and a typed name must say which code it means.
 */
public final class CodeNames {

    /** The longest in-vivo name, ellipsis included; longer selections are cut at a word. */
    public static final int MAX_IN_VIVO_LENGTH = 60;
    private static final String ELLIPSIS = "…";
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** Quote marks around the selected words, which an in-vivo name leaves out. */
    private static final String QUOTES = "\"'“”‘’«»„‚‹›";

    private CodeNames() {
    }

    /**
     * The name of an in-vivo code for the selected words: white space trimmed and collapsed to
     * single spaces, enclosing quote marks dropped, and a name longer than
     * {@value #MAX_IN_VIVO_LENGTH} characters cut at the last word that fits, followed by "…"
     * (cut inside the word only when a single word is longer than that). Never splits an emoji.
     *
     * @throws IllegalArgumentException when the selection holds no words
     */
    public static String inVivo(String selectedText) {
        String name = WHITE_SPACE.matcher(selectedText).replaceAll(" ").strip();
        while (name.length() >= 2 && QUOTES.indexOf(name.charAt(0)) >= 0) {
            name = name.substring(1).strip();
        }
        while (!name.isEmpty() && QUOTES.indexOf(name.charAt(name.length() - 1)) >= 0) {
            name = name.substring(0, name.length() - 1).strip();
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("The selection has no words to name an in-vivo code after");
        }
        if (name.length() <= MAX_IN_VIVO_LENGTH) {
            return name;
        }
        int limit = MAX_IN_VIVO_LENGTH - ELLIPSIS.length();
        int cut = name.lastIndexOf(' ', limit);
        if (cut <= 0) {
            cut = TextRanges.splitsSurrogatePair(name, limit) ? limit - 1 : limit;
        }
        return name.substring(0, cut).strip() + ELLIPSIS;
    }

    /**
     * Codes for the quick-code box as the user types: those whose name starts with the typed text
     * first, then those that contain it, each in code-tree order, ignoring case and accents.
     */
    public static List<Code> suggestions(Project project, String typed, int limit) {
        String wanted = TextFolding.fold(typed == null ? "" : typed).strip();
        List<Code> starting = new ArrayList<>();
        List<Code> containing = new ArrayList<>();
        for (Code code : project.codes()) {
            String name = TextFolding.fold(code.name());
            if (name.startsWith(wanted)) {
                starting.add(code);
            } else if (name.contains(wanted)) {
                containing.add(code);
            }
        }
        starting.addAll(containing);
        return List.copyOf(starting.subList(0, Math.min(limit, starting.size())));
    }

    /** The code with this name, whatever its case, as the draft stands. */
    static Optional<Code> find(Draft draft, String name) {
        String wanted = name.strip();
        return draft.all(Code.class).stream().filter(code -> code.name().equalsIgnoreCase(wanted)).findFirst();
    }

    /** Refuses a name another code (not {@code self}) already has. */
    static String requireUnique(Draft draft, String name, UUID self) {
        String wanted = requireName(name);
        find(draft, wanted).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new IllegalArgumentException("There is already a code named '" + other.name() + "'");
        });
        return wanted;
    }

    static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A code needs a name");
        }
        return name.strip();
    }
}
