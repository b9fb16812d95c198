package org.grounded.io.project;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Coding;
import org.grounded.model.Quotation;

/**
 * The records of a file of the current schema read from its tokens, the quotations (nine tenths
 * of a large project) by hand and every other entry through the mapper as before. Databind spent
 * two thirds of opening a large project on the quotations: a property buffer, reflection and a
 * duplicate-name set per object (issue 21).
 *
 * <p>It reads only what the mapper reads the same: each value of the type Grounded writes, or
 * null where the mapper passes null on. Anything else — an unknown or repeated name, a number
 * where text belongs, a uuid in another form, an instant the short parser does not take, a value
 * the model refuses — and it gives up (empty), so that the mapper and then the tree read the file
 * as before and say what is wrong in their words. Repeated names, which the parser finds in the
 * other paths, are found here by a bit per field (in the quotations) and by the tree's own check
 * (in the other entries, read as trees and then mapped).
 */
final class StreamedContent {

    private static final String QUOTATIONS = "quotations";
    private static final String SCHEMA_VERSION = "schemaVersion";

    private final ObjectMapper mapper;
    /** The mapper's trees, a repeated name refused as there, of one entry with the file's next ones after it. */
    private final ObjectReader trees;
    /** The type of each top-level entry but the quotations and the version, as the record declares it. */
    private final Map<String, JavaType> entryTypes = new HashMap<>();

    StreamedContent(ObjectMapper mapper) {
        this.mapper = mapper;
        this.trees = mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        for (RecordComponent component : ProjectFileContent.class.getRecordComponents()) {
            if (!component.getName().equals(QUOTATIONS) && !component.getName().equals(SCHEMA_VERSION)) {
                entryTypes.put(component.getName(), mapper.constructType(component.getGenericType()));
            }
        }
    }

    /** The file's records, or empty when anything in it is not as Grounded writes it. */
    Optional<ProjectFileContent> read(byte[] bytes, int currentVersion) {
        try (JsonParser parser = mapper.createParser(bytes)) {
            // Names repeated within an object are found below, without a set per object.
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            return Optional.of(content(parser, currentVersion));
        } catch (IOException | RuntimeException e) {
            // NotAsWritten included: the mapper, then the tree, read the file and say what is wrong.
            return Optional.empty();
        }
    }

    /**
     * Where the file is not as Grounded writes it: reading gives up. Thrown, not returned, so that
     * each field reads in one line; it carries no stack trace, being an answer rather than an error.
     */
    private static final class NotAsWritten extends RuntimeException {
        NotAsWritten() {
            super(null, null, false, false);
        }
    }

    private static void require(boolean asWritten) {
        if (!asWritten) {
            throw new NotAsWritten();
        }
    }

