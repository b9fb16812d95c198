package org.grounded.ui.participants;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.AttributeScope;
import org.grounded.model.AttributeType;
import org.grounded.model.AttributeValue;
import org.grounded.model.Document;
import org.grounded.model.EditName;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Participant;
import org.grounded.model.ChangeSet;
import org.grounded.model.Project;
import org.grounded.model.SpeakerRef;
import org.grounded.model.edits.AttributeEdits;
import org.grounded.model.edits.GroupEdits;
import org.grounded.model.edits.ParticipantEdits;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.common.ListDetailsViewModel;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.Workspace;

import static org.grounded.ui.i18n.Localization.lang;
import static org.grounded.ui.i18n.Localization.langKey;

/**
 * Participants: who they are (name, attributes, groups such as "donated only"), which whole
 * documents are theirs, and which speaker of which document they are (from the speaker names
 * found at import; an interviewer's turns belong to nobody). Every change is one undoable edit.
 */
public final class ParticipantsViewModel extends ListDetailsViewModel<ParticipantsViewModel.Details> {

    /** A participant in the list. */
    public record ParticipantRow(UUID id, String name, String details) {
    }

    /** An attribute of the chosen participant: its definition and the value typed for them. */
    public record AttributeRow(UUID definitionId, String name, AttributeType type, List<String> categories,
                               String value) {
    }

    /** A participant group, and whether the chosen participant belongs to it. */
    public record GroupRow(UUID id, String name, boolean member) {
    }

    /** A document, and whether the chosen participant owns all of it. */
    public record DocumentRow(UUID id, String name, boolean assigned) {
    }

    /** The chosen participant. */
    public record Details(UUID id, String name, List<AttributeRow> attributes, List<GroupRow> groups,
                          List<DocumentRow> documents) {
    }

    /** Who a speaker of a document is. */
    public record SpeakerRow(SpeakerRef speaker, String document, Owner owner) {
        public String label() {
            return document + " · " + speaker.speaker();
        }
    }

    /** The answers to "whose are this speaker's turns?". */
    public record Owner(UUID participantId, String label, boolean interviewer) {
        public static final Owner NOBODY = new Owner(null, langKey("— nobody yet —"), false);
        public static final Owner INTERVIEWER = new Owner(null, langKey("Interviewer"), true);

        /** A participant's name, or "nobody" and "Interviewer" in the window's language. */
        @Override
        public String label() {
            return participantId == null ? lang(label) : label;
        }

        @Override
        public String toString() {
            return label();
        }
    }

    private final ObservableList<ParticipantRow> participants = FXCollections.observableArrayList();
    private final ObservableList<SpeakerRow> speakers = FXCollections.observableArrayList();
    private final ObservableList<Owner> owners = FXCollections.observableArrayList();

    private Runnable spreadsheetImport = () -> { };

    public ParticipantsViewModel(Editor editor) {
        super(editor);
        refresh();
    }

    /** What "Import from spreadsheet…" does (the window's import flow). */
    public void onImportFromSpreadsheet(Runnable action) {
        spreadsheetImport = Objects.requireNonNull(action);
    }

    /** Participants and their attributes from a spreadsheet, after a preview. */
    public void importFromSpreadsheet() {
        if (editor.canEdit()) {
            spreadsheetImport.run();
        }
    }

    public ObservableList<ParticipantRow> participants() {
        return participants;
    }

    /** Every speaker of every document, with whose turns they are. */
    public ObservableList<SpeakerRow> speakers() {
        return speakers;
    }

    /** What a speaker can belong to: nobody yet, the interviewer, or a participant. */
    public ObservableList<Owner> owners() {
        return owners;
    }

