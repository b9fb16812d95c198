package org.grounded.io.refi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.AttributeScope;
import org.grounded.model.Code;
import org.grounded.model.Coding;
import org.grounded.model.Document;
import org.grounded.model.Entity;
import org.grounded.model.Group;
import org.grounded.model.ImportedForm;
import org.grounded.model.GroupKind;
import org.grounded.model.Memo;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.Relation;
import org.grounded.model.RelationType;
import org.grounded.model.SpeakerRef;
import org.grounded.model.SpeakerTurn;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Writes a project as REFI-QDA: the project.qde XML, valid against Project.xsd, and the files it
 * refers to (each document's text and each memo's text as UTF-8 files under {@code sources/}).
 * Positions count code points, as the standard says; GUIDs are the project's own ids.
 *
 * <p>What REFI-QDA has no element for travels in Grounded's processing instructions (see
 * {@link GroundedExtension}): coding levels and core marks, speaker turns and interviewers, the
 * document's language and original file, category lists, participants' speakers, group kinds,
 * relation types, saved networks' settings and exact places (their Graphs carry the rest). Other
 * tools ignore those. Not carried at all: a memo's link to a relation type, a network or another
 * memo (REFI-QDA has no object for a relation type, a Graph takes no NoteRef, and a note linked to
 * a note has no meaning there).
 */
final class QdeWriter {

    static final String NAMESPACE = "urn:QDA-XML:project:1.0";

    private final Project project;
    private final String origin;
    private final XmlOut xml = new XmlOut(NAMESPACE);
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, UUID> users = new LinkedHashMap<>();
    private final Map<UUID, List<UUID>> memoRefs = new LinkedHashMap<>();
    private final List<Memo> projectMemos = new ArrayList<>();
    private final List<UUID[]> memoLinks = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final VariableWriter variables;
    private final QdpxPositions positions;
    /** How the file the project was imported from wrote what it holds: written again so where nothing changed. */
    private final ImportedForm form;
    /** Per participant, the selections written for their turns in documents several participants speak in. */
    private final Map<UUID, List<UUID>> turnSelections = new LinkedHashMap<>();

    QdeWriter(Project project, String origin) {
        this(project, origin, QdpxPositions.CODE_POINTS);
    }

    QdeWriter(Project project, String origin, QdpxPositions positions) {
        this.project = project;
        this.origin = origin;
        this.positions = positions;
        this.form = project.importedForm();
        this.variables = new VariableWriter(project, xml);
        sortMemos();
    }

    /** The entries of the .qdpx in the order to write them, project.qde first. */
    Map<String, byte[]> entries() {
        Element root = xml.root("Project");
        XmlOut.set(root, "name", project.info().name());
        XmlOut.set(root, "origin", origin);
        XmlOut.set(root, "creationDateTime", RefiValues.format(project.info().createdAt()));
        List<GroundedExtension.RelationTypeData> types = project.relationTypes().stream().filter(type -> !type.builtIn())
                .map(type -> new GroundedExtension.RelationTypeData(type.id(), type.name(), type.directed())).toList();
        if (!types.isEmpty() || positions != QdpxPositions.CODE_POINTS) {
            GroundedExtension.write(root, new GroundedExtension.ProjectData(types,
                    positions == QdpxPositions.CODE_POINTS ? null : positions.option()));
        }
        collectUsers();
        if (!users.isEmpty()) {
            Element usersElement = xml.add(root, "Users");
            users.forEach((name, id) -> {
                Element user = xml.add(usersElement, "User");
                XmlOut.set(user, "guid", id);
                XmlOut.set(user, "name", name);
            });
        }
        if (!project.codes().isEmpty()) {
            CodebookWriter.write(xml, xml.add(xml.add(root, "CodeBook"), "Codes"), project, memoRefs);
        }
        variables.writeDeclarations(root);
        if (!project.participants().isEmpty()) {
            project.documents().forEach(this::collectTurnSelections);
            Element cases = xml.add(root, "Cases");
            project.participants().forEach(participant -> writeCase(cases, participant));
        }
        if (!project.documents().isEmpty()) {
            Element sources = xml.add(root, "Sources");
            project.documents().forEach(document -> writeSource(sources, document));
        }
        writeNotes(root);
        writeLinks(root);
        if (!project.groups().isEmpty()) {
            Element sets = xml.add(root, "Sets");
            project.groups().forEach(group -> writeSet(sets, group));
        }
        GraphWriter.write(xml, root, project);
        if (!project.info().description().isEmpty() || form.emptyDescription()) {
            xml.add(root, "Description", project.info().description());
        }
        projectMemos.forEach(memo -> XmlOut.set(xml.add(root, "NoteRef"), "targetGUID", memo.id()));
        respellGuids();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", xml.bytes());
        entries.putAll(files);
        return entries;
    }

