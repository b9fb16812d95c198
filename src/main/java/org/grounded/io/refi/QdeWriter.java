package org.grounded.io.refi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.AttributeScope;
import org.grounded.model.Code;
import org.grounded.model.Coding;
import org.grounded.model.Document;
import org.grounded.model.Entity;
import org.grounded.model.Group;
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

    QdeWriter(Project project, String origin) {
        this(project, origin, QdpxPositions.CODE_POINTS);
    }

    QdeWriter(Project project, String origin, QdpxPositions positions) {
        this.project = project;
        this.origin = origin;
        this.positions = positions;
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
        if (!project.info().description().isEmpty()) {
            xml.add(root, "Description", project.info().description());
        }
        projectMemos.forEach(memo -> XmlOut.set(xml.add(root, "NoteRef"), "targetGUID", memo.id()));
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
        Set<String> names = new LinkedHashSet<>();
        project.quotations().forEach(quotation -> {
            names.add(quotation.coder());
            quotation.codings().forEach(coding -> names.add(coding.coder()));
        });
        project.memos().forEach(memo -> names.add(memo.author()));
        names.remove("");
        names.forEach(name -> users.put(name, RefiValues.derived("user", name)));
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
        if (!participant.description().isEmpty()) {
            xml.add(element, "Description", participant.description());
        }
        variables.writeValues(element, participant.attributes(), AttributeScope.PARTICIPANT);
        variables.writeGroupValue(element, participant.id());
        // Other tools see the documents a participant speaks in, too; Grounded's instruction says how.
        Set<UUID> documents = new LinkedHashSet<>(participant.documentIds());
        participant.speakers().stream().map(SpeakerRef::documentId).forEach(documents::add);
        documents.forEach(id -> XmlOut.set(xml.add(element, "SourceRef"), "targetGUID", id));
    }

    private void writeSource(Element sources, Document document) {
        Element element = xml.add(sources, "TextSource");
        XmlOut.set(element, "guid", document.id());
        XmlOut.set(element, "name", document.name());
        XmlOut.set(element, "plainTextPath", "internal://" + document.id() + ".txt");
        XmlOut.set(element, "creationDateTime", RefiValues.format(document.importedAt()));
        String memos = documentMemos(document);
        if (!memos.isEmpty()) {
            // Where QualCoder, MAXQDA and ATLAS.ti look for a document's memo; the memos themselves are Notes too.
            xml.add(element, "Description", memos);
        }
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
        if (!quotation.comment().isEmpty()) {
            xml.add(element, "Description", quotation.comment());
        }
        for (Coding each : quotation.codings()) {
            Element coding = xml.add(element, "Coding");
            // The first coder's coding keeps the id earlier versions derived from the quotation and code alone.
            boolean first = quotation.codingsOf(each.codeId()).get(0).equals(each);
            XmlOut.set(coding, "guid", first ? RefiValues.derived("coding", quotation.id(), each.codeId())
                    : RefiValues.derived("coding", quotation.id(), each.codeId(), each.coder()));
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
                .map(memo -> memo.title().isBlank() ? memo.text() : memo.title() + "\n" + memo.text())
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
        if (!group.description().isEmpty()) {
            xml.add(element, "Description", group.description());
        }
        if (!participants) {
            String member = group.kind() == GroupKind.CODE ? "MemberCode" : "MemberSource";
            group.memberIds().forEach(id -> XmlOut.set(xml.add(element, member), "targetGUID", id));
        }
    }
}
