package org.grounded.io.refi;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Coding;
import org.grounded.model.Document;
import org.grounded.model.Entity;
import org.grounded.model.Group;
import org.grounded.model.ImportedForm;
import org.grounded.model.Memo;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.model.ProjectInfo;
import org.grounded.model.Quotation;
import org.grounded.model.Relation;
import org.grounded.model.RelationType;
import org.grounded.model.SavedNetwork;
import org.grounded.model.SpeakerRef;
import org.grounded.model.SpeakerTurn;

/**
 * Turns what {@link QdeReader} read into Grounded's entities: documents with their quotations
 * placed on the same words as in the tool that wrote the file, participants, relations, memos
 * and comments; then drops references to anything that was not imported (reporting them) and
 * restores the project, whose own checks have the last word.
 */
final class ProjectAssembler {

    private final Path file;
    private final ImportLog log;
    private final RefiIds ids;
    private final NoteReferences notes;
    private final Map<String, String> users;
    private final Instant projectCreated;
    private final List<Entity> entities = new ArrayList<>();
    private final Map<UUID, Document> documents = new LinkedHashMap<>();
    private final Map<UUID, Quotation> quotations = new LinkedHashMap<>();
    private final Map<UUID, Relation> relations = new LinkedHashMap<>();
    private final List<Participant> participants = new ArrayList<>();
    private final List<Memo> memos = new ArrayList<>();
    private final List<SavedNetwork> networks = new ArrayList<>();

    ProjectAssembler(Path file, ImportLog log, RefiIds ids, NoteReferences notes, Map<String, String> users,
                     Instant projectCreated) {
        this.file = file;
        this.log = log;
        this.ids = ids;
        this.notes = notes;
        this.users = users;
        this.projectCreated = projectCreated;
    }

    void add(Collection<? extends Entity> more) {
        entities.addAll(more);
    }

    void documents(List<SourceReader.PendingSource> sources, VariableReader variables, PositionCounting counting,
                   boolean fromGrounded) {
        for (SourceReader.PendingSource source : sources) {
            GroundedExtension.SourceData extra = source.extra();
            String text = source.text().text();
            Document document = new Document(source.id(), source.name(), text,
                    // Without Grounded's data, the document came from this archive; with it, from wherever it said.
                    extra == null ? file.getFileName().toString() : Objects.requireNonNullElse(extra.sourceFileName(), ""),
                    Optional.ofNullable(extra).flatMap(e -> RefiValues.dateTime(e.importedAt())).orElse(when(source.created())),
                    extra != null && extra.language() != null ? extra.language() : "",
                    variables.valuesOf(source.id()), turns(source), extra != null && extra.interviewers() != null
                    ? new LinkedHashSet<>(extra.interviewers()) : Set.of());
            documents.put(document.id(), document);
            if (!fromGrounded && !source.description().isBlank()) {
                // Other tools keep a document's memo as its Description (Grounded's own exports repeat memos there).
                memos.add(new Memo(QdeWriter.descriptionMemo(document.id()), "Memo on " + document.name(),
                        source.description(), users.getOrDefault(RefiValues.key(source.userGuid()), ""),
                        when(source.created()), when(source.created()), Set.of(document.id())));
            }
            for (SourceReader.PendingSelection selection : source.selections()) {
                quotation(source, document, selection, counting, fromGrounded);
            }
        }
    }

    private List<SpeakerTurn> turns(SourceReader.PendingSource source) {
        if (source.extra() == null || source.extra().turns() == null) {
            return List.of();
        }
        List<SpeakerTurn> turns = new ArrayList<>();
        for (GroundedExtension.TurnData turn : source.extra().turns()) {
            var span = source.text().span(PositionCounting.CODE_POINTS, turn.start(), turn.end());
            if (span.isEmpty() || turn.speaker() == null
                    || !turns.isEmpty() && turns.get(turns.size() - 1).start() > span.get().start()) {
                log.note("The speaker turns stored with '" + source.name() + "' do not fit its text; they were left out");
                return List.of();
            }
            turns.add(new SpeakerTurn(span.get().start(), span.get().end(), turn.speaker()));
        }
        return turns;
    }

