package org.grounded.io.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.grounded.io.SizeLimits;

/**
 * Jackson's errors in a researcher's words: where in the file or in the project the problem is
 * ({@code at line 12, column 5}, {@code in quotations[3].start}) and what it is, without class
 * names. The model's own messages (a quotation outside its document...) are passed on as they are.
 */
final class JsonProblemText {

    private JsonProblemText() {
    }

    static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return "at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** What is wrong and where, as {@code in quotations[3], "start" is missing.} */
    static String mappingProblem(DatabindException e) {
        List<JsonMappingException.Reference> path = e instanceof JsonMappingException mapping ? mapping.getPath() : List.of();
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            Throwable cause = e.getCause();
            if (cause instanceof NullPointerException && cause.getMessage() != null) {
                return place(path) + "\"" + cause.getMessage() + "\" is missing.";
            }
            return place(path) + sentence(cause.getMessage());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return place(path.subList(0, Math.max(0, path.size() - 1)))
                    + "there is an unknown entry \"" + unknown.getPropertyName() + "\".";
        }
        if (e instanceof InvalidFormatException format) {
            Class<?> type = format.getTargetType();
            String allowed = type != null && type.isEnum()
                    ? " (one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ")) + ")"
                    : "";
            return place(path) + "\"" + format.getValue() + "\" is not " + kindOfValue(type) + allowed + ".";
        }
        String field = path.isEmpty() ? null : path.get(path.size() - 1).getFieldName();
        if (e instanceof MismatchedInputException && field != null && String.valueOf(e.getOriginalMessage()).contains("null")) {
            return place(path.subList(0, path.size() - 1)) + "\"" + field + "\" is missing.";
        }
        return place(path) + sentence(plain(e.getOriginalMessage()));
    }

    private static String kindOfValue(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == Instant.class) {
            return "a date and time (such as 2021-03-04T10:15:30Z)";
        }
        if (type == UUID.class) {
            return "an id (such as 3faa28ce-fedb-4321-9818-30ac78dfaf2f)";
        }
        return "a valid " + type.getSimpleName();
    }

    /** Where in the project a mapping problem is, as {@code in quotations[3].start, }. */
    private static String place(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "" : "in " + path + ", ";
    }

    /** Jackson's wording without package names, source excerpts or second lines. */
    static String plain(String message) {
        if (message == null) {
            return "unknown problem";
        }
        String firstLine = message.lines().findFirst().orElse(message);
        return firstLine.replaceAll("\\b(?:[a-z_][\\w$]*\\.)+([A-Z][\\w$]*)", "$1")
                .replaceAll("\\s*\\(for [^)]*\\[Source[^]]*]\\)", "")
                .replace("`", "")
                .strip();
    }

    /** Which of the reader's limits a file passes ({@link ProjectJson#READ_CONSTRAINTS}), without Jackson's names. */
    static String constraint(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("nesting")) {
            return "its JSON nests deeper than " + SizeLimits.PROJECT_NESTING_DEPTH + " levels";
        }
        if (message.contains("number")) {
            return "it holds a number longer than " + SizeLimits.PROJECT_NUMBER_CHARS + " digits";
        }
        if (message.contains("name")) {
            return "it holds a field name longer than the reader accepts";
        }
        return "it holds a text longer than " + String.format(Locale.ROOT, "%,d",
                SizeLimits.PROJECT_STRING_CHARS) + " characters";
    }

    static String sentence(String message) {
        String text = message == null || message.isBlank() ? "unknown problem" : message.strip();
        return text.endsWith(".") ? text : text + ".";
    }

}
