package org.grounded.ui.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The window's sources read as the bundle checks need them: every string literal of every file
 * under {@code src/main/java/org/grounded/ui}, whether it is the text of a
 * {@code Localization.lang(…)} call, and whether it looks like words a user would read.
 *
 * <p>Run as a program after {@code mvn -q -o test-compile}, from the project's folder
 * ({@code java -cp target/classes:target/test-classes org.grounded.ui.i18n.UiSources}), it adds the keys the sources use and the
 * English file lacks, and prints, per other language, the lines still to translate.
 */
public final class UiSources {

    static final Path UI = Path.of("src/main/java/org/grounded/ui");
    static final Path BUNDLES = Path.of("src/main/resources/org/grounded/ui/i18n");
    /** Where edits are named ({@code EditName.of("Import %0 transcripts", n)}): their templates are keys too. */
    static final Path MODEL = Path.of("src/main/java/org/grounded/model");

    /** One string literal: where it is, its value, and what surrounds it. */
    record Literal(Path file, int line, String value, boolean langKey, String lineText) {

        /** "ui/welcome/WelcomeView.java:23" */
        String where() {
            return UI.getParent().relativize(file).toString().replace('\\', '/') + ":" + line;
        }
    }

    private static final Pattern LANG_CALL = Pattern.compile("(\\blang(Key)?|\\bEditName\\.of)\\(\\s*$");
    /** Lines whose literals are style classes, ids, lookups, logs or programming errors, never shown. */
    private static final Pattern NOT_SHOWN = Pattern.compile(
            "getStyleClass\\(\\)|setId\\(|\\.lookup(All)?\\(|setStyle\\(|\\bLOG\\.|PseudoClass\\.getPseudoClass"
                    + "|Exception\\(|requireNonNull\\(|getResource(AsStream)?\\(|// NON-NLS");

    private UiSources() {
    }

    /** Every literal of every source file under {@code ui}. */
    static List<Literal> literals() {
        return literalsUnder(UI);
    }

