package org.grounded.ui.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.grounded.model.EditName;

/**
 * The words the window shows, in the researcher's language (English, Spanish, Malay).
 *
 * <p>Every visible string in {@code ui} is written {@code Localization.lang("Open project…")}: the
 * English text is its own key (as JabRef does), so the code reads as the window does and a
 * missing translation falls back to English rather than to a key. Placeholders are {@code %0} …
 * {@code %9}; numbers given as arguments are formatted in the chosen language ({@code 1,234} /
 * {@code 1.234}). The texts live in {@code Grounded_en.properties}, {@code _es}, {@code _ms} next to
 * this class (UTF-8); tests fail when a key is missing from one of them, when their placeholders
 * differ, or when a string literal in {@code ui} looks like text and is not from here.
 *
 * <p>The language is chosen once, as the application starts (from the preferences, else the
 * system's), before any window is built; changing it applies at the next start. This is the one
 * piece of static state in the window (decision 0035): threading a language object through every
 * view would touch every constructor for a value that never changes while a window lives. Tests
 * that start a window in another language set it first and restore English after.
 *
 * <p>Files written for other programs (CSV, the project file, REFI-QDA) and the command line never
 * go through here: they stay English and locale-neutral.
 */
public final class Localization {

    /** The languages the window speaks, English first (the fallback). */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"),
            Locale.forLanguageTag("ms"));

    private static final String BASE = "/org/grounded/ui/i18n/Grounded_";
    private static final Map<String, Map<String, String>> LOADED = new ConcurrentHashMap<>();

    private static volatile Locale current = Locale.ENGLISH;

    private Localization() {
    }

    /**
     * The text for {@code english} in the chosen language, with {@code %0}, {@code %1} … replaced by
     * {@code args} (numbers formatted for the language).
     */
    public static String lang(String english, Object... args) {
        Objects.requireNonNull(english, "english");
        String text = texts(current).getOrDefault(english, english);
        return args.length == 0 ? text : fill(text, args);
    }

    /**
     * An edit's name in the chosen language: its template is a key like any other (the English
     * words are the key), and its arguments are put in as they are, after translating those that
     * are names themselves ("4 codes") and naming languages in the chosen language. A name known
     * only as text is shown as it is.
     */
    public static String lang(EditName name) {
        Objects.requireNonNull(name, "name");
        String text = name.isPlain() ? name.template() : texts(current).getOrDefault(name.template(), name.template());
        return name.fill(text, Localization::argument);
    }

    private static String argument(Object arg) {
        if (arg instanceof EditName name) {
            return lang(name);
        }
        if (arg instanceof Locale language) {
            return language.getDisplayLanguage(current);
        }
        return format(arg);
    }

    /**
     * Marks {@code english} as a key of the bundles without translating it yet, for texts held in
     * constants (an enum's labels) and translated each time they are shown with {@code lang(key)},
     * so that a language chosen after the class is loaded still applies.
     */
    public static String langKey(String english) {
        return Objects.requireNonNull(english, "english");
    }

    /** The language the window speaks now. */
    public static Locale locale() {
        return current;
    }

    /**
     * Speaks {@code locale}'s language from now on (one of {@link #LANGUAGES}, by language; any
     * other falls back to English). Called once as the application starts, and by tests.
     *
     * @return the language actually used
     */
    public static Locale use(Locale locale) {
        Locale chosen = supported(locale).orElse(Locale.ENGLISH);
        current = chosen;
        return chosen;
    }

    /** The supported language matching {@code locale}'s language, if any. */
    public static Optional<Locale> supported(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst();
    }

    /** The language to start in: the preferred one if supported, else the system's if supported, else English. */
    public static Locale startLanguage(Optional<String> preferredTag, Locale system) {
        return preferredTag.filter(tag -> !tag.isBlank()).map(Locale::forLanguageTag).flatMap(Localization::supported)
                .or(() -> supported(system)).orElse(Locale.ENGLISH);
    }

    /** A whole number as the window's language writes it ({@code 12,345} / {@code 12.345}). */
    public static String number(long value) {
        return NumberFormat.getIntegerInstance(current).format(value);
    }

    /** A number with {@code digits} decimals as the window's language writes it ({@code 0.25} / {@code 0,25}). */
    public static String decimal(double value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(current);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setGroupingUsed(false);
        return format.format(value);
    }

    /** A date (and time, if {@code withTime}) in the window's language and the system's time zone. */
    public static String date(TemporalAccessor moment, boolean withTime) {
        DateTimeFormatter format = (withTime ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)).withLocale(current).withZone(ZoneId.systemDefault());
        return format.format(moment);
    }

    /** Every key and text of {@code locale}'s file (tests and the bundle checks). */
    public static Map<String, String> texts(Locale locale) {
        return LOADED.computeIfAbsent(locale.getLanguage(), Localization::load);
    }

    private static Map<String, String> load(String language) {
        try (InputStream in = Localization.class.getResourceAsStream(BASE + language + ".properties")) {
            if (in == null) {
                return Map.of();
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> texts = new java.util.HashMap<>();
            properties.forEach((key, value) -> texts.put((String) key, (String) value));
            return Map.copyOf(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("The window's texts for '" + language + "' cannot be read", e);
        }
    }

    /** The one placeholder filler is {@link EditName#fill}: an edit's name and a text fill alike. */
    private static String fill(String text, Object[] args) {
        return EditName.fill(text, Arrays.asList(args), Localization::format);
    }

    private static String format(Object arg) {
        if (arg instanceof Integer || arg instanceof Long || arg instanceof Short) {
            return number(((Number) arg).longValue());
        }
        return String.valueOf(arg);
    }
}
