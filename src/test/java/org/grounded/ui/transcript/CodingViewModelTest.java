package org.grounded.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.SpeakerTurn;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.TestServices;
import org.grounded.ui.codes.CodePalette;
import org.grounded.ui.prefs.CoderName;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CodingViewModelTest {

    private static final String TEXT = "Entrevistadora: ¿Qué significó?\nAna: Es oro líquido para mí. La leche es vida.";

    private final Workspace workspace = new Workspace();
    private final StubDialogService dialogs = new StubDialogService();
    private final Code fears = Code.of("Fears", "#C8553D");
    private final Code gold = Code.of("Liquid gold", "#F2C14E");
    private Project project;
    private Document document;
    private TranscriptViewModel transcript;
    private CodingViewModel coding;

    @BeforeEach
    void open() {
        project = Project.create("Milk");
        document = new Document(UUID.randomUUID(), "Ana", TEXT, "", java.time.Instant.EPOCH, "es", Map.of(),
                List.of(new SpeakerTurn(0, 31, "Entrevistadora"), new SpeakerTurn(32, TEXT.length(), "Ana")),
                Set.of("Entrevistadora"));
        project.apply(EntityEdit.builder("Set up").add(document).add(fears).add(gold).build());
        workspace.setSession(ProjectSession.untitled(project));
        workspace.selectedDocumentProperty().set(document.id());
        transcript = new TranscriptViewModel(workspace);
        coding = new CodingViewModel(new Editor(workspace, dialogs), transcript, CoderName.of("Rosa"),
                TestServices.CLOCK);
    }

    private void select(String words) {
        int start = TEXT.indexOf(words);
        transcript.userSelected(start, start + words.length());
    }

    private Quotation onlyQuotation() {
        assertThat(project.quotations()).hasSize(1);
        return project.quotations().iterator().next();
    }

    private String passage(Quotation quotation) {
        return TEXT.substring(quotation.start(), quotation.end());
    }

    @Test
    void codingASelectionSnapsItToWholeWordsAndSelectsTheNewQuotation() {
        select("ro líqu");

        coding.applyCodes(List.of(gold.id()));

        Quotation quotation = onlyQuotation();
        assertThat(passage(quotation)).isEqualTo("oro líquido");
        assertThat(quotation.codeIds()).containsExactly(gold.id());
        assertThat(quotation.coder()).isEqualTo("Rosa");
        assertThat(workspace.selectedQuotationProperty().get()).isEqualTo(quotation.id());
        assertThat(transcript.revealedProperty().get()).isEqualTo(new TextRange(quotation.start(), quotation.end()));
    }

    @Test
    void anExactSelectionIsCodedAsItIs() {
        coding.snapProperty().set(Snap.EXACT);
        select("ro líqu");

        coding.applyCodes(List.of(gold.id()));

        assertThat(passage(onlyQuotation())).isEqualTo("ro líqu");
    }

    @Test
    void sentenceSnappingTakesTheWholeSentence() {
        coding.snapProperty().set(Snap.SENTENCE);
        select("leche");

        coding.applyCodes(List.of(gold.id()));

        assertThat(passage(onlyQuotation())).isEqualTo("La leche es vida.");
    }

    @Test
    void aSelectionThatIsExactlyAQuotationGetsTheNewCodeOnThatQuotation() {
        select("oro líquido");
        coding.applyCodes(List.of(gold.id()));
        coding.snapProperty().set(Snap.SENTENCE);

        coding.applyCodes(List.of(fears.id()));

        assertThat(onlyQuotation().codeIds()).containsExactly(gold.id(), fears.id());
    }

    @Test
    void theQuickCodeBoxPutsTheCodeWithTheTypedNameFirstAndOffersANewCodeOnlyWhenNoneHasIt() {
        project.apply(EntityEdit.add("Add", Code.of("Fear of judgement", "#123456")));

        assertThat(coding.choices("fear")).extracting(QuickCodeChoice::label)
                .containsExactly("Fears", "Fear of judgement", "New code 'fear'");
        assertThat(coding.choices("FEARS")).extracting(QuickCodeChoice::label)
                .containsExactly("Fears");
        assertThat(coding.choices("oro")).extracting(QuickCodeChoice::label)
                .containsExactly("New code 'oro'");
    }

    @Test
    void anEmptyQuickCodeBoxOffersTheCodesAppliedLastNewestFirst() {
        select("oro líquido");
        coding.applyCodes(List.of(gold.id()));
        select("La leche es vida");
        coding.applyCodes(List.of(fears.id()));

        assertThat(coding.choices("")).extracting(QuickCodeChoice::name).containsExactly("Fears", "Liquid gold");
    }

    @Test
    void aNewQuickCodeIsMadeInAPaletteColourAndAppliedAsOneStepThatOneUndoTakesBack() {
        select("La leche es vida");
        QuickCodeChoice fresh = coding.choices("Milk is life").get(0);
        String colour = CodePalette.next(project);

        coding.quickCode(fresh);

        Code made = project.codeNamed("Milk is life").orElseThrow();
        assertThat(made.colour()).isEqualTo(colour).isNotEqualTo(Code.DEFAULT_COLOUR);
        assertThat(onlyQuotation().codeIds()).containsExactly(made.id());
        var undo = workspace.session().orElseThrow().undoManager();
        assertThat(undo.undoDescriptionProperty().get()).isEqualTo("Undo Apply new code 'Milk is life'");

        undo.undo();

        assertThat(project.codeNamed("Milk is life")).isEmpty();
        assertThat(project.quotations()).isEmpty();
        undo.redo();
        assertThat(project.codeNamed("Milk is life")).isPresent();
        assertThat(onlyQuotation().codeIds()).containsExactly(made.id());
    }

    @Test
    void codingInVivoNamesTheCodeAfterTheSelectedWords() {
        select("oro líquido");

        coding.codeInVivo();

        Code made = project.codeNamed("oro líquido").orElseThrow();
        assertThat(onlyQuotation().codeIds()).containsExactly(made.id());
        assertThat(coding.lastCodeNameProperty().get()).isEqualTo("oro líquido");
    }

    @Test
    void theLastCodeIsAppliedAgainToTheNextSelection() {
        select("oro líquido");
        coding.applyCodes(List.of(gold.id()));
        select("La leche es vida");

        coding.applyLastCode();

        assertThat(project.quotationsWithCode(gold.id())).extracting(this::passage)
                .containsExactly("oro líquido", "La leche es vida");
    }

    @Test
    void aCodeDroppedOnACodedPassageOutsideTheSelectionGoesToThatQuotation() {
        select("oro líquido");
        coding.applyCodes(List.of(gold.id()));
        select("La leche");

        coding.dropCode(fears.id(), TEXT.indexOf("líquido"));

        assertThat(onlyQuotation().codeIds()).containsExactly(gold.id(), fears.id());
    }

    @Test
    void theSelectedQuotationCanBeResizedToTheSelectionAndDeleted() {
        select("oro líquido");
        coding.applyCodes(List.of(gold.id()));
        select("Es oro líquido para mí");

        coding.resizeSelectedQuotation();

        assertThat(passage(onlyQuotation())).isEqualTo("Es oro líquido para mí");
        coding.deleteSelectedQuotation();
        assertThat(project.quotations()).isEmpty();
    }

    @Test
    void removingTheLastCodeOfAQuotationWithoutACommentRemovesTheQuotation() {
        select("oro líquido");
        coding.applyCodes(List.of(gold.id()));

        coding.removeCode(onlyQuotation().id(), gold.id());

        assertThat(project.quotations()).isEmpty();
    }

    @Test
    void nextAndPreviousQuotationWalkTheDocumentInTextOrder() {
        select("La leche es vida");
        coding.applyCodes(List.of(fears.id()));
        select("oro líquido");
        coding.applyCodes(List.of(gold.id()));
        UUID first = project.quotationsIn(document.id()).get(0).id();
        UUID second = project.quotationsIn(document.id()).get(1).id();

        coding.stepQuotation(1);
        assertThat(workspace.selectedQuotationProperty().get()).isEqualTo(second);
        coding.stepQuotation(-1);
        assertThat(workspace.selectedQuotationProperty().get()).isEqualTo(first);
    }

    @Test
    void clickingACodedPassageSelectsTheShortestQuotationThere() {
        select("Es oro líquido para mí");
        coding.applyCodes(List.of(fears.id()));
        select("oro");
        coding.applyCodes(List.of(gold.id()));
        workspace.selectedQuotationProperty().set(null);

        transcript.clickedAt(TEXT.indexOf("oro") + 1);

        Quotation chosen = project.quotation(workspace.selectedQuotationProperty().get()).orElseThrow();
        assertThat(passage(chosen)).isEqualTo("oro");
        transcript.clickedAt(TEXT.indexOf("para"));
        assertThat(passage(project.quotation(workspace.selectedQuotationProperty().get()).orElseThrow()))
                .isEqualTo("Es oro líquido para mí");
        transcript.clickedAt(TEXT.indexOf("leche"));
        assertThat(workspace.selectedQuotationProperty().get()).isNull();
    }

    @Test
    void theMarginGivesOverlappingQuotationsSeparateLanes() {
        select("Es oro líquido para mí");
        coding.applyCodes(List.of(fears.id()));
        select("oro");
        coding.applyCodes(List.of(gold.id()));

        Margin margin = transcript.marginProperty().get();

        assertThat(margin.lanes()).isEqualTo(2);
        assertThat(margin.brackets()).extracting(Margin.Bracket::lane).containsExactlyInAnyOrder(0, 1);
        assertThat(margin.brackets().get(0).codes()).extracting(Margin.CodeMark::name).containsExactly("Fears");
    }
}
