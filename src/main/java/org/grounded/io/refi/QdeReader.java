package org.grounded.io.refi;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import org.grounded.model.AttributeScope;
import org.grounded.model.Code;
import org.grounded.model.Progress;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a project.qde into Grounded's entities. Tolerant of the differences between exporters
 * (namespaces, missing names and dates, GUIDs in braces, notes as NoteRefs or Links, comments as
 * Description or notes); everything it cannot take goes to the report.
 */
final class QdeReader {

    /** A case before its documents are known to exist. */
    record PendingCase(UUID id, String name, String description, List<String> sourceGuids,
                       GroundedExtension.CaseData extra) {
    }

    private final Path file;
    private final ArchiveLimits limits;
    private final ExternalSources external;
    private final ImportLog log = new ImportLog();
    private final RefiIds ids = new RefiIds(log);
    private final NoteReferences notes = new NoteReferences();

    QdeReader(Path file, ArchiveLimits limits, ExternalSources external) {
        this.external = external;
        this.file = file;
        this.limits = limits;
    }

    RefiProjectImport read(Document xml, String entry, QdpxArchive archive, Progress progress)
            throws RefiImportException {
        Element root = xml.getDocumentElement();
        if (!"Project".equals(Dom.localName(root))) {
            throw new RefiImportException(file, entry + " is not a REFI-QDA project: its root element is <"
                    + Dom.localName(root) + ">, not <Project>");
        }
        String origin = Dom.attribute(root, "origin").orElse("");
        Instant created = RefiValues.dateTime(root.getAttribute("creationDateTime")).orElse(Instant.now());
        GroundedExtension.ProjectData extra = GroundedExtension.read(root, GroundedExtension.ProjectData.class, log)
                .orElse(new GroundedExtension.ProjectData(List.of(), null));
        SourceFiles files = new SourceFiles(archive, root.getAttribute("basePath"), limits, log, external);

        Map<String, String> users = users(root);
        List<Code> codes = Dom.child(root, "CodeBook").map(book -> new CodebookReader(ids, log, notes).read(book))
                .orElse(List.of());
        VariableReader variables = new VariableReader(ids, log);
        Dom.child(root, "Variables").ifPresent(variables::readDeclarations);
        List<Element> caseElements = Dom.grandchildren(root, "Cases", "Case");
        List<UUID> caseIds = new ArrayList<>();
        for (int i = 0; i < caseElements.size(); i++) {
            caseIds.add(ids.claim(RefiIds.Kind.CASE, Dom.attribute(caseElements.get(i), "guid").orElse("case:" + i)));
        }
        checkCancelled(progress);
        List<SourceReader.PendingSource> sources = new ArrayList<>();
        Optional<Element> sourcesElement = Dom.child(root, "Sources");
        if (sourcesElement.isPresent()) {
            sources = new SourceReader(ids, log, notes, variables, files).read(sourcesElement.get(), progress);
        }
        checkCancelled(progress);
        progress.update(1, 2, "Reading notes, links and sets");
        List<NoteReader.PendingNote> pendingNotes = new ArrayList<>();
        Optional<Element> notesElement = Dom.child(root, "Notes");
        if (notesElement.isPresent()) {
            pendingNotes = new NoteReader(ids, log, files).read(notesElement.get());
        }
        GroupReader groups = new GroupReader(ids, log);
        Dom.child(root, "Sets").ifPresent(groups::claim);
        LinkReader links = new LinkReader(ids, log, notes,
                extra.relationTypes() == null ? List.of() : extra.relationTypes());
        Dom.child(root, "Links").ifPresent(links::read);
        Dom.child(root, "Sets").ifPresent(groups::read);
        GraphReader graphs = new GraphReader(ids, log);
        Dom.child(root, "Graphs").ifPresent(graphs::read);
        for (Element ref : Dom.children(root, "NoteRef")) {
            Dom.attribute(ref, "targetGUID").ifPresent(note -> notes.add(note, NoteReferences.Holder.PROJECT, null));
        }
        List<PendingCase> cases = new ArrayList<>();
        for (int i = 0; i < caseElements.size(); i++) {
            cases.add(pendingCase(caseElements.get(i), caseIds.get(i), variables, i + 1));
        }
        variables.finish();

        progress.update(2, 2, "Placing quotations");
        List<CountingChoice.Sample> samples = new ArrayList<>();
        for (SourceReader.PendingSource source : sources) {
            samples.add(new CountingChoice.Sample(source.text(), source.selections().stream()
                    .filter(s -> !s.wholeText()).map(s -> new long[] {s.start(), s.end()}).toList()));
        }
        PositionCounting declared = QdpxPositions.UTF16.option().equals(extra.positions())
                ? PositionCounting.UTF16_UNITS : PositionCounting.forOrigin(origin);
        CountingChoice counting = CountingChoice.choose(declared, origin, samples);
        boolean fromGrounded = origin.toLowerCase(Locale.ROOT).startsWith("grounded");
        ProjectAssembler assembler = new ProjectAssembler(file, log, ids, notes, users, created);
        assembler.add(codes);
        assembler.add(variables.definitions());
        assembler.add(links.userTypes());
        assembler.documents(sources, variables, counting.counting(), fromGrounded);
        assembler.participants(cases, variables);
        assembler.add(groups.groups());
        assembler.relations(links.relations());
        assembler.networks(graphs.networks());
        assembler.notes(pendingNotes, fromGrounded);
        log.users(users.size());
        String name = Dom.attribute(root, "name").orElse(fileStem());
        String description = ids.form().projectDescription(root);
        var project = assembler.build(name, description, ids.form().build());
        String countingText = samples.stream().anyMatch(s -> !s.selections().isEmpty()) ? counting.reason() : "";
        return new RefiProjectImport(project, log.report(file, origin, countingText, project));
    }

    private Map<String, String> users(Element root) {
        Map<String, String> users = new HashMap<>();
        for (Element user : Dom.grandchildren(root, "Users", "User")) {
            String guid = user.getAttribute("guid");
            String name = Dom.attribute(user, "name").or(() -> Dom.attribute(user, "id"))
                    .orElse("user " + RefiValues.key(guid).substring(0, Math.min(8, RefiValues.key(guid).length())));
            users.put(RefiValues.key(guid), name);
            ids.form().user(name, guid);
        }
        return users;
    }

    private PendingCase pendingCase(Element element, UUID id, VariableReader variables, int number) {
        variables.readValues(element, AttributeScope.PARTICIPANT, id);
        List<String> sources = new ArrayList<>();
        for (String kind : List.of("SourceRef", "MemberSource")) {
            for (Element ref : Dom.children(element, kind)) {
                Dom.attribute(ref, "targetGUID").ifPresent(sources::add);
            }
        }
        log.skip("code linked to a case", Dom.children(element, "CodeRef").size(),
                "Grounded links participants to documents and speakers, not to codes");
        GroundedExtension.CaseData extra = GroundedExtension.read(element, GroundedExtension.CaseData.class, log).orElse(null);
        if (extra == null) {
            // Grounded's own cases refer to the speaker turns it wrote; their speakers come back from the instruction.
            log.skip("selection linked to a case", Dom.children(element, "SelectionRef").size(),
                    "Grounded links participants to whole documents or to speakers' turns, not to single passages");
        }
        return new PendingCase(id, Dom.attribute(element, "name").orElse("Case " + number),
                ids.form().description(element, id), sources, extra);
    }

    private String fileStem() {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void checkCancelled(Progress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("Import cancelled");
        }
    }
}
