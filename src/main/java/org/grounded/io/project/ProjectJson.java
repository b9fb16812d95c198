package org.grounded.io.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.grounded.io.SizeLimits;
import org.grounded.model.Project;

/**
 * The JSON form of a project: the model's records as they are (no annotations on them), dates as
 * ISO-8601 text, UTF-8, indented with two spaces and {@code \n} line ends on every system, so that
 * the file reads well and diffs well under version control.
 */
final class ProjectJson {

    /** Written into every file, so that a file says which program wrote it. */
    static final String GENERATOR = org.grounded.io.AppVersion.nameAndNumber();

    /** What the reader accepts: above everything Grounded writes (see {@link SizeLimits}). */
    static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder()
            .maxStringLength(SizeLimits.PROJECT_STRING_CHARS)
            .maxNestingDepth(SizeLimits.PROJECT_NESTING_DEPTH)
            .maxNumberLength(SizeLimits.PROJECT_NUMBER_CHARS)
            .build();

    private final ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(READ_CONSTRAINTS).build())
            .addModule(new JavaTimeModule())
            // Instants without DateTimeFormatter: the same text, read and written several times faster.
            .addModule(InstantJson.module())
            // Sets keep the file's order (the model keeps insertion order everywhere).
            .addModule(new SimpleModule("ordered-sets").addAbstractTypeMapping(Set.class, LinkedHashSet.class))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // Emoji as themselves, not as \uD83C\uDF7C pairs: the file is for people to read too.
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            // Strict reading: a value we would silently drop or invent is damage, not a project.
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final ObjectWriter writer = mapper.writer(prettyPrinter());

    private final StreamedContent streamed = new StreamedContent(mapper);

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /** The mapping of the model's records, shared with the journal so an entity reads the same in both files. */
    ObjectMapper mapper() {
        return mapper;
    }

    /** Writes the project, ending with a line break; does not close the stream. */
    void write(Project project, int schemaVersion, OutputStream out) throws IOException {
        writer.writeValue(out, ProjectFileContent.of(project, schemaVersion, GENERATOR));
        out.write("\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Parses a whole file into a tree; the encoding (UTF-8, with or without a byte-order mark) is detected. */
    JsonNode parse(byte[] bytes) throws IOException {
        return mapper.readTree(bytes);
    }

    /**
     * Where a file passes one of the {@link #READ_CONSTRAINTS}, which Jackson's exception does
     * not say: the file's tokens are read again, without building anything, up to the failure.
     */
    JsonLocation locationOfConstraintProblem(byte[] bytes) {
        try (JsonParser parser = mapper.createParser(bytes)) {
            try {
                while (parser.nextToken() != null) {
                    if (parser.currentToken() == JsonToken.VALUE_STRING || parser.currentToken().isNumeric()) {
                        parser.getText();
                    }
                }
            } catch (StreamConstraintsException e) {
                return parser.currentLocation();
            }
        } catch (IOException e) {
            return JsonLocation.NA;
        }
        return JsonLocation.NA;
    }

    /**
     * The records of a file of the current schema version read straight from its bytes, when it
     * starts with its {@code schemaVersion} as Grounded writes it and that version is
     * {@code currentVersion}; empty otherwise, or when anything in it does not map, so that the
     * tree's slower way (migrations, and messages that say what is wrong) takes over. Skipping the
     * tree halves the time and memory of opening a large project; reading the quotations by hand
     * ({@link StreamedContent}) before the mapper halves it again. What that reader does not take
     * as Grounded writes it, the mapper reads as before.
     */
    java.util.Optional<ProjectFileContent> currentContent(byte[] bytes, int currentVersion) {
        try (JsonParser parser = mapper.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT || parser.nextToken() != JsonToken.FIELD_NAME
                    || !ProjectFileMigrations.VERSION_FIELD.equals(parser.currentName())
                    || parser.nextToken() != JsonToken.VALUE_NUMBER_INT || parser.getIntValue() != currentVersion) {
                return java.util.Optional.empty();
            }
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
        java.util.Optional<ProjectFileContent> streamedContent = streamed.read(bytes, currentVersion);
        if (streamedContent.isPresent()) {
            return streamedContent;
        }
        try {
            ProjectFileContent content = mapper.readValue(bytes, ProjectFileContent.class);
            return content.project() == null ? java.util.Optional.empty() : java.util.Optional.of(content);
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** Maps an (up-to-date) tree onto the file's records. */
    ProjectFileContent content(ObjectNode root) throws JsonProcessingException {
        return mapper.treeToValue(root, ProjectFileContent.class);
    }
}
