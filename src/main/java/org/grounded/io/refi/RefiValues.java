package org.grounded.io.refi;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The value formats of REFI-QDA (GUIDs, date-times, colours) to and from Grounded's. */
final class RefiValues {

    private static final Pattern GUID = Pattern.compile(
            "\\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})}?");
    private static final Pattern LONG_COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern SHORT_COLOUR = Pattern.compile("#[0-9a-fA-F]{3}");

    private RefiValues() {
    }

    /** The GUID as a UUID; with or without braces, any case. */
    static Optional<UUID> guid(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var matcher = GUID.matcher(value.strip());
        return matcher.matches() ? Optional.of(UUID.fromString(matcher.group(1))) : Optional.empty();
    }

    /** The key under which a GUID is looked up: lower case, no braces; the raw text when it is no GUID. */
    static String key(String value) {
        return guid(value).map(UUID::toString).orElse(value == null ? "" : value.strip().toLowerCase(Locale.ROOT));
    }

    /** A stable id for something REFI-QDA gives no GUID of its own (a coding, a user), derived from what it is. */
    static UUID derived(String kind, Object... parts) {
        StringBuilder key = new StringBuilder("grounded:").append(kind);
        for (Object part : parts) {
            key.append(':').append(part);
        }
        return UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** An xsd:dateTime; one without a zone is taken as UTC. */
    static Optional<Instant> dateTime(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }

    /**
     * An xsd:dateTime in UTC, to the millisecond: tools built on .NET read at most seven
     * fractional digits, and nobody codes faster than a millisecond.
     */
    static String format(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /** A colour as #RRGGBB (REFI-QDA also allows #RGB), empty when it is not a colour. */
    static Optional<String> colour(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        if (LONG_COLOUR.matcher(text).matches()) {
            return Optional.of(text.toUpperCase(Locale.ROOT));
        }
        if (SHORT_COLOUR.matcher(text).matches()) {
            StringBuilder colour = new StringBuilder("#");
            for (int i = 1; i < 4; i++) {
                colour.append(text.charAt(i)).append(text.charAt(i));
            }
            return Optional.of(colour.toString().toUpperCase(Locale.ROOT));
        }
        return Optional.empty();
    }
}