    /** What the export could not carry, for the export report. */
    List<String> notes() {
        return List.copyOf(notes);
    }

    private void sortMemos() {
        int lost = 0;
        for (Memo memo : project.memos()) {
            if (memo.linkedIds().isEmpty()) {
                projectMemos.add(memo);
            }
            for (UUID id : memo.linkedIds()) {
                Entity entity = project.findAny(id).orElse(null);
                if (entity instanceof Code || entity instanceof Document || entity instanceof Quotation
                        || entity instanceof Relation) {
                    memoRefs.computeIfAbsent(id, k -> new ArrayList<>()).add(memo.id());
                } else if (entity instanceof Participant || entity instanceof Group || entity instanceof AttributeDefinition) {
                    memoLinks.add(new UUID[] {memo.id(), id});
                } else {
                    lost++;
                }
            }
        }
        if (lost > 0) {
            notes.add(lost + " memo link(s) to relation types, networks or other memos cannot be written in REFI-QDA");
        }
    }

    private void collectUsers() {
        // The users of an imported file stay listed, in its order, even those whose work Grounded did not keep.
        Set<String> names = new LinkedHashSet<>(form.users().keySet());
        project.quotations().forEach(quotation -> {
            names.add(quotation.coder());
            quotation.codings().forEach(coding -> names.add(coding.coder()));
        });
        project.memos().forEach(memo -> names.add(memo.author()));
        names.remove("");
        // A user of the imported file keeps the GUID it had there.
        names.forEach(name -> users.put(name, Optional.ofNullable(form.users().get(name)).flatMap(RefiValues::guid)
                .orElseGet(() -> RefiValues.derived("user", name))));
    }

