package org.grounded.io.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.model.SpeakerRef;
import org.grounded.model.SpeakerTurn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentImportTest {

    private static final Instant IMPORTED_AT = Instant.parse("2024-05-01T10:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"Interviewer", "INTERVIEWER", "Entrevistador", "Entrevistadora", "Pewawancara",
            "Penemu bual", "I", "Q", "Int", "Int.", "Moderator", "Facilitator", "Interviewer 2", "I1"})
    void interviewerLikeSpeakersAreSuggestedAsInterviewers(String speaker) {
        ImportedTranscript transcript = transcript("x", "a.txt", speaker, "Ana");

        assertThat(DocumentImport.suggestedMappings(transcript)).containsExactly(
                new SpeakerMapping(speaker, SpeakerRole.INTERVIEWER, ""),
                new SpeakerMapping("Ana", SpeakerRole.PARTICIPANT, "Ana"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ana", "Isabel", "Quentin", "Interviewee", "P1"})
    void otherSpeakersAreSuggestedAsParticipantsOfTheSameName(String speaker) {
        assertThat(DocumentImport.suggestedMappings(transcript("x", "a.txt", speaker)))
                .containsExactly(new SpeakerMapping(speaker, SpeakerRole.PARTICIPANT, speaker));
    }

    @Test
    void aTranscriptWithoutTurnsGetsNoSuggestion() {
        assertThat(DocumentImport.suggestedMappings(transcript("memo", "memo.txt"))).isEmpty();
    }

    @Test
    void importingAddsDocumentsCreatesAndReusesParticipantsAndMarksInterviewers() {
        Project project = Project.create("Milk sharing");
        Participant existingAna = Participant.of("Ana");
        project.apply(EntityEdit.add("Add Ana", existingAna));
        ImportedTranscript first = transcript("01-ana", "01-ana.txt", "Interviewer", "ana");
        ImportedTranscript second = transcript("02-group", "02-group.vtt", "Moderator", "Bea", "Ana");
        ImportedTranscript third = transcript("03-carla", "03-carla.docx");

        EntityEdit edit = DocumentImport.edit(project, List.of(first, second, third), Map.of(
                0, DocumentImport.suggestedMappings(first),
                1, List.of(new SpeakerMapping("Moderator", SpeakerRole.INTERVIEWER, ""),
                        new SpeakerMapping("Bea", SpeakerRole.PARTICIPANT, "Beatriz"),
                        new SpeakerMapping("Ana", SpeakerRole.PARTICIPANT, "ANA")),
                2, List.of(new SpeakerMapping("", SpeakerRole.PARTICIPANT, "Carla"))), IMPORTED_AT);
        project.apply(edit);

        assertThat(edit.description()).isEqualTo("Import 3 transcripts");
        Document doc1 = documentNamed(project, "01-ana");
        Document doc2 = documentNamed(project, "02-group");
        Document doc3 = documentNamed(project, "03-carla");
        assertThat(doc1.text()).isEqualTo(first.text());
        assertThat(doc1.turns()).isEqualTo(first.turns());
        assertThat(doc1.sourceFileName()).isEqualTo("01-ana.txt");
        assertThat(doc1.importedAt()).isEqualTo(IMPORTED_AT);
        assertThat(doc1.language()).isEqualTo("en");
        assertThat(doc1.interviewers()).containsExactly("Interviewer");
        assertThat(doc2.interviewers()).containsExactly("Moderator");
        assertThat(doc3.interviewers()).isEmpty();

        assertThat(project.participants()).extracting(Participant::name).containsExactly("Ana", "Beatriz", "Carla");
        Participant ana = project.participant(existingAna.id()).orElseThrow();
        assertThat(ana.speakers()).containsExactly(new SpeakerRef(doc1.id(), "ana"), new SpeakerRef(doc2.id(), "Ana"));
        assertThat(participantNamed(project, "Beatriz").speakers()).containsExactly(new SpeakerRef(doc2.id(), "Bea"));
        assertThat(participantNamed(project, "Carla").documentIds()).containsExactly(doc3.id());
        assertThat(participantNamed(project, "Carla").speakers()).isEmpty();
    }

    @Test
    void revertingTheImportRemovesDocumentsAndNewParticipantsAndRestoresExistingOnes() {
        Project project = Project.create("Study");
        Participant ana = Participant.of("Ana");
        project.apply(EntityEdit.add("Add Ana", ana));
        project.apply(EntityEdit.add("Add a document", Document.of("Memo", "Field notes")));
        List<org.grounded.model.Entity> before = project.entities();
        ImportedTranscript transcript = transcript("interview", "interview.txt", "Interviewer", "Ana", "Bea");

        EntityEdit edit = DocumentImport.edit(project, List.of(transcript), Map.of(0, DocumentImport.suggestedMappings(transcript)));
        project.apply(edit);
        assertThat(project.documents()).hasSize(2);
        assertThat(project.participants()).hasSize(2);

        project.revert(edit);

        assertThat(project.entities()).isEqualTo(before);
        assertThat(project.participant(ana.id())).contains(ana);
    }

    @Test
    void documentNamesAreMadeUniqueInTheProject() {
        Project project = Project.create("Study");
        project.apply(EntityEdit.add("Add", Document.of("Interview", "old")));
        project.apply(EntityEdit.add("Add", Document.of("interview (2)", "old")));

        EntityEdit edit = DocumentImport.edit(project,
                List.of(transcript("Interview", "a/Interview.txt"), transcript("Interview", "b/Interview.txt")), Map.of());
        project.apply(edit);

        assertThat(project.documents()).extracting(Document::name)
                .containsExactly("Interview", "interview (2)", "Interview (3)", "Interview (4)");
    }

    @Test
    void aSingleImportIsDescribedByItsDocumentName() {
        EntityEdit edit = DocumentImport.edit(Project.create("Study"), List.of(transcript("01-maria", "01-maria.txt")), Map.of());

        assertThat(edit.description()).isEqualTo("Import transcript '01-maria'");
    }

    @Test
    void speakersWithoutMappingOrMarkedUnassignedBelongToNobody() {
        Project project = Project.create("Study");
        ImportedTranscript transcript = transcript("x", "x.txt", "Interviewer", "Ana");

        project.apply(DocumentImport.edit(project, List.of(transcript),
                Map.of(0, List.of(new SpeakerMapping("Ana", SpeakerRole.UNASSIGNED, "")))));

        assertThat(project.participants()).isEmpty();
        assertThat(project.documents().iterator().next().interviewers()).isEmpty();
    }

    @Test
    void aMappingOfAnUnknownSpeakerIsRefused() {
        ImportedTranscript transcript = transcript("x", "x.txt", "Ana");

        assertThatThrownBy(() -> DocumentImport.edit(Project.create("Study"), List.of(transcript),
                Map.of(0, List.of(new SpeakerMapping("Zoe", SpeakerRole.PARTICIPANT, "Zoe")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Zoe");
    }

    @Test
    void nothingToImportIsRefused() {
        assertThatThrownBy(() -> DocumentImport.edit(Project.create("Study"), List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void importedFilesBecomeDocumentsEndToEnd() throws Exception {
        Project project = Project.create("Study");
        TranscriptImportResult result = new TranscriptImporter().readAll(List.of(
                TestFiles.resource("entrevista-es.txt"), TestFiles.resource("teams-meeting.vtt")),
                org.grounded.model.Progress.NONE);
        List<ImportedTranscript> transcripts = result.imported();

        project.apply(DocumentImport.edit(project, transcripts, Map.of(
                0, DocumentImport.suggestedMappings(transcripts.get(0)),
                1, DocumentImport.suggestedMappings(transcripts.get(1)))));

        assertThat(project.participants()).extracting(Participant::name).containsExactly("María José", "Ana Lúcia");
        assertThat(documentNamed(project, "entrevista-es").interviewers()).containsExactly("Entrevistadora");
        assertThat(documentNamed(project, "teams-meeting").language()).isEqualTo("en");
    }

    @Test
    void interviewersAreOnlyTheSpeakersMappedSo() {
        Project project = Project.create("Study");
        ImportedTranscript transcript = transcript("x", "x.txt", "Q", "I", "Ana");

        project.apply(DocumentImport.edit(project, List.of(transcript), Map.of(0, List.of(
                new SpeakerMapping("Q", SpeakerRole.INTERVIEWER, ""),
                new SpeakerMapping("I", SpeakerRole.PARTICIPANT, "Ines")))));

        assertThat(project.documents().iterator().next().interviewers()).isEqualTo(Set.of("Q"));
        assertThat(participantNamed(project, "Ines").speakers()).hasSize(1);
    }

    /** A transcript where each speaker says one line, in order. */
    private static ImportedTranscript transcript(String name, String file, String... speakers) {
        StringBuilder text = new StringBuilder();
        List<SpeakerTurn> turns = new java.util.ArrayList<>();
        for (String speaker : speakers) {
            int start = text.length();
            text.append(speaker).append(": the words of ").append(speaker);
            turns.add(new SpeakerTurn(start, text.length(), speaker));
            text.append("\n\n");
        }
        if (speakers.length == 0) {
            text.append("A text without speakers.");
        }
        return new ImportedTranscript(Path.of(file), name, text.toString(), turns, "txt", "UTF-8", "en", List.of());
    }

    private static Document documentNamed(Project project, String name) {
        return project.documents().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private static Participant participantNamed(Project project, String name) {
        return project.participants().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

}