    @Override
    protected void refresh() {
        Project project = workspace.project().orElse(null);
        if (project == null) {
            participants.clear();
            speakers.clear();
            owners.clear();
            refreshDetails();
            return;
        }
        List<ParticipantRow> rows = new ArrayList<>();
        for (Participant participant : project.participants()) {
            String attributes = participant.attributes().entrySet().stream()
                    .map(entry -> entry.getKey() + " " + entry.getValue().value()).collect(Collectors.joining(", "));
            String groups = project.groupsOf(participant.id(), GroupKind.PARTICIPANT).stream().map(Group::name)
                    .collect(Collectors.joining(", "));
            rows.add(new ParticipantRow(participant.id(), participant.name(),
                    attributes.isEmpty() ? groups : groups.isEmpty() ? attributes : attributes + " · " + groups));
        }
        participants.setAll(rows);
        List<Owner> ownerList = new ArrayList<>(List.of(Owner.NOBODY, Owner.INTERVIEWER));
        project.participants().forEach(p -> ownerList.add(new Owner(p.id(), p.name(), false)));
        if (!owners.equals(ownerList)) {
            owners.setAll(ownerList);
        }
        List<SpeakerRow> speakerRows = new ArrayList<>();
        for (Document document : project.documents()) {
            for (String speaker : document.speakers()) {
                SpeakerRef ref = new SpeakerRef(document.id(), speaker);
                Owner owner = document.interviewers().contains(speaker) ? Owner.INTERVIEWER
                        : project.participants().stream().filter(p -> p.speakers().contains(ref)).findFirst()
                        .map(p -> new Owner(p.id(), p.name(), false)).orElse(Owner.NOBODY);
                speakerRows.add(new SpeakerRow(ref, document.name(), owner));
            }
        }
        speakers.setAll(speakerRows);
        forgetChosenUnless(id -> project.participant(id).isPresent());
    }

    /** Participants show participants, documents and their speakers, groups and attributes: not coding. */
    @Override
    protected boolean shows(ChangeSet change) {
        return change.structure() || !change.participants().isEmpty() || !change.documents().isEmpty();
    }

    @Override
    protected Optional<Details> detailsOf(Project project, UUID id) {
        Optional<Participant> chosen = project.participant(id);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Participant participant = chosen.get();
        List<AttributeRow> attributes = project.attributeDefinitions(AttributeScope.PARTICIPANT).stream()
                .map(definition -> new AttributeRow(definition.id(), definition.name(), definition.type(),
                        definition.categories(), Optional.ofNullable(participant.attributes().get(definition.name()))
                        .map(AttributeValue::value).orElse("")))
                .toList();
        List<GroupRow> groups = project.groups(GroupKind.PARTICIPANT).stream()
                .map(group -> new GroupRow(group.id(), group.name(), group.memberIds().contains(participant.id())))
                .toList();
        List<DocumentRow> documents = project.documents().stream()
                .map(document -> new DocumentRow(document.id(), document.name(),
                        participant.documentIds().contains(document.id())))
                .toList();
        return Optional.of(new Details(participant.id(), participant.name(), attributes, groups, documents));
    }

    // ---- edits ----------------------------------------------------------------------------------

    /** Asks for a name and adds a participant, who becomes the chosen one. */
    public void create() {
        if (!editor.canEdit()) {
            return;
        }
        editor.dialogs().askText(lang("New participant"), lang("Name (or pseudonym) of the participant:"), "").ifPresent(name -> {
            if (editor.performAlways(lang("Cannot add the participant"), project -> ParticipantEdits.create(project, name))) {
                workspace.project().flatMap(project -> project.participants().stream()
                        .filter(p -> p.name().equalsIgnoreCase(name.strip())).findFirst())
                        .ifPresent(p -> selectedProperty().set(p.id()));
            }
        });
    }

    public void rename(UUID participantId, String name) {
        editor.perform(lang("Cannot rename the participant"), project -> ParticipantEdits.rename(project, participantId, name));
    }

    public void delete(UUID participantId) {
        editor.performAlways(lang("Cannot delete the participant"), project -> ParticipantEdits.delete(project, participantId));
    }

    /** Sets an attribute's value from what was typed; a blank value clears it. */
    public void setAttribute(UUID participantId, UUID definitionId, String typed) {
        editor.perform(lang("Cannot set the attribute"),
                project -> AttributeEdits.setValue(project, participantId, definitionId, typed));
    }