    private void quotation(SourceReader.PendingSource source, Document document,
                           SourceReader.PendingSelection selection, PositionCounting counting, boolean fromGrounded) {
        Optional<SourceText.TextRange> range = selection.wholeText()
                ? Optional.of(new SourceText.TextRange(0, document.text().length())).filter(r -> r.end() > 0)
                : source.text().range(counting, selection.start(), selection.end());
        if (range.isEmpty()) {
            log.skip("selection", "its positions lie outside its source's text or cover nothing but a line break");
            return;
        }
        if (fromGrounded && selection.codings().isEmpty()
                && selection.id().equals(QdeWriter.turnSelection(document, range.get().start()))) {
            // A speaker turn Grounded wrote for other tools' cases; the turns themselves come back from its instruction.
            return;
        }
        String selectionCoder = users.getOrDefault(RefiValues.key(selection.userGuid()), "");
        List<Coding> codings = new ArrayList<>();
        Map<String, String> codingGuids = new HashMap<>();
        for (SourceReader.PendingCoding coding : selection.codings()) {
            Optional<UUID> code = ids.find(RefiIds.Kind.CODE, coding.codeGuid());
            if (code.isPresent()) {
                // Each coding keeps its own user and time; without them, the selection's.
                String codingCoder = coding.userGuid().isBlank() ? selectionCoder
                        : users.getOrDefault(RefiValues.key(coding.userGuid()), selectionCoder);
                codings.add(new Coding(code.get(), codingCoder,
                        when(coding.created(), selection.created(), selection.modified())));
                codingGuids.putIfAbsent(code.get() + "\n" + codingCoder, coding.guid());
            } else if (ids.kindOf(coding.codeGuid()).filter(kind -> kind == RefiIds.Kind.CASE).isPresent()) {
                log.skip("coding to a case", "Grounded links participants to documents and speakers, not to passages");
            } else {
                log.skip("coding", "it refers to a code the codebook does not hold");
            }
        }
        // The selection's creator and time; a file that leaves them out has them on its first coding.
        String coder = selection.userGuid().isBlank() && !codings.isEmpty() ? codings.get(0).coder() : selectionCoder;
        String created = selection.created().isBlank() && !selection.codings().isEmpty()
                ? selection.codings().get(0).created() : selection.created();
        if (!selection.description().isBlank()) {
            log.comment();
        }
        String text = document.text().substring(range.get().start(), range.get().end());
        // A name is kept as it came (qc places selections by theirs), unless it is the excerpt Grounded itself writes.
        String name = selection.name().isBlank() || selection.name().equals(QdeWriter.excerpt(text)) ? "" : selection.name();
        Quotation quotation = new Quotation(selection.id(), document.id(), range.get().start(), range.get().end(),
                List.of(), selection.description(), coder, when(created, selection.modified()), name, codings);
        quotations.put(selection.id(), quotation);
        for (Coding coding : quotation.codings()) {
            // A coding has no id in Grounded: the GUID the writer derives for it is written as the file's.
            String guid = codingGuids.get(coding.codeId() + "\n" + coding.coder());
            if (guid != null) {
                ids.form().alias(QdeWriter.codingGuid(quotation, coding), guid);
            }
        }
    }

    void participants(List<QdeReader.PendingCase> cases, VariableReader variables) {
        for (QdeReader.PendingCase pending : cases) {
            Set<UUID> owned = new LinkedHashSet<>();
            Set<SpeakerRef> speakers = new LinkedHashSet<>();
            if (pending.extra() != null) {
                Optional.ofNullable(pending.extra().documents()).orElse(List.of()).stream()
                        .filter(documents::containsKey).forEach(owned::add);
                for (GroundedExtension.SpeakerData speaker : Optional.ofNullable(pending.extra().speakers()).orElse(List.of())) {
                    if (speaker.document() != null && documents.containsKey(speaker.document()) && speaker.speaker() != null) {
                        speakers.add(new SpeakerRef(speaker.document(), speaker.speaker()));
                    }
                }
            } else {
                for (String guid : pending.sourceGuids()) {
                    Optional<UUID> document = ids.find(RefiIds.Kind.SOURCE, guid).filter(documents::containsKey);
                    if (document.isPresent()) {
                        owned.add(document.get());
                    } else {
                        log.skip("source of a case", "the source was not imported (case '" + pending.name() + "')");
                    }
                }
            }
            participants.add(new Participant(pending.id(), pending.name(), pending.description(),
                    variables.valuesOf(pending.id()), owned, speakers));
        }
    }

    void relations(List<Relation> read) {
        read.forEach(relation -> relations.put(relation.id(), relation));
    }