    /**
     * Writes the GUIDs the imported file spelled its own way (upper case, in braces) as it spelled
     * them: other tools compare them as text. Grounded's own ids are written as Java writes a UUID.
     */
    private void respellGuids() {
        Map<String, String> spellings = new HashMap<>();
        form.guids().forEach((id, spelling) -> spellings.put(id.toString(), spelling));
        users.forEach((name, id) -> Optional.ofNullable(form.users().get(name))
                .filter(guid -> !guid.equals(id.toString())).ifPresent(guid -> spellings.put(id.toString(), guid)));
        if (spellings.isEmpty()) {
            return;
        }
        NodeList elements = xml.document().getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            NamedNodeMap attributes = elements.item(i).getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Node attribute = attributes.item(a);
                String spelling = spellings.get(attribute.getNodeValue());
                if (spelling != null) {
                    attribute.setNodeValue(spelling);
                }
            }
        }
    }

    /** A Description, when there is text or the imported file had an empty one there. */
    private void description(Element element, UUID id, String text) {
        if (!text.isEmpty() || form.emptyDescriptions().contains(id)) {
            xml.add(element, "Description", text);
        }
    }

    private UUID user(String name) {
        return users.get(name);
    }

    private void writeCase(Element cases, Participant participant) {
        Element element = xml.add(cases, "Case");
        XmlOut.set(element, "guid", participant.id());
        XmlOut.set(element, "name", participant.name());
        if (!participant.speakers().isEmpty()) {
            GroundedExtension.write(element, new GroundedExtension.CaseData(List.copyOf(participant.documentIds()),
                    participant.speakers().stream().map(s -> new GroundedExtension.SpeakerData(s.documentId(), s.speaker())).toList()));
        }
        description(element, participant.id(), participant.description());
        variables.writeValues(element, participant.attributes(), AttributeScope.PARTICIPANT);
        variables.writeGroupValue(element, participant.id());
        // Other tools see the documents a participant speaks in, too; Grounded's instruction says how.
        Set<UUID> documents = new LinkedHashSet<>(participant.documentIds());
        participant.speakers().stream().map(SpeakerRef::documentId).forEach(documents::add);
        documents.forEach(id -> XmlOut.set(xml.add(element, "SourceRef"), "targetGUID", id));
        turnSelections.getOrDefault(participant.id(), List.of())
                .forEach(id -> XmlOut.set(xml.add(element, "SelectionRef"), "targetGUID", id));
    }

    /** The participants speaking in a document, by speaker name. */
    private Map<String, UUID> speakersIn(Document document) {
        Map<String, UUID> speakers = new LinkedHashMap<>();
        for (Participant participant : project.participants()) {
            participant.speakers().stream().filter(ref -> ref.documentId().equals(document.id()))
                    .forEach(ref -> speakers.put(ref.speaker(), participant.id()));
        }
        return speakers;
    }

    /**
     * Where several participants speak in one document, a link to the whole document does not say
     * whose words are whose: each of their turns is written as an uncoded selection the case refers to.
     */
    private void collectTurnSelections(Document document) {
        Map<String, UUID> speakers = speakersIn(document);
        if (new java.util.HashSet<>(speakers.values()).size() < 2) {
            return;
        }
        for (SpeakerTurn turn : document.turns()) {
            UUID participant = speakers.get(turn.speaker());
            if (participant != null) {
                turnSelections.computeIfAbsent(participant, k -> new ArrayList<>()).add(turnSelection(document, turn));
            }
        }
    }

    /**
     * The GUID of a coding, derived from what it is (a coding has no id in Grounded); the first
     * coder's coding of a code keeps the id earlier versions derived from the quotation and code alone.
     */
    static UUID codingGuid(Quotation quotation, Coding coding) {
        boolean first = quotation.codingsOf(coding.codeId()).get(0).equals(coding);
        return first ? RefiValues.derived("coding", quotation.id(), coding.codeId())
                : RefiValues.derived("coding", quotation.id(), coding.codeId(), coding.coder());
    }

    /** The memo an imported source's Description became (another tool's document memo). */
    static UUID descriptionMemo(UUID documentId) {
        return RefiValues.derived("source-memo", documentId);
    }

    static UUID turnSelection(Document document, int start) {
        return RefiValues.derived("speaker-turn", document.id(), start);
    }

    private static UUID turnSelection(Document document, SpeakerTurn turn) {
        return turnSelection(document, turn.start());
    }

    private void writeSource(Element sources, Document document) {
        Element element = xml.add(sources, "TextSource");
        XmlOut.set(element, "guid", document.id());
        XmlOut.set(element, "name", document.name());
        XmlOut.set(element, "plainTextPath", "internal://" + document.id() + ".txt");
        XmlOut.set(element, "creationDateTime", RefiValues.format(document.importedAt()));
        ImportedForm.RichText rich = form.richTexts().get(document.id());
        String richEntry = rich == null ? null : "sources/" + rich.path().substring("internal://".length());
        if (rich != null && !files.containsKey(richEntry)) {
            // The .docx that came with the source goes back as it came; Grounded reads only its plain text.
            XmlOut.set(element, "richTextPath", rich.path());
            files.put(richEntry, rich.content());
        }
        // Where QualCoder, MAXQDA and ATLAS.ti look for a document's memo; the memos themselves are Notes too.
        description(element, document.id(), documentMemos(document));
        files.put("sources/" + document.id() + ".txt", document.text().getBytes(StandardCharsets.UTF_8));
        CodePointIndex index = new CodePointIndex(document.text());
        List<GroundedExtension.TurnData> turns = new ArrayList<>();
        for (SpeakerTurn turn : document.turns()) {
            turns.add(new GroundedExtension.TurnData(index.codePoints(turn.start()), index.codePoints(turn.end()), turn.speaker()));
        }
        GroundedExtension.write(element, new GroundedExtension.SourceData(document.language(), document.sourceFileName(),
                document.importedAt().toString(), turns, List.copyOf(document.interviewers())));
        for (Quotation quotation : project.quotationsIn(document.id())) {
            writeSelection(element, document, quotation, index);
        }
        if (!turnSelections.isEmpty()) {
            Map<String, UUID> speakers = speakersIn(document);
            for (SpeakerTurn turn : document.turns()) {
                UUID id = turnSelection(document, turn);
                UUID participant = speakers.get(turn.speaker());
                if (participant != null && turnSelections.getOrDefault(participant, List.of()).contains(id)) {
                    Element selection = xml.add(element, "PlainTextSelection");
                    XmlOut.set(selection, "guid", id);
                    XmlOut.set(selection, "name", turn.speaker() + " (speaker turn)");
                    XmlOut.set(selection, "startPosition", position(index, turn.start()));
                    XmlOut.set(selection, "endPosition", position(index, turn.end()));
                    XmlOut.set(selection, "creationDateTime", RefiValues.format(document.importedAt()));
                }
            }
        }
        memoRefs.getOrDefault(document.id(), List.of())
                .forEach(memo -> XmlOut.set(xml.add(element, "NoteRef"), "targetGUID", memo));
        variables.writeValues(element, document.attributes(), AttributeScope.DOCUMENT);
    }

    private void writeSelection(Element source, Document document, Quotation quotation, CodePointIndex index) {
        Element element = xml.add(source, "PlainTextSelection");
        XmlOut.set(element, "guid", quotation.id());
        XmlOut.set(element, "name", quotation.name().isEmpty()
                ? excerpt(document.text().substring(quotation.start(), quotation.end())) : quotation.name());
        XmlOut.set(element, "startPosition", position(index, quotation.start()));
        XmlOut.set(element, "endPosition", position(index, quotation.end()));
        XmlOut.set(element, "creatingUser", user(quotation.coder()));
        XmlOut.set(element, "creationDateTime", RefiValues.format(quotation.createdAt()));
        description(element, quotation.id(), quotation.comment());
        for (Coding each : quotation.codings()) {
            Element coding = xml.add(element, "Coding");
            XmlOut.set(coding, "guid", codingGuid(quotation, each));
            XmlOut.set(coding, "creatingUser", user(each.coder()));
            XmlOut.set(coding, "creationDateTime", RefiValues.format(each.createdAt()));
            XmlOut.set(xml.add(coding, "CodeRef"), "targetGUID", each.codeId());
        }
        memoRefs.getOrDefault(quotation.id(), List.of())
                .forEach(memo -> XmlOut.set(xml.add(element, "NoteRef"), "targetGUID", memo));
    }

    private long position(CodePointIndex index, int stringIndex) {
        return positions == QdpxPositions.UTF16 ? stringIndex : index.codePoints(stringIndex);
    }

    /** The titles and texts of the memos linked to this document (with or without other things), for its Description. */
    private String documentMemos(Document document) {
        return project.memos().stream()
                .filter(memo -> memo.linkedIds().contains(document.id()))
                // The memo a Description became goes back as that Description, without the title Grounded gave it.
                .map(memo -> memo.title().isBlank() || memo.id().equals(descriptionMemo(document.id())) ? memo.text()
                        : memo.title() + "\n" + memo.text())
                .filter(text -> !text.isBlank())
                .collect(java.util.stream.Collectors.joining("\n\n"));
    }

    /** A selection's name, as ATLAS.ti shows it: the start of its text on one line. */
    static String excerpt(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        int cut = line.offsetByCodePoints(0, Math.min(60, line.codePointCount(0, line.length())));
        return cut < line.length() ? line.substring(0, cut) + "…" : line;
    }

    private void writeNotes(Element root) {
        List<Relation> commented = project.relations().stream().filter(r -> !r.comment().isEmpty()).toList();
        if (project.memos().isEmpty() && commented.isEmpty()) {
            return;
        }
        Element notesElement = xml.add(root, "Notes");
        for (Memo memo : project.memos()) {
            Element note = xml.add(notesElement, "Note");
            XmlOut.set(note, "guid", memo.id());
            XmlOut.set(note, "name", memo.title());
            XmlOut.set(note, "plainTextPath", "internal://" + memo.id() + ".txt");
            XmlOut.set(note, "creatingUser", user(memo.author()));
            XmlOut.set(note, "creationDateTime", RefiValues.format(memo.createdAt()));
            XmlOut.set(note, "modifyingUser", user(memo.author()));
            XmlOut.set(note, "modifiedDateTime", RefiValues.format(memo.modifiedAt()));
            files.put("sources/" + memo.id() + ".txt", memo.text().getBytes(StandardCharsets.UTF_8));
        }
        for (Relation relation : commented) {
            UUID id = relationComment(relation);
            Element note = xml.add(notesElement, "Note");
            XmlOut.set(note, "guid", id);
            XmlOut.set(note, "name", "Comment on " + describe(relation));
            XmlOut.set(note, "plainTextPath", "internal://" + id + ".txt");
            // A relation has no time of its own: the project's, as readers (QualCoder) need one on every note.
            XmlOut.set(note, "creationDateTime", RefiValues.format(project.info().createdAt()));
            files.put("sources/" + id + ".txt", relation.comment().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static UUID relationComment(Relation relation) {
        return RefiValues.derived("relation-comment", relation.id());
    }

    private String describe(Relation relation) {
        String type = project.relationType(relation.typeId()).map(RelationType::name).orElse("relation");
        return project.code(relation.sourceCodeId()).map(Code::name).orElse("?") + " " + type + " "
                + project.code(relation.targetCodeId()).map(Code::name).orElse("?");
    }

    private void writeLinks(Element root) {
        if (project.relations().isEmpty() && memoLinks.isEmpty()) {
            return;
        }
        Element links = xml.add(root, "Links");
        for (Relation relation : project.relations()) {
            RelationType type = project.relationType(relation.typeId()).orElseThrow();
            Element link = xml.add(links, "Link");
            XmlOut.set(link, "guid", relation.id());
            XmlOut.set(link, "name", type.name());
            XmlOut.set(link, "direction", type.directed() ? "OneWay" : "Associative");
            XmlOut.set(link, "originGUID", relation.sourceCodeId());
            XmlOut.set(link, "targetGUID", relation.targetCodeId());
            GroundedExtension.write(link, new GroundedExtension.LinkData(type.id()));
            if (!relation.comment().isEmpty()) {
                XmlOut.set(xml.add(link, "NoteRef"), "targetGUID", relationComment(relation));
            }
            memoRefs.getOrDefault(relation.id(), List.of())
                    .forEach(memo -> XmlOut.set(xml.add(link, "NoteRef"), "targetGUID", memo));
        }
        for (UUID[] memoLink : memoLinks) {
            Element link = xml.add(links, "Link");
            XmlOut.set(link, "guid", RefiValues.derived("memo-link", memoLink[0], memoLink[1]));
            XmlOut.set(link, "direction", "OneWay");
            XmlOut.set(link, "originGUID", memoLink[0]);
            XmlOut.set(link, "targetGUID", memoLink[1]);
        }
    }

    private void writeSet(Element sets, Group group) {
        Element element = xml.add(sets, "Set");
        XmlOut.set(element, "guid", group.id());
        XmlOut.set(element, "name", group.name());
        boolean participants = group.kind() == GroupKind.PARTICIPANT;
        // A Set holds codes, sources and notes, not cases: a participant group's members travel in Grounded's
        // instruction, and other tools read the group as each case's "Group" variable.
        GroundedExtension.write(element, new GroundedExtension.SetData(group.kind().name().toLowerCase(Locale.ROOT),
                participants ? List.copyOf(group.memberIds()) : null));
        description(element, group.id(), group.description());
        if (!participants) {
            String member = group.kind() == GroupKind.CODE ? "MemberCode" : "MemberSource";
            group.memberIds().forEach(id -> XmlOut.set(xml.add(element, member), "targetGUID", id));
        }
    }
}