    /** Every literal of every source file under {@code folder}. */
    static List<Literal> literalsUnder(Path folder) {
        List<Literal> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                all.addAll(literalsOf(file, Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** The literals of one file, with the text before each on its line to judge the context. */
    static List<Literal> literalsOf(Path file, String source) {
        List<Literal> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != '\'') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else if (c == '"' && source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                String value = source.substring(i + 3, end);
                found.add(new Literal(file, line, value.strip(), langBefore(source, i), lines[line - 1]));
                line += count(source, i, end);
                i = end + 3;
            } else if (c == '"') {
                int j = i + 1;
                StringBuilder value = new StringBuilder();
                while (j < n && source.charAt(j) != '"') {
                    char d = source.charAt(j);
                    if (d == '\\') {
                        j = unescape(source, j, value);
                    } else {
                        value.append(d);
                        j++;
                    }
                }
                found.add(new Literal(file, line, value.toString(), langBefore(source, i), lines[line - 1]));
                i = j + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    /** Whether the literal is the first argument of {@code lang(}. */
    private static boolean langBefore(String source, int quote) {
        int from = Math.max(0, quote - 40);
        return LANG_CALL.matcher(source.substring(from, quote)).find();
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int k = from; k < to && k < s.length(); k++) {
            if (s.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static int unescape(String s, int at, StringBuilder out) {
        char e = s.charAt(at + 1);
        switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 's' -> out.append(' ');
            case 'u' -> {
                int k = at + 1;
                while (s.charAt(k) == 'u') {
                    k++;
                }
                out.append((char) Integer.parseInt(s.substring(k, k + 4), 16));
                return k + 4;
            }
            default -> {
                if (e >= '0' && e <= '7') {
                    int k = at + 1;
                    int value = 0;
                    while (k < s.length() && k < at + 4 && s.charAt(k) >= '0' && s.charAt(k) <= '7') {
                        value = value * 8 + (s.charAt(k) - '0');
                        k++;
                    }
                    out.append((char) value);
                    return k;
                }
                out.append(e);
            }
        }
        return at + 2;
    }

    /**
     * Whether a literal reads as words for a user: it has a letter and a space between words,
     * or starts with a capital followed by a small letter ("Open", "Codes"), or ends in "…" or ":".
     * Style classes, ids, keys, file extensions, format names ("CSV") and paths do not.
     */
    static boolean looksLikeText(String value) {
        String v = value.strip();
        if (v.isEmpty() || v.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        if (v.startsWith("-fx-") || v.startsWith("/") || v.startsWith("%") && v.length() <= 4
                || v.matches("[a-z0-9_.:/#-]+") || v.matches("[A-Z0-9_.+*/ -]+") || v.matches("[^\\s]*[/\\\\][^\\s]*")
                || v.matches("\\*?\\.[A-Za-z0-9]+") || v.startsWith("http")) {
            return false;
        }
        return v.matches("(?s).*\\p{L}[\\p{L}\\p{P}]*\\s+\\S.*") || v.matches("(?s)\\p{Lu}\\p{Ll}.*")
                || v.endsWith("…") || v.endsWith(":");
    }

    /** Whether the line the literal is on says it is never shown (style class, id, log, error for programmers). */
    static boolean notShown(Literal literal) {
        return NOT_SHOWN.matcher(literal.lineText()).find();
    }

    /**
     * The keys the sources ask for, in order of first use: the window's texts, and the names of
     * edits written in {@code model} (shown in the Edit menu, decision 0043).
     */
    static Set<String> keysUsed() {
        Set<String> keys = new java.util.LinkedHashSet<>();
        literals().stream().filter(Literal::langKey).forEach(l -> keys.add(l.value()));
        editNameKeys().forEach(keys::add);
        return keys;
    }

    /** The templates of the edits' names written in {@code model} ({@code EditName.of("…")}). */
    static List<String> editNameKeys() {
        return literalsUnder(MODEL).stream().filter(Literal::langKey).map(Literal::value).distinct().toList();
    }

    /** {@code EditName.of(} calls in {@code folder} whose template is not written out as a literal. */
    static List<String> editNamesWithoutLiteral(Path folder) {
        List<String> found = new ArrayList<>();
        Pattern call = Pattern.compile("\\bEditName\\.of\\(\\s*(?!\")");
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (call.matcher(lines[i]).find() && !lines[i].strip().startsWith("*")) {
                        found.add(file + ":" + (i + 1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** A properties-file line for {@code key=value}, escaped so that {@link java.util.Properties} reads it back. */
    static String propertiesLine(String key, String value) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < key.length(); k++) {
            char c = key.charAt(k);
            switch (c) {
                case ' ', '=', ':', '#', '!', '\\' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        out.append('=');
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case ' ' -> out.append(k == 0 ? "\\ " : " ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The placeholders ({@code %0} … {@code %9}) a text uses. */
    static Set<String> placeholders(String text) {
        Set<String> found = new java.util.TreeSet<>();
        Matcher m = Pattern.compile("%\\d").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** Adds missing keys to the English file and prints what each other language lacks. */
    public static void main(String[] args) throws IOException {
        Set<String> used = keysUsed();
        Path english = BUNDLES.resolve("Grounded_en.properties");
        Map<String, String> en = Localization.texts(Locale.ENGLISH);
        StringBuilder add = new StringBuilder();
        for (String key : used) {
            if (!en.containsKey(key)) {
                add.append(propertiesLine(key, key)).append('\n');
            }
        }
        if (!add.isEmpty()) {
            Files.writeString(english, add.toString(), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            System.out.println("Added to " + english + ":\n" + add);
        }
        for (Locale other : Localization.LANGUAGES.subList(1, Localization.LANGUAGES.size())) {
            Map<String, String> texts = Localization.texts(other);
            Map<String, String> missing = new TreeMap<>();
            used.stream().filter(k -> !texts.containsKey(k)).forEach(k -> missing.put(k, k));
            if (!missing.isEmpty()) {
                System.out.println("# Missing from Grounded_" + other.getLanguage() + ".properties (" + missing.size()
                        + "): translate the right-hand sides");
                missing.forEach((k, v) -> System.out.println(propertiesLine(k, v)));
            }
        }
    }
}