    /**
     * Notes become memos, linked to whatever refers to them. A note that belongs to exactly one
     * selection or relation is that quotation's or relation's comment instead (NVivo writes
     * annotations so), except in files Grounded wrote, whose comments are Descriptions and
     * whose one-link notes are memos; Grounded's relation comments carry an id derived from the
     * relation, which identifies them in any file.
     */
    void notes(List<NoteReader.PendingNote> pending, boolean fromGrounded) {
        Set<String> known = new HashSet<>();
        pending.forEach(note -> known.add(RefiValues.key(note.guid())));
        for (String key : notes.noteKeys()) {
            if (!known.contains(key)) {
                log.skip("reference to a note", notes.of(key).size(), "the file does not hold that note");
            }
        }
        for (NoteReader.PendingNote note : pending) {
            List<NoteReferences.Reference> refs = notes.of(note.guid());
            Optional<UUID> relationComment = refs.stream()
                    .filter(ref -> ref.holder() == NoteReferences.Holder.RELATION && relations.containsKey(ref.id()))
                    .map(NoteReferences.Reference::id)
                    .filter(id -> RefiValues.derived("relation-comment", id).equals(note.id())).findFirst();
            if (relationComment.isPresent()) {
                commentRelation(relationComment.get(), note);
                continue;
            }
            if (!fromGrounded && refs.size() == 1) {
                NoteReferences.Reference ref = refs.get(0);
                if (ref.holder() == NoteReferences.Holder.QUOTATION && quotations.containsKey(ref.id())) {
                    Quotation quotation = quotations.get(ref.id());
                    quotations.put(ref.id(), quotation.withComment(join(quotation.comment(), noteText(note))));
                    log.comment();
                    continue;
                }
                if (ref.holder() == NoteReferences.Holder.RELATION && relations.containsKey(ref.id())) {
                    commentRelation(ref.id(), note);
                    continue;
                }
            }
            Set<UUID> linked = new LinkedHashSet<>();
            refs.stream().map(NoteReferences.Reference::id).filter(id -> id != null).forEach(linked::add);
            Instant created = when(note.created(), note.modified());
            memos.add(new Memo(note.id(), title(note), note.text(), users.getOrDefault(RefiValues.key(note.userGuid()), ""),
                    created, RefiValues.dateTime(note.modified()).orElse(created), linked));
        }
    }

    private void commentRelation(UUID relationId, NoteReader.PendingNote note) {
        Relation relation = relations.get(relationId);
        relations.put(relationId, new Relation(relation.id(), relation.sourceCodeId(), relation.targetCodeId(),
                relation.typeId(), join(relation.comment(), noteText(note))));
        log.comment();
    }

    private static String noteText(NoteReader.PendingNote note) {
        return note.text().isBlank() ? note.name() : note.text();
    }

    private static String join(String first, String second) {
        return first.isBlank() ? second : first + "\n\n" + second;
    }

    private static String title(NoteReader.PendingNote note) {
        if (!note.name().isBlank()) {
            return note.name();
        }
        return note.text().lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst()
                .map(line -> line.length() > 60 ? line.substring(0, 60).strip() + "…" : line).orElse("Note");
    }

    /** The first date-time that can be read, else the project's creation. */
    private Instant when(String... candidates) {
        for (String candidate : candidates) {
            Optional<Instant> instant = RefiValues.dateTime(candidate);
            if (instant.isPresent()) {
                return instant.get();
            }
        }
        return projectCreated;
    }

    void networks(List<SavedNetwork> read) {
        networks.addAll(read);
    }

    Project build(String name, String description, ImportedForm form) throws RefiImportException {
        List<Entity> all = new ArrayList<>(entities);
        all.addAll(documents.values());
        all.addAll(quotations.values());
        all.addAll(participants);
        all.addAll(relations.values());
        Set<UUID> present = new HashSet<>();
        all.forEach(entity -> present.add(entity.id()));
        RelationType.BUILT_IN.forEach(type -> present.add(type.id()));
        present.addAll(memos.stream().map(Memo::id).toList());
        List<Entity> result = new ArrayList<>();
        for (Entity entity : all) {
            if (entity instanceof Group group) {
                Set<UUID> members = new LinkedHashSet<>(group.memberIds());
                members.retainAll(present);
                log.skip("member of a set", group.memberIds().size() - members.size(), "it was not imported");
                result.add(group.withMembers(members));
            } else {
                result.add(entity);
            }
        }
        Map<UUID, Entity> byId = new HashMap<>();
        result.forEach(entity -> byId.put(entity.id(), entity));
        Set<String> networkNames = new HashSet<>();
        for (SavedNetwork network : networks) {
            Optional<SavedNetwork> drawable = GraphNodes.drawable(network, byId, log);
            if (drawable.isEmpty()) {
                continue;
            }
            SavedNetwork kept = drawable.get();
            String unique = kept.name();
            for (int n = 2; !networkNames.add(unique.toLowerCase(java.util.Locale.ROOT)); n++) {
                unique = kept.name() + " (" + n + ")";
            }
            result.add(kept.withName(unique));
            present.add(kept.id());
        }
        for (Memo memo : memos) {
            Set<UUID> links = new LinkedHashSet<>(memo.linkedIds());
            links.retainAll(present);
            log.skip("link of a note", memo.linkedIds().size() - links.size(), "what it was about was not imported");
            result.add(memo.withLinks(links));
        }
        try {
            return Project.restore(new ProjectInfo(name, description, projectCreated), result, form);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new RefiImportException(file, "cannot be assembled into a consistent project: " + e.getMessage(), e);
        }
    }
}
