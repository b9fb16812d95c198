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
            return Optional.ofNullable(content(parser, currentVersion));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The records, or null to give up. */
    private ProjectFileContent content(JsonParser parser, int currentVersion) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        Map<String, Object> entries = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int version = -1;
        List<Quotation> quotations = null;
        String name;
        while ((name = parser.nextFieldName()) != null) {
            if (!seen.add(name)) {
                return null;
            }
            JsonToken token = parser.nextToken();
            if (name.equals(SCHEMA_VERSION)) {
                if (!isInt(parser, token)) {
                    return null;
                }
                version = parser.getIntValue();
            } else if (name.equals(QUOTATIONS)) {
                if (token != JsonToken.START_ARRAY || (quotations = quotations(parser)) == null) {
                    return null;
                }
            } else {
                JavaType type = entryTypes.get(name);
                if (type == null) {
                    return null;
                }
                JsonNode tree = trees.readTree(parser);
                entries.put(name, tree == null || tree.isNull() ? null : mapper.treeToValue(tree, type));
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null || version != currentVersion) {
            return null;
        }
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

    /** The quotations from their array's start to its end, or null to give up. */
    private static List<Quotation> quotations(JsonParser parser) throws IOException {
        List<Quotation> quotations = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
            Quotation quotation = quotation(parser);
            if (quotation == null) {
                return null;
            }
            quotations.add(quotation);
        }
        return token == JsonToken.END_ARRAY ? quotations : null;
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
     * One quotation, the parser on its START_OBJECT, or null to give up. A missing number gives
     * up too (the mapper's rule for an absent primitive is not repeated here); a missing object
     * is null, as the mapper passes it.
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
            int bit;
            switch (field) {
                case "id" -> {
                    bit = ID;
                    id = uuid(parser, token);
                    if (id == null) {
                        return null;
                    }
                }
                case "documentId" -> {
                    bit = DOCUMENT_ID;
                    documentId = uuid(parser, token);
                    if (documentId == null) {
                        return null;
                    }
                }
                case "start" -> {
                    bit = START;
                    if (!isInt(parser, token)) {
                        return null;
                    }
                    start = parser.getIntValue();
                }
                case "end" -> {
                    bit = END;
                    if (!isInt(parser, token)) {
                        return null;
                    }
                    end = parser.getIntValue();
                }
                case "codeIds" -> {
                    bit = CODE_IDS;
                    if (token != JsonToken.VALUE_NULL && (codeIds = uuids(parser, token)) == null) {
                        return null;
                    }
                }
                case "comment" -> {
                    bit = COMMENT;
                    if (!isText(token)) {
                        return null;
                    }
                    comment = parser.getValueAsString();
                }
                case "coder" -> {
                    bit = CODER;
                    if (!isText(token)) {
                        return null;
                    }
                    coder = parser.getValueAsString();
                }
                case "createdAt" -> {
                    bit = CREATED_AT;
                    if ((createdAt = instant(parser, token)) == null) {
                        return null;
                    }
                }
                case "name" -> {
                    bit = NAME;
                    if (!isText(token)) {
                        return null;
                    }
                    name = parser.getValueAsString();
                }
                case "codings" -> {
                    bit = CODINGS;
                    if (token != JsonToken.VALUE_NULL && (codings = codings(parser, token)) == null) {
                        return null;
                    }
                }
                default -> {
                    return null;
                }
            }
            if ((seen & bit) != 0) {
                return null;
            }
            seen |= bit;
        }
        if ((seen & (START | END)) != (START | END)) {
            return null;
        }
        // Whatever the model refuses (an empty range) is a RuntimeException: read() gives up.
        return new Quotation(id, documentId, start, end, codeIds, comment, coder, createdAt, name, codings);
    }

    private static final int CODING_CODE_ID = 1;
    private static final int CODING_CODER = 1 << 1;
    private static final int CODING_CREATED_AT = 1 << 2;

    private static List<Coding> codings(JsonParser parser, JsonToken token) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            return null;
        }
        List<Coding> codings = new ArrayList<>(2);
        JsonToken next;
        while ((next = parser.nextToken()) == JsonToken.START_OBJECT) {
            Coding coding = coding(parser);
            if (coding == null) {
                return null;
            }
            codings.add(coding);
        }
        return next == JsonToken.END_ARRAY ? codings : null;
    }

    private static Coding coding(JsonParser parser) throws IOException {
        UUID codeId = null;
        String coder = null;
        Instant createdAt = null;
        int seen = 0;
        String field;
        while ((field = parser.nextFieldName()) != null) {
            JsonToken token = parser.nextToken();
            int bit;
            switch (field) {
                case "codeId" -> {
                    bit = CODING_CODE_ID;
                    if ((codeId = uuid(parser, token)) == null) {
                        return null;
                    }
                }
                case "coder" -> {
                    bit = CODING_CODER;
                    if (!isText(token)) {
                        return null;
                    }
                    coder = parser.getValueAsString();
                }
                case "createdAt" -> {
                    bit = CODING_CREATED_AT;
                    if ((createdAt = instant(parser, token)) == null) {
                        return null;
                    }
                }
                default -> {
                    return null;
                }
            }
            if ((seen & bit) != 0) {
                return null;
            }
            seen |= bit;
        }
        return new Coding(codeId, coder, createdAt);
    }

    /** The uuids of an array of them (none null), or null to give up. */
    private static List<UUID> uuids(JsonParser parser, JsonToken token) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            return null;
        }
        List<UUID> ids = new ArrayList<>(2);
        JsonToken next;
        while ((next = parser.nextToken()) == JsonToken.VALUE_STRING) {
            UUID id = uuid(parser, next);
            if (id == null) {
                return null;
            }
            ids.add(id);
        }
        return next == JsonToken.END_ARRAY ? ids : null;
    }

    private static boolean isInt(JsonParser parser, JsonToken token) throws IOException {
        return token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT;
    }

    /** Text or null, as the mapper takes them for a String; a number or a boolean it would turn into text gives up. */
    private static boolean isText(JsonToken token) {
        return token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NULL;
    }

    /** An instant in {@link Instant#toString()}'s form, or null to give up (a JSON null included). */
    private static Instant instant(JsonParser parser, JsonToken token) throws IOException {
        return token == JsonToken.VALUE_STRING ? InstantJson.parse(parser.getText()) : null;
    }

    /**
     * A uuid in its 36-character form, hex digits of either case, as the mapper reads it (and
     * {@link UUID#toString()} writes it); null for anything else, to give up.
     */
    static UUID uuid(JsonParser parser, JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_STRING || parser.getTextLength() != 36) {
            return null;
        }
        char[] text = parser.getTextCharacters();
        int at = parser.getTextOffset();
        if (text[at + 8] != '-' || text[at + 13] != '-' || text[at + 18] != '-' || text[at + 23] != '-') {
            return null;
        }
        long high = hex(text, at, 8);
        long mid = hex(text, at + 9, 4);
        long highEnd = hex(text, at + 14, 4);
        long low = hex(text, at + 19, 4);
        long lowEnd = hex(text, at + 24, 12);
        if ((high | mid | highEnd | low | lowEnd) < 0) {
            return null;
        }
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
