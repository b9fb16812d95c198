package org.grounded.ui.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.AttributeScope;
import org.grounded.model.AttributeType;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.GroupKind;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.model.SpeakerRef;
import org.grounded.model.SpeakerTurn;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.participants.ParticipantsViewModel.Owner;
import org.grounded.ui.participants.ParticipantsViewModel.SpeakerRow;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.undo.UndoManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParticipantsViewModelTest {

    private static final String TEXT = "Ana: Doné leche.\nBeatriz: Yo la recibí.\nEntrevistadora: ¿Cuándo?";

    private final Workspace workspace = new Workspace();
    private final StubDialogService dialogs = new StubDialogService();
    private final ParticipantsViewModel viewModel = new ParticipantsViewModel(new Editor(workspace, dialogs));
    private final Document group = new Document(UUID.randomUUID(), "Focus group", TEXT, "", Instant.EPOCH, "es",
            Map.of(), List.of(new SpeakerTurn(0, 16, "Ana"), new SpeakerTurn(17, 39, "Beatriz"),
            new SpeakerTurn(40, TEXT.length(), "Entrevistadora")), Set.of());
    private final Participant ana = Participant.of("Ana");
    private final AttributeDefinition role = new AttributeDefinition(UUID.randomUUID(), "role", AttributeType.CATEGORY,
            AttributeScope.PARTICIPANT, "", List.of("donor", "recipient"));
    private Project project;
    private UndoManager undo;

    @BeforeEach
    void open() {
        project = Project.create("Study");
        project.apply(EntityEdit.builder("Setup").add(group).add(ana).add(role).build());
        ProjectSession session = ProjectSession.untitled(project);
        workspace.setSession(session);
        undo = session.undoManager();
    }

    private SpeakerRow speaker(String name) {
        return viewModel.speakers().stream().filter(row -> row.speaker().speaker().equals(name)).findFirst()
                .orElseThrow();
    }

    private Owner owner(String name) {
        return viewModel.owners().stream().filter(owner -> owner.label().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everySpeakerFoundAtImportIsListedAsNobodysYet() {
        assertThat(viewModel.speakers()).extracting(SpeakerRow::label)
                .containsExactly("Focus group · Ana", "Focus group · Beatriz", "Focus group · Entrevistadora");
        assertThat(viewModel.speakers()).extracting(SpeakerRow::owner).containsOnly(Owner.NOBODY);
    }

    @Test
    void aSpeakerIsGivenToAParticipantThenToTheInterviewerThenToNobodyEachAsOneStep() {
        SpeakerRef anaSpeaks = new SpeakerRef(group.id(), "Ana");

        viewModel.assignSpeaker(speaker("Ana"), owner("Ana"));
        assertThat(project.participant(ana.id()).orElseThrow().speakers()).containsExactly(anaSpeaks);
        assertThat(speaker("Ana").owner().label()).isEqualTo("Ana");

        viewModel.assignSpeaker(speaker("Ana"), Owner.INTERVIEWER);
        assertThat(project.participant(ana.id()).orElseThrow().speakers()).isEmpty();
        assertThat(project.document(group.id()).orElseThrow().interviewers()).containsExactly("Ana");
        assertThat(undo.undoDescriptionProperty().get()).isEqualTo(
                "Undo Assign speaker 'Ana' of 'Focus group' to the interviewer");

        viewModel.assignSpeaker(speaker("Ana"), Owner.NOBODY);
        assertThat(project.document(group.id()).orElseThrow().interviewers()).isEmpty();
        undo.undo();
        assertThat(speaker("Ana").owner()).isEqualTo(Owner.INTERVIEWER);
    }

    @Test
    void aNewParticipantIsNamedInADialogAndChosen() {
        dialogs.texts.push(Optional.of("Beatriz"));

        viewModel.create();

        assertThat(viewModel.participants()).extracting(ParticipantsViewModel.ParticipantRow::name)
                .containsExactly("Ana", "Beatriz");
        assertThat(viewModel.detailsProperty().get().name()).isEqualTo("Beatriz");
    }

    @Test
    void aCategoryValueTypedForTheFirstTimeBecomesACategory() {
        viewModel.selectedProperty().set(ana.id());

        viewModel.setAttribute(ana.id(), role.id(), "both");

        assertThat(project.participant(ana.id()).orElseThrow().attributes().get("role").value()).isEqualTo("both");
        assertThat(viewModel.detailsProperty().get().attributes()).singleElement().satisfies(row -> {
            assertThat(row.value()).isEqualTo("both");
            assertThat(row.categories()).containsExactly("donor", "recipient", "both");
        });
    }

    @Test
    void aValueThatIsNotANumberIsRefusedWithTheAttributesName() {
        dialogs.texts.push(Optional.of("age"));
        dialogs.choices.push(Optional.of(AttributeType.NUMBER));
        viewModel.defineAttribute();
        UUID age = project.attributeDefinition(AttributeScope.PARTICIPANT, "age").orElseThrow().id();

        viewModel.setAttribute(ana.id(), age, "twenty-nine");

        assertThat(project.participant(ana.id()).orElseThrow().attributes()).doesNotContainKey("age");
        assertThat(dialogs.errors()).singleElement().satisfies(shown ->
                assertThat(shown.message()).startsWith("age: "));
    }

    @Test
    void groupsAndWholeDocumentsAreTickedOnAndOff() {
        viewModel.selectedProperty().set(ana.id());
        dialogs.texts.push(Optional.of("Donated only"));
        viewModel.newGroup(ana.id());
        UUID donors = project.groups(GroupKind.PARTICIPANT).get(0).id();

        assertThat(viewModel.detailsProperty().get().groups()).singleElement()
                .satisfies(row -> assertThat(row.member()).isTrue());
        viewModel.setGroup(ana.id(), donors, false);
        viewModel.setDocument(ana.id(), group.id(), true);

        assertThat(viewModel.detailsProperty().get().groups()).singleElement()
                .satisfies(row -> assertThat(row.member()).isFalse());
        assertThat(project.participant(ana.id()).orElseThrow().documentIds()).containsExactly(group.id());
    }
}
