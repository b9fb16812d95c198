package org.grounded.io.project;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Instants as a project file writes them — {@link Instant#toString()}'s ISO-8601 form, such as
 * {@code 2026-01-07T08:56:50Z} — written and read without {@code DateTimeFormatter}, which took
 * a third of the time of opening a large project and two fifths of saving it (JFR, issue 13:
 * a project has two or three instants per quotation). Text of any other form (an offset, a
 * number, a leap second, a year past 9999) goes to the JavaTimeModule's deserializer as before,
 * so what is accepted and what a damaged value's message says are unchanged.
 */
final class InstantJson {

    private static final int SECONDS_PER_DAY = 86_400;
    /** {@code 0001-01-01T00:00:00Z} and {@code 10000-01-01T00:00:00Z}: the years written with four digits here. */
    private static final long FIRST_SECOND = -62_135_596_800L;
    private static final long END_SECOND = 253_402_300_800L;

    private InstantJson() {
    }

    /** The module; registered after the JavaTimeModule, its (de)serializers take precedence. */
    static SimpleModule module() {
        return new SimpleModule("instants-as-text")
                .addSerializer(Instant.class, new Serializer())
                .addDeserializer(Instant.class, new Deserializer());
    }

    /** Exactly {@link Instant#toString()}. */
    static String format(Instant instant) {
        char[] text = new char[30];
        int length = format(instant, text);
        return length < 0 ? instant.toString() : new String(text, 0, length);
    }

    /**
     * Writes {@code instant} as {@link Instant#toString()} does into {@code text} (30 chars at
     * least) and returns the length, or -1 for a year outside 1–9999 (left to {@code toString}).
     */
    static int format(Instant instant, char[] text) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_SECOND || seconds >= END_SECOND) {
            return -1;
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
        int ofDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        digits(text, 0, date.getYear(), 4);
        text[4] = '-';
        digits(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, date.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, ofDay / 3600, 2);
        text[13] = ':';
        digits(text, 14, ofDay / 60 % 60, 2);
        text[16] = ':';
        digits(text, 17, ofDay % 60, 2);
        int length = 19;
        int nanos = instant.getNano();
        if (nanos != 0) {
            // As ISO_INSTANT: the fraction in groups of three digits, as many as it needs.
            text[length++] = '.';
            if (nanos % 1_000_000 == 0) {
                digits(text, length, nanos / 1_000_000, 3);
                length += 3;
            } else if (nanos % 1_000 == 0) {
                digits(text, length, nanos / 1_000, 6);
                length += 6;
            } else {
                digits(text, length, nanos, 9);
                length += 9;
            }
        }
        text[length++] = 'Z';
        return length;
    }

    private static void digits(char[] text, int at, int value, int count) {
        for (int i = at + count - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /**
     * The instant of text in {@link Instant#toString()}'s form with a year of four digits, or
     * null for any other text (for the general parser to accept or explain).
     */
    static Instant parse(String text) {
        int length = text.length();
        if (length < 20 || length > 30 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(length - 1) != 'Z') {
            return null;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 2);
        int day = number(text, 8, 2);
        int hour = number(text, 11, 2);
        int minute = number(text, 14, 2);
        int second = number(text, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (length > 20) {
            int digits = length - 21;
            if (text.charAt(19) != '.' || digits < 1 || digits > 9) {
                return null;
            }
            nanos = number(text, 20, digits);
            if (nanos < 0) {
                return null;
            }
            for (int i = digits; i < 9; i++) {
                nanos *= 10;
            }
        } else if (length != 20) {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second, nanos);
    }

    /** The decimal number of {@code count} ASCII digits at {@code at}, or -1. */
    private static int number(String text, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static final class Serializer extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider serializers) throws IOException {
            char[] text = new char[30];
            int length = format(value, text);
            if (length < 0) {
                generator.writeString(value.toString());
            } else {
                generator.writeString(text, 0, length);
            }
        }

        @Override
        public Class<Instant> handledType() {
            return Instant.class;
        }
    }

    private static final class Deserializer extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                Instant instant = parse(parser.getText());
                if (instant != null) {
                    return instant;
                }
            }
            return InstantDeserializer.INSTANT.deserialize(parser, context);
        }

        @Override
        public Class<?> handledType() {
            return Instant.class;
        }
    }
}
