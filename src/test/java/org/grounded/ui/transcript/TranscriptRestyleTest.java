package org.grounded.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.grounded.analysis.CoderFilter;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.edits.CodebookEdits;
import org.grounded.model.edits.CodingEdits;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.undo.UndoManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The viewer restyles only the stretch an edit changed; after every edit, undo and redo its
 * styles must be those of a whole restyle of the document ({@link TranscriptStyler#runs}, the
 * oracle), for overlapping quotations and passages at the text's first and last character.
 */
class TranscriptRestyleTest {

    private static final Instant WHEN = Instant.parse("2024-05-06T10:42:00Z");
    private static final String TEXT = "Ana: We met at the milk bank.\nBen: The donors came at night, "
            + "and the babies were fed.\nAna: Liquid gold, she said.";

    private final Code fear = Code.of("Fear", "#C8553D");
    private final Code gold = Code.of("Liquid gold", "#F2C14E");
    private final Workspace workspace = new Workspace();
    private Project project;
    private Document document;
    private UndoManager undo;
    private TranscriptViewModel transcript;

    @BeforeEach
    void open() {
        project = Project.create("Milk");
        document = Document.of("Ana", TEXT);
        project.apply(EntityEdit.builder("Set up").add(document).add(fear).add(gold)
                .add(Quotation.of(document.id(), 35, 80, List.of(fear.id()), "lucía"))
                .add(Quotation.of(document.id(), 40, 55, List.of(gold.id()), "rosa")).build());
        ProjectSession session = ProjectSession.untitled(project);
        workspace.setSession(session);
        undo = session.undoManager();
        workspace.selectedDocumentProperty().set(document.id());
        transcript = new TranscriptViewModel(workspace);
    }

    private void code(int start, int end, Code code) {
        undo.perform(CodingEdits.applyCodes(project, document.id(), start, end, List.of(code.id()), "lucía", WHEN)
                .orElseThrow());
    }

    /** The styles shown equal a whole restyle of the project's quotations as they are now. */
    private void assertStylesAreAWholeRestyle(String after) {
        List<Quotation> quotations = transcript.coderFilterProperty().get().isAll() ? project.quotationsIn(document.id())
                : project.quotationsIn(document.id()).stream().map(transcript.coderFilterProperty().get()::applyTo)
                        .filter(q -> !q.codeIds().isEmpty()).toList();
        Map<UUID, Code> codes = new HashMap<>();
        project.codes().forEach(code -> codes.put(code.id(), code));
        assertThat(transcript.stylesProperty().get()).as("the styles after %s", after)
                .isEqualTo(TranscriptStyler.runs(document, quotations, codes));
    }

    @Test
    void codingUndoAndRedoAtTheTextsEdgesAndInsideOverlapsStyleAsAWholeRestyle() {
        assertStylesAreAWholeRestyle("opening");

        code(0, 12, gold);
        assertStylesAreAWholeRestyle("coding the text's first characters");
        code(TEXT.length() - 10, TEXT.length(), fear);
        assertStylesAreAWholeRestyle("coding the text's last characters");
        code(45, 50, fear);
        assertStylesAreAWholeRestyle("coding inside two overlapping quotations");
        code(50, 95, gold);
        assertStylesAreAWholeRestyle("coding across a quotation's end");

        for (int step = 0; step < 4; step++) {
            undo.undo();
            assertStylesAreAWholeRestyle("undo " + (step + 1));
        }
        for (int step = 0; step < 4; step++) {
            undo.redo();
            assertStylesAreAWholeRestyle("redo " + (step + 1));
        }
    }

    @Test
    void resizingRemovingACodeAndRecolouringStyleAsAWholeRestyle() {
        Quotation inner = project.quotationsIn(document.id()).stream().filter(q -> q.start() == 40).findFirst()
                .orElseThrow();
        undo.perform(CodingEdits.resizeQuotation(project, inner.id(), 0, TEXT.length()).orElseThrow());
        assertStylesAreAWholeRestyle("widening a quotation to the whole text");
        undo.perform(CodingEdits.removeCode(project, inner.id(), gold.id()).orElseThrow());
        assertStylesAreAWholeRestyle("removing a quotation's last code");
        undo.undo();
        assertStylesAreAWholeRestyle("undoing the removal");

        undo.perform(CodebookEdits.recolour(project, fear.id(), "#112233").orElseThrow());
        assertStylesAreAWholeRestyle("recolouring a code");
        undo.undo();
        assertStylesAreAWholeRestyle("undoing the recolouring");
    }

    @Test
    void codingWhileOneCodersCodingsAreShownStylesAsAWholeRestyle() {
        transcript.coderFilterProperty().set(CoderFilter.of(List.of("lucía")));
        assertStylesAreAWholeRestyle("showing one coder's codings");

        code(5, 20, gold);
        assertStylesAreAWholeRestyle("coding as that coder");
        undo.undo();
        assertStylesAreAWholeRestyle("undo");
    }
}