    /** Asks for an attribute's name and type and defines it for every participant. */
    public void defineAttribute() {
        if (!editor.canEdit()) {
            return;
        }
        Optional<String> name = editor.dialogs().askText(lang("New attribute"),
                lang("Name of the participant attribute (such as age, role, children's age):"), "");
        if (name.isEmpty()) {
            return;
        }
        Optional<AttributeType> type = editor.dialogs().choose(lang("New attribute"),
                lang("What kind of values does '%0' hold?", name.get().strip()),
                List.of(new DialogService.Choice<>(AttributeType.CATEGORY, lang("Categories")),
                        new DialogService.Choice<>(AttributeType.NUMBER, lang("Numbers")),
                        new DialogService.Choice<>(AttributeType.TEXT, lang("Text")),
                        new DialogService.Choice<>(AttributeType.DATE, lang("Dates"))));
        type.ifPresent(kind -> editor.performAlways(lang("Cannot add the attribute"), project ->
                AttributeEdits.define(project, name.get(), kind, AttributeScope.PARTICIPANT, List.of())));
    }

    public void deleteAttribute(UUID definitionId) {
        Optional<AttributeDefinition> definition = workspace.project()
                .flatMap(project -> project.find(AttributeDefinition.class, definitionId));
        if (definition.isPresent() && editor.dialogs().confirm(lang("Delete attribute"),
                lang("Delete '%0' and its value for every participant? Undo brings them back.", definition.get().name()),
                lang("Delete"), lang("Keep"))) {
            editor.performAlways(lang("Cannot delete the attribute"), project -> AttributeEdits.delete(project, definitionId));
        }
    }

    public void setGroup(UUID participantId, UUID groupId, boolean member) {
        editor.perform(lang("Cannot change the group"), project -> member
                ? GroupEdits.addMembers(project, groupId, List.of(participantId))
                : GroupEdits.removeMembers(project, groupId, List.of(participantId)));
    }

    /** Asks for a name and makes a participant group holding the chosen participant. */
    public void newGroup(UUID participantId) {
        editor.dialogs().askText(lang("New participant group"), lang("Name of the group (such as 'donated only'):"), "")
                .ifPresent(name -> editor.performAlways(lang("Cannot make the group"), project -> GroupEdits.create(project,
                        GroupKind.PARTICIPANT, name, participantId == null ? List.of() : List.of(participantId))));
    }

    public void setDocument(UUID participantId, UUID documentId, boolean assigned) {
        editor.perform(lang("Cannot change the documents"), project -> assigned
                ? ParticipantEdits.assignDocument(project, participantId, documentId)
                : ParticipantEdits.unassignDocument(project, participantId, documentId));
    }

    /**
     * Says whose a speaker's turns are: a participant's (taken from anyone who had them), the
     * interviewer's (nobody's), or nobody's yet.
     */
    public void assignSpeaker(SpeakerRow row, Owner owner) {
        if (owner == null || owner.equals(row.owner())) {
            return;
        }
        SpeakerRef speaker = row.speaker();
        List<java.util.function.Function<Project, Optional<org.grounded.model.EntityEdit>>> steps = new ArrayList<>();
        if (row.owner().interviewer()) {
            steps.add(project -> ParticipantEdits.unmarkInterviewer(project, speaker));
        } else if (row.owner().participantId() != null && owner.participantId() == null) {
            steps.add(project -> ParticipantEdits.unassignSpeaker(project, row.owner().participantId(), speaker));
        }
        if (owner.interviewer()) {
            steps.add(project -> ParticipantEdits.markInterviewer(project, speaker));
        } else if (owner.participantId() != null) {
            steps.add(project -> ParticipantEdits.assignSpeaker(project, owner.participantId(), speaker));
        }
        EditName to = owner.interviewer()
                ? EditName.of("Assign speaker '%0' of '%1' to the interviewer", speaker.speaker(), row.document())
                : owner.participantId() == null ? EditName.of("Assign speaker '%0' of '%1' to nobody", speaker.speaker(), row.document())
                : EditName.of("Assign speaker '%0' of '%1' to '%2'", speaker.speaker(), row.document(), owner.label());
        editor.performAll(to, lang("Cannot assign the speaker"), steps);
    }
}