    private ProjectFileContent content(JsonParser parser, int currentVersion) throws IOException {
        require(parser.nextToken() == JsonToken.START_OBJECT);
        Map<String, Object> entries = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int version = -1;
        List<Quotation> quotations = null;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            require(seen.add(name));
            JsonToken token = parser.nextToken();
            if (name.equals(SCHEMA_VERSION)) {
                version = integer(parser, token);
            } else if (name.equals(QUOTATIONS)) {
                quotations = array(parser, token, JsonToken.START_OBJECT, (p, t) -> quotation(p));
            } else {
                JavaType type = entryTypes.get(name);
                require(type != null);
                JsonNode tree = trees.readTree(parser);
                entries.put(name, tree == null || tree.isNull() ? null : mapper.treeToValue(tree, type));
            }
        }
        require(parser.currentToken() == JsonToken.END_OBJECT && parser.nextToken() == null
                && version == currentVersion);
        return new ProjectFileContent(version, (String) entries.get("generator"),
                (org.grounded.model.ProjectInfo) entries.get("project"),
                list(entries, "attributeDefinitions"), list(entries, "relationTypes"), list(entries, "documents"),
                list(entries, "participants"), list(entries, "codes"), quotations, list(entries, "relations"),
                list(entries, "groups"), list(entries, "networks"), list(entries, "memos"), list(entries, "stopWords"),
                (org.grounded.model.ImportedForm) entries.get("importedForm"));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Map<String, Object> entries, String name) {
        return (List<T>) entries.get(name);
    }

    /** Reads one element of an array, the parser on its first token. */
    @FunctionalInterface
    private interface Element<T> {
        T read(JsonParser parser, JsonToken token) throws IOException;
    }

    /** The elements of the array the parser is on, each starting with {@code elementStart}. */
    private static <T> List<T> array(JsonParser parser, JsonToken token, JsonToken elementStart, Element<T> element)
            throws IOException {
        require(token == JsonToken.START_ARRAY);
        List<T> elements = new ArrayList<>(2);
        JsonToken next;
        while ((next = parser.nextToken()) == elementStart) {
            elements.add(element.read(parser, next));
        }
        require(next == JsonToken.END_ARRAY);
        return elements;
    }

    /** Null for a JSON null (the mapper passes it on), else the array. */
    private static <T> List<T> nullOrArray(JsonParser parser, JsonToken token, JsonToken elementStart,
                                           Element<T> element) throws IOException {
        return token == JsonToken.VALUE_NULL ? null : array(parser, token, elementStart, element);
    }

    /** A field's bit added to those seen; a repeated name gives up. */
    private static int once(int seen, int bit) {
        require((seen & bit) == 0);
        return seen | bit;
    }

    private static final int ID = 1;
    private static final int DOCUMENT_ID = 1 << 1;
    private static final int START = 1 << 2;
    private static final int END = 1 << 3;
    private static final int CODE_IDS = 1 << 4;
    private static final int COMMENT = 1 << 5;
    private static final int CODER = 1 << 6;
    private static final int CREATED_AT = 1 << 7;
    private static final int NAME = 1 << 8;
    private static final int CODINGS = 1 << 9;

    /**
     * One quotation, the parser on its START_OBJECT. A missing number gives up (the mapper's rule
     * for an absent primitive is not repeated here); a missing object is null, as the mapper passes it.
     */
    private static Quotation quotation(JsonParser parser) throws IOException {
        UUID id = null;
        UUID documentId = null;
        int start = 0;
        int end = 0;
        List<UUID> codeIds = null;
        String comment = null;
        String coder = null;
        Instant createdAt = null;
        String name = null;
        List<Coding> codings = null;
        int seen = 0;
        String field;
        while ((field = parser.nextFieldName()) != null) {
            JsonToken token = parser.nextToken();
            switch (field) {
                case "id" -> {
                    seen = once(seen, ID);
                    id = uuid(parser, token);
                }
                case "documentId" -> {
                    seen = once(seen, DOCUMENT_ID);
                    documentId = uuid(parser, token);
                }
                case "start" -> {
                    seen = once(seen, START);
                    start = integer(parser, token);
                }
                case "end" -> {
                    seen = once(seen, END);
                    end = integer(parser, token);
                }
                case "codeIds" -> {
                    seen = once(seen, CODE_IDS);
                    codeIds = nullOrArray(parser, token, JsonToken.VALUE_STRING, StreamedContent::uuid);
                }
                case "comment" -> {
                    seen = once(seen, COMMENT);
                    comment = text(parser, token);
                }
                case "coder" -> {
                    seen = once(seen, CODER);
                    coder = text(parser, token);
                }
                case "createdAt" -> {
                    seen = once(seen, CREATED_AT);
                    createdAt = instant(parser, token);
                }
                case "name" -> {
                    seen = once(seen, NAME);
                    name = text(parser, token);
                }
                case "codings" -> {
                    seen = once(seen, CODINGS);
                    codings = nullOrArray(parser, token, JsonToken.START_OBJECT, (p, t) -> coding(p));
                }
                default -> throw new NotAsWritten();
            }
        }
        require((seen & (START | END)) == (START | END));
        // Whatever the model refuses (an empty range) is a RuntimeException: read() gives up.
        return new Quotation(id, documentId, start, end, codeIds, comment, coder, createdAt, name, codings);
    }

    private static final int CODING_CODE_ID = 1;
    private static final int CODING_CODER = 1 << 1;
    private static final int CODING_CREATED_AT = 1 << 2;

    private static Coding coding(JsonParser parser) throws IOException {
        UUID codeId = null;
        String coder = null;
        Instant createdAt = null;
        int seen = 0;
        String field;
        while ((field = parser.nextFieldName()) != null) {
            JsonToken token = parser.nextToken();
            switch (field) {
                case "codeId" -> {
                    seen = once(seen, CODING_CODE_ID);
                    codeId = uuid(parser, token);
                }
                case "coder" -> {
                    seen = once(seen, CODING_CODER);
                    coder = text(parser, token);
                }
                case "createdAt" -> {
                    seen = once(seen, CODING_CREATED_AT);
                    createdAt = instant(parser, token);
                }
                default -> throw new NotAsWritten();
            }
        }
        return new Coding(codeId, coder, createdAt);
    }

    /** An int as Grounded writes it: a fraction, text or a number past an int's range gives up. */
    private static int integer(JsonParser parser, JsonToken token) throws IOException {
        require(token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT);
        return parser.getIntValue();
    }

    /** Text or null, as the mapper takes them for a String; a number or a boolean it would turn into text gives up. */
    private static String text(JsonParser parser, JsonToken token) throws IOException {
        require(token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NULL);
        return parser.getValueAsString();
    }

    /** An instant in {@link Instant#toString()}'s form; anything else (a JSON null included) gives up. */
    private static Instant instant(JsonParser parser, JsonToken token) throws IOException {
        require(token == JsonToken.VALUE_STRING);
        Instant instant = InstantJson.parse(parser.getText());
        require(instant != null);
        return instant;
    }

    /**
     * A uuid in its 36-character form, hex digits of either case, as the mapper reads it (and
     * {@link UUID#toString()} writes it); anything else (a JSON null included) gives up.
     */
    private static UUID uuid(JsonParser parser, JsonToken token) throws IOException {
        require(token == JsonToken.VALUE_STRING && parser.getTextLength() == 36);
        char[] text = parser.getTextCharacters();
        int at = parser.getTextOffset();
        require(text[at + 8] == '-' && text[at + 13] == '-' && text[at + 18] == '-' && text[at + 23] == '-');
        long high = hex(text, at, 8);
        long mid = hex(text, at + 9, 4);
        long highEnd = hex(text, at + 14, 4);
        long low = hex(text, at + 19, 4);
        long lowEnd = hex(text, at + 24, 12);
        require((high | mid | highEnd | low | lowEnd) >= 0);
        return new UUID(high << 32 | mid << 16 | highEnd, low << 48 | lowEnd);
    }

    /** The value of {@code count} (at most 15) hex digits, or -1. */
    private static long hex(char[] text, int at, int count) {
        long value = 0;
        for (int i = at; i < at + count; i++) {
            int digit = Character.digit(text[i], 16);
            if (digit < 0 || text[i] > 'f') {
                return -1;
            }
            value = value << 4 | digit;
        }
        return value;
    }
}
