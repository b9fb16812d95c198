package org.grounded.io.refi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.ProcessingInstruction;

/**
 * What Grounded knows that REFI-QDA has no element for, carried as XML processing instructions
 * {@code <?grounded {...json...}?>} inside the element it belongs to. Processing instructions are
 * part of XML itself: schema validation ignores them and other tools skip them, so the file stays
 * valid and other tools see exactly the standard content, while a round trip through Grounded
 * keeps coding levels, core categories, speaker turns, category lists and relation types.
 *
 * <p>Everything read from here is checked like any other input; a broken instruction is reported
 * and ignored, never trusted.
 */
final class GroundedExtension {

    static final String TARGET = "grounded";

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private GroundedExtension() {
    }

    /** On the Project: user-defined relation types, so that unused ones survive too. */
    record ProjectData(List<RelationTypeData> relationTypes, String positions) {
    }

    record RelationTypeData(UUID id, String name, boolean directed) {
    }

    /** On a Code: the grounded-theory coding level and the core-category mark. */
    record CodeData(String level, boolean core) {
    }

    /** On a Variable: Grounded's own type, what it describes and a category's allowed values. */
    record VariableData(String type, String scope, List<String> categories, String derived) {

        /** Marks the "Group" case variable written for other tools: derived from participant groups, not an attribute. */
        static final String PARTICIPANT_GROUPS = "participant groups";
    }

    /** On a TextSource: what the transcript import found. Turn positions count code points, like selections. */
    record SourceData(String language, String sourceFileName, String importedAt, List<TurnData> turns,
                      List<String> interviewers) {
    }

    record TurnData(long start, long end, String speaker) {
    }

    /** On a Case: the documents the participant owns wholly and the speakers that are theirs. */
    record CaseData(List<UUID> documents, List<SpeakerData> speakers) {
    }

    record SpeakerData(UUID document, String speaker) {
    }

    /** On a Set: what the group collects, which its members alone cannot say when it is empty. */
    record SetData(String kind, List<UUID> participants) {
    }

    /**
     * On a Graph: what a saved network shows and exactly where (Vertex positions are whole numbers
     * and hold only the nodes drawn), its pins and colours.
     */
    record GraphData(org.grounded.model.NetworkSettings settings, List<UUID> members,
                     java.util.Map<UUID, org.grounded.model.Position> positions, List<UUID> pinned,
                     org.grounded.model.ColourScheme colourScheme) {
    }

    /** On a Link: the relation type it stands for. */
    record LinkData(UUID type) {
    }

    /** Adds the data to an element as its first child. */
    static void write(Element element, Object data) {
        String json;
        try {
            json = JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + data.getClass().getSimpleName(), e);
        }
        // '>' only occurs inside JSON strings, where \u003e means the same; this keeps "?>" out of the instruction.
        json = json.replace(">", "\\u003e");
        Document document = element.getOwnerDocument();
        ProcessingInstruction instruction = document.createProcessingInstruction(TARGET, json);
        element.insertBefore(instruction, element.getFirstChild());
    }

    /**
     * Reads the data of an element, if it has any.
     *
     * @param problems where a damaged instruction is reported
     */
    static <T> Optional<T> read(Element element, Class<T> type, ImportLog problems) {
        Optional<String> data = Dom.instruction(element, TARGET);
        if (data.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readValue(data.get(), type));
        } catch (JsonProcessingException e) {
            problems.note("Ignored Grounded's extra data on a " + Dom.localName(element) + " that could not be read");
            return Optional.empty();
        }
    }
}
