package org.grounded.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.grounded.io.transcript.DocumentImport;
import org.grounded.io.transcript.ImportedTranscript;
import org.grounded.io.transcript.SpeakerMapping;
import org.grounded.io.transcript.SpeakerRole;
import org.grounded.model.SpeakerTurn;
import org.junit.jupiter.api.Test;

class ImportDialogViewModelTest {

    private static ImportedTranscript interview() {
        String text = "Entrevistadora: ¿Cómo empezó?\nAna: En el grupo.\nEntrevistadora: ¿Y luego?\nAna: Doné.";
        return new ImportedTranscript(Path.of("ana.txt"), "ana", text, List.of(
                new SpeakerTurn(0, 29, "Entrevistadora"), new SpeakerTurn(30, 46, "Ana"),
                new SpeakerTurn(47, 72, "Entrevistadora"), new SpeakerTurn(73, text.length(), "Ana")),
                "txt", "UTF-8", "es", List.of());
    }

    private static ImportedTranscript prose() {
        return new ImportedTranscript(Path.of("notes.txt"), "notes", "Field notes without speakers.", List.of(),
                "txt", "UTF-8", "en", List.of());
    }

    private static ImportDialogViewModel viewModel(List<ImportedTranscript> transcripts, List<String> existing) {
        return new ImportDialogViewModel(transcripts, DocumentImport::suggestedMappings, existing);
    }

    @Test
    void thereIsOneRowPerSpeakerPerFileWithItsTurnCount() {
        ImportDialogViewModel viewModel = viewModel(List.of(interview()), List.of());

        assertThat(viewModel.rows()).extracting(SpeakerRow::speaker, SpeakerRow::turns)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Entrevistadora", 2),
                        org.assertj.core.groups.Tuple.tuple("Ana", 2));
        assertThat(viewModel.summary()).isEqualTo("1 file, 2 speakers");
    }

    @Test
    void rowsStartFromTheSuggestedMappings() {
        ImportDialogViewModel viewModel = viewModel(List.of(interview()), List.of());

        assertThat(viewModel.rows().get(0).role()).isEqualTo(SpeakerRole.INTERVIEWER);
        assertThat(viewModel.rows().get(1).role()).isEqualTo(SpeakerRole.PARTICIPANT);
        assertThat(viewModel.rows().get(1).participantName()).isEqualTo("Ana");
        assertThat(viewModel.mappings()).isEqualTo(Map.of(0, List.of(
                new SpeakerMapping("Entrevistadora", SpeakerRole.INTERVIEWER, ""),
                new SpeakerMapping("Ana", SpeakerRole.PARTICIPANT, "Ana"))));
    }

    @Test
    void theUsersChoicesBecomeTheMappings() {
        ImportDialogViewModel viewModel = viewModel(List.of(interview()), List.of("Ana María"));
        viewModel.rows().get(1).participantNameProperty().set("  Ana María ");

        assertThat(viewModel.mappings().get(0)).contains(new SpeakerMapping("Ana", SpeakerRole.PARTICIPANT, "Ana María"));
    }

    @Test
    void existingParticipantsAreOfferedBesideTheSuggestedNames() {
        ImportDialogViewModel viewModel = viewModel(List.of(interview()), List.of("Berenice"));

        assertThat(viewModel.participantNames()).containsExactly("Ana", "Berenice");
    }

    @Test
    void aFileWithoutSpeakersBelongsToNobodyUntilTheUserChoosesAParticipant() {
        ImportDialogViewModel viewModel = viewModel(List.of(interview(), prose()), List.of());
        SpeakerRow whole = viewModel.rows().get(2);
        assertThat(whole.isWholeDocument()).isTrue();
        assertThat(viewModel.mappings().get(1)).isEmpty();

        whole.roleProperty().set(SpeakerRole.PARTICIPANT);
        whole.participantNameProperty().set("Carmen");

        assertThat(viewModel.mappings().get(1)).containsExactly(new SpeakerMapping("", SpeakerRole.PARTICIPANT, "Carmen"));
        assertThat(viewModel.summary()).isEqualTo("2 files, 2 speakers, 1 file without speakers");
    }

    @Test
    void aParticipantWithoutANameBlocksTheImportAndSaysWhy() {
        ImportDialogViewModel viewModel = viewModel(List.of(interview()), List.of());

        viewModel.rows().get(1).participantNameProperty().set(" ");

        assertThat(viewModel.validProperty().get()).isFalse();
        assertThat(viewModel.problemProperty().get()).isEqualTo("Name the participant for Ana in ana.");
        assertThatThrownBy(viewModel::mappings).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void turningAnInterviewerIntoAParticipantSuggestsTheSpeakersName() {
        ImportDialogViewModel viewModel = viewModel(List.of(interview()), List.of());
        SpeakerRow interviewer = viewModel.rows().get(0);

        interviewer.roleProperty().set(SpeakerRole.PARTICIPANT);

        assertThat(interviewer.participantName()).isEqualTo("Entrevistadora");
        assertThat(viewModel.validProperty().get()).isTrue();
    }

    @Test
    void theMappingsAreAcceptedByTheDocumentImport() {
        ImportDialogViewModel viewModel = viewModel(List.of(interview(), prose()), List.of());
        viewModel.rows().get(2).roleProperty().set(SpeakerRole.PARTICIPANT);
        viewModel.rows().get(2).participantNameProperty().set("Ana");
        org.grounded.model.Project project = org.grounded.model.Project.create("Study");

        project.apply(DocumentImport.edit(project, viewModel.transcripts(), viewModel.mappings()));

        assertThat(project.documents()).hasSize(2);
        assertThat(project.participants()).extracting(org.grounded.model.Participant::name).containsExactly("Ana");
    }

    @Test
    void theRowOfAProposedInterviewerSaysWhy() {
        ImportDialogViewModel viewModel = viewModel(List.of(interview()), List.of());

        assertThat(viewModel.rows()).extracting(SpeakerRow::speaker, SpeakerRow::proposal).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Entrevistadora", "Interviewer: named like an interviewer"),
                org.assertj.core.groups.Tuple.tuple("Ana", ""));
    }
}
