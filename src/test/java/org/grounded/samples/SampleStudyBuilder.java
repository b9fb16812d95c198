package org.grounded.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.grounded.io.transcript.DocumentImport;
import org.grounded.io.transcript.ImportedTranscript;
import org.grounded.io.transcript.SpeakerRole;
import org.grounded.io.transcript.TranscriptImportException;
import org.grounded.io.transcript.TranscriptImporter;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.AttributeScope;
import org.grounded.model.AttributeType;
import org.grounded.model.AttributeValue;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.grounded.model.Document;
import org.grounded.model.Entity;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Memo;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.model.ProjectInfo;
import org.grounded.model.Quotation;
import org.grounded.model.Relation;
import org.grounded.model.RelationType;
import org.grounded.model.SpeakerRef;

/**
 * Builds the sample study ({@code samples/milk-donation.grounded}) from its human-written sources
 * in {@code samples/study/}: transcripts, participants, codebook, coding, memos and relations.
 * Quotations are given there as exact passages, so the sources stay readable and the offsets are
 * computed, never typed. Ids are derived from names and dates are fixed, so the same sources
 * always build the same project.
 */
public final class SampleStudyBuilder {

    static final Instant IMPORTED_AT = Instant.parse("2025-04-01T09:00:00Z");
    private static final List<String> TRANSCRIPT_EXTENSIONS = List.of(".txt", ".md", ".vtt", ".srt", ".docx", ".odt", ".pdf");

    private final Path studyFolder;
    private final ObjectMapper json = new ObjectMapper();
    private final List<Entity> entities = new ArrayList<>();
    private final Map<String, Document> documentsByFile = new LinkedHashMap<>();
    private final Map<String, Code> codesByName = new LinkedHashMap<>();

    public SampleStudyBuilder(Path studyFolder) {
        this.studyFolder = studyFolder;
    }

