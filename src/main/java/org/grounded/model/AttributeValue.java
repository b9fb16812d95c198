package org.grounded.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A typed attribute value. The value is kept as its canonical text (a plain decimal number, an
 * ISO-8601 date) so that the project file stays readable and exact: a participant aged 29 is
 * never written back as 29.000000001.
 */
public record AttributeValue(AttributeType type, String value) {

    public AttributeValue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        switch (type) {
            case NUMBER -> value = canonicalNumber(value);
            case DATE -> value = canonicalDate(value);
            default -> {
            }
        }
    }

    public static AttributeValue text(String value) {
        return new AttributeValue(AttributeType.TEXT, value);
    }

    public static AttributeValue category(String value) {
        return new AttributeValue(AttributeType.CATEGORY, value);
    }

    public static AttributeValue number(BigDecimal value) {
        return new AttributeValue(AttributeType.NUMBER, value.toPlainString());
    }

    public static AttributeValue number(long value) {
        return new AttributeValue(AttributeType.NUMBER, Long.toString(value));
    }

    public static AttributeValue date(LocalDate value) {
        return new AttributeValue(AttributeType.DATE, value.toString());
    }

    /** The number, for a NUMBER value. */
    public BigDecimal asNumber() {
        if (type != AttributeType.NUMBER) {
            throw new IllegalStateException("Attribute value '" + value + "' is " + type + ", not a number");
        }
        return new BigDecimal(value);
    }

    /** The date, for a DATE value. */
    public LocalDate asDate() {
        if (type != AttributeType.DATE) {
            throw new IllegalStateException("Attribute value '" + value + "' is " + type + ", not a date");
        }
        return LocalDate.parse(value);
    }

    private static String canonicalNumber(String raw) {
        try {
            BigDecimal number = new BigDecimal(raw.trim());
            BigDecimal stripped = number.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + raw + "' is not a number", e);
        }
    }

    private static String canonicalDate(String raw) {
        try {
            return LocalDate.parse(raw.trim()).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + raw + "' is not a date in the form YYYY-MM-DD", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