    static UUID idOf(String kind, String key) {
        return UUID.nameUUIDFromBytes(("grounded-sample:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    public Project build() throws IOException, TranscriptImportException {
        readTranscripts();
        readParticipants();
        readCodebook(read("codebook.json"), null);
        readCoding();
        List<RelationType> userTypes = readRelations();
        readMemos();
        List<Entity> all = new ArrayList<>(userTypes);
        all.addAll(entities);
        ProjectInfo info = new ProjectInfo("Milk donation and sharing",
                "Sample study shipped with Grounded: six fictional interviews and social-media posts on human-milk "
                        + "donation (Mexico) and milk sharing (Malaysia), coded with grounded theory.",
                Instant.parse("2025-03-10T08:00:00Z"));
        return Project.restore(info, all);
    }

    private JsonNode read(String name) throws IOException {
        return json.readTree(studyFolder.resolve(name).toFile());
    }

    private void readTranscripts() throws IOException, TranscriptImportException {
        TranscriptImporter importer = new TranscriptImporter();
        List<Path> files;
        try (Stream<Path> listing = Files.list(studyFolder)) {
            files = listing.filter(SampleStudyBuilder::isTranscript).sorted().toList();
        }
        Group interviews = null;
        Set<UUID> interviewIds = new LinkedHashSet<>();
        Set<UUID> postIds = new LinkedHashSet<>();
        for (Path file : files) {
            ImportedTranscript transcript = importer.read(file);
            Set<String> interviewers = new TreeSet<>();
            DocumentImport.suggestedMappings(transcript).stream()
                    .filter(mapping -> mapping.role() == SpeakerRole.INTERVIEWER)
                    .forEach(mapping -> interviewers.add(mapping.speaker()));
            String fileName = file.getFileName().toString();
            Document document = new Document(idOf("document", fileName), transcript.name(), transcript.text(), fileName,
                    IMPORTED_AT, transcript.language(), Map.of(), transcript.turns(), interviewers);
            documentsByFile.put(fileName, document);
            entities.add(document);
            (fileName.endsWith(".md") ? postIds : interviewIds).add(document.id());
        }
        interviews = new Group(idOf("group", "Interviews"), "Interviews", GroupKind.DOCUMENT,
                "Video-call interviews, transcribed", interviewIds);
        entities.add(interviews);
        entities.add(new Group(idOf("group", "Social-media posts"), "Social-media posts", GroupKind.DOCUMENT,
                "User-generated posts collected from the milk-sharing group", postIds));
    }

    private static boolean isTranscript(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return Files.isRegularFile(file) && TRANSCRIPT_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private Document document(String file) {
        Document document = documentsByFile.get(file);
        if (document == null) {
            throw new IllegalArgumentException("No transcript named " + file + " in " + studyFolder);
        }
        return document;
    }

    private void readParticipants() throws IOException {
        JsonNode participants = read("participants.json");
        Map<String, AttributeType> types = new LinkedHashMap<>();
        Map<String, Set<String>> categoryValues = new LinkedHashMap<>();
        for (JsonNode participant : participants) {
            participant.path("attributes").fields().forEachRemaining(field -> {
                AttributeType type = typeOf(field.getKey(), field.getValue());
                types.merge(field.getKey(), type, (a, b) -> a == b ? a : AttributeType.TEXT);
                if (type == AttributeType.CATEGORY) {
                    categoryValues.computeIfAbsent(field.getKey(), k -> new LinkedHashSet<>()).add(field.getValue().asText());
                }
            });
        }
        types.forEach((name, type) -> entities.add(new AttributeDefinition(idOf("attribute", name), name, type,
                AttributeScope.PARTICIPANT, "", List.copyOf(categoryValues.getOrDefault(name, Set.of())))));

        Map<String, Set<UUID>> groups = new LinkedHashMap<>();
        for (JsonNode node : participants) {
            String name = node.get("name").asText();
            Map<String, AttributeValue> attributes = new LinkedHashMap<>();
            node.path("attributes").fields().forEachRemaining(field ->
                    attributes.put(field.getKey(), new AttributeValue(types.get(field.getKey()), field.getValue().asText())));
            Set<UUID> wholeDocuments = new LinkedHashSet<>();
            Set<SpeakerRef> speakers = new LinkedHashSet<>();
            for (JsonNode link : node.path("documents")) {
                Document document = document(link.get("file").asText());
                if (link.path("speaker").isNull() || link.path("speaker").isMissingNode()) {
                    wholeDocuments.add(document.id());
                } else {
                    speakers.add(new SpeakerRef(document.id(), link.get("speaker").asText()));
                }
            }
            UUID id = idOf("participant", name);
            entities.add(new Participant(id, name, node.path("description").asText(""), attributes, wholeDocuments, speakers));
            node.path("groups").forEach(group -> groups.computeIfAbsent(group.asText(), k -> new LinkedHashSet<>()).add(id));
        }
        groups.forEach((name, members) ->
                entities.add(new Group(idOf("group", name), name, GroupKind.PARTICIPANT, "", members)));
    }

    private static AttributeType typeOf(String name, JsonNode value) {
        if (value.isNumber()) {
            return AttributeType.NUMBER;
        }
        String text = value.asText();
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            LocalDate.parse(text);
            return AttributeType.DATE;
        }
        return List.of("role", "breastfeeding style", "country", "data source").contains(name)
                ? AttributeType.CATEGORY : AttributeType.TEXT;
    }

    private void readCodebook(JsonNode codes, UUID parentId) {
        for (JsonNode node : codes) {
            String name = node.get("name").asText();
            Code code = new Code(idOf("code", name), name, node.path("colour").asText(null),
                    node.path("description").asText(""), parentId,
                    CodingLevel.valueOf(node.path("level").asText("open").toUpperCase(java.util.Locale.ROOT)),
                    node.path("core").asBoolean(false));
            if (codesByName.put(name.toLowerCase(java.util.Locale.ROOT), code) != null) {
                throw new IllegalArgumentException("The codebook names '" + name + "' twice");
            }
            entities.add(code);
            readCodebook(node.path("children"), code.id());
        }
    }

    private Code code(String name) {
        Code code = codesByName.get(name.toLowerCase(java.util.Locale.ROOT));
        if (code == null) {
            throw new IllegalArgumentException("The codebook has no code named '" + name + "'");
        }
        return code;
    }

    private void readCoding() throws IOException {
        int index = 0;
        for (JsonNode node : read("coding.json")) {
            Document document = document(node.get("file").asText());
            String quote = node.get("quote").asText();
            int start = document.text().indexOf(quote);
            if (start < 0 || document.text().indexOf(quote, start + 1) >= 0) {
                throw new IllegalArgumentException("Quote must occur exactly once in " + document.sourceFileName()
                        + ": " + quote);
            }
            List<UUID> codeIds = new ArrayList<>();
            node.path("codes").forEach(codeName -> codeIds.add(code(codeName.asText()).id()));
            Instant codedAt = IMPORTED_AT.plusSeconds(3600L + 97L * index);
            entities.add(new Quotation(idOf("quotation", document.sourceFileName() + ":" + index), document.id(), start,
                    start + quote.length(), codeIds, node.path("comment").asText(""), node.path("coder").asText("ana"),
                    codedAt));
            index++;
        }
    }

    private List<RelationType> readRelations() throws IOException {
        Map<String, RelationType> userTypes = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode node : read("relations.json")) {
            String typeName = node.get("type").asText();
            RelationType type = RelationType.BUILT_IN.stream().filter(t -> t.name().equalsIgnoreCase(typeName)).findFirst()
                    .orElseGet(() -> userTypes.computeIfAbsent(typeName,
                            name -> new RelationType(idOf("relation-type", name), name, true, false)));
            entities.add(new Relation(idOf("relation", Integer.toString(index++)), code(node.get("source").asText()).id(),
                    code(node.get("target").asText()).id(), type.id(), node.path("comment").asText("")));
        }
        return List.copyOf(userTypes.values());
    }

    private void readMemos() throws IOException {
        for (JsonNode node : read("memos.json")) {
            String title = node.get("title").asText();
            Set<UUID> links = new LinkedHashSet<>();
            for (JsonNode link : node.path("links")) {
                switch (link.get("kind").asText()) {
                    case "code" -> links.add(code(link.get("name").asText()).id());
                    case "document" -> links.add(document(link.get("file").asText()).id());
                    default -> throw new IllegalArgumentException("Unknown memo link kind in memo '" + title + "'");
                }
            }
            Instant date = LocalDate.parse(node.get("date").asText()).atTime(17, 0).toInstant(ZoneOffset.UTC);
            entities.add(new Memo(idOf("memo", title), title, node.get("text").asText(), node.path("author").asText(""),
                    date, date, links));
        }
    }
}
