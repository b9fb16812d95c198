package org.grounded.ui.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.DeferredTaskExecutor;
import org.grounded.ui.undo.UndoManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CodeTreeViewModelTest {

    private final Workspace workspace = new Workspace();
    private final StubDialogService dialogs = new StubDialogService();
    private final CodeTreeViewModel viewModel = new CodeTreeViewModel(new Editor(workspace, dialogs));
    private final Code milk = Code.of("Significance of milk", "#E0A100");
    private final Code gold = Code.of("Liquid gold", "#F2C14E").withParent(milk.id());
    private final Code gift = Code.of("Gift of life", "#E38B29").withParent(milk.id());
    private final Code fears = Code.of("Fears", "#C8553D");
    private Project project;
    private UndoManager undo;

    @BeforeEach
    void open() {
        project = Project.create("Study");
        Document document = Document.of("Ana", "La leche es oro líquido y un regalo de vida.");
        project.apply(EntityEdit.builder("Setup").add(milk).add(gold).add(gift).add(fears).add(document)
                .add(Quotation.of(document.id(), 0, 8, List.of(gold.id(), gift.id()), "lucía"))
                .add(Quotation.of(document.id(), 9, 20, List.of(gold.id()), "lucía"))
                .add(Quotation.of(document.id(), 21, 30, List.of(milk.id()), "lucía"))
                .add(Quotation.of(document.id(), 31, 40, List.of(fears.id()), "lucía"))
                .build());
        ProjectSession session = ProjectSession.untitled(project);
        workspace.setSession(session);
        undo = session.undoManager();
    }

    private CodeNode node(String name) {
        return find(viewModel.roots(), name).orElseThrow(() -> new AssertionError("no " + name + " in the tree"));
    }

    private static Optional<CodeNode> find(List<CodeNode> nodes, String name) {
        for (CodeNode node : nodes) {
            if (node.name().equals(name)) {
                return Optional.of(node);
            }
            Optional<CodeNode> below = find(node.children(), name);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    @Test
    void categoriesCountTheirOwnQuotationsAndThoseOfTheirSubCodesEachOnce() {
        CodeNode category = node("Significance of milk");

        assertThat(category.isCategory()).isTrue();
        assertThat(category.direct()).isEqualTo(1);
        assertThat(category.quotations()).as("own 1 + gold 2 + gift 1, the shared one counted once").isEqualTo(3);
        assertThat(category.children()).extracting(CodeNode::name, CodeNode::quotations)
                .containsExactly(tuple("Liquid gold", 2), tuple("Gift of life", 1));
    }

    @Test
    void theTreeFollowsEditsAndUndo() {
        undo.perform(EntityEdit.add("Add code", Code.of("Hope", "#7A9E3B")));
        assertThat(viewModel.roots()).extracting(CodeNode::name).contains("Hope");

        undo.undo();
        assertThat(viewModel.roots()).extracting(CodeNode::name).doesNotContain("Hope");
    }

    @Test
    void filteringByNameKeepsTheCategoryOfAFoundCodeShownAsNotMatching() {
        viewModel.filterTextProperty().set("LÍQUID");

        assertThat(viewModel.roots()).extracting(CodeNode::name).containsExactly("Significance of milk");
        assertThat(viewModel.roots().get(0).matches()).isFalse();
        assertThat(viewModel.roots().get(0).children()).extracting(CodeNode::name, CodeNode::matches)
                .containsExactly(tuple("Liquid gold", true));
    }

    @Test
    void switchingProjectsEmptiesTheFilterBoxAndShowsEveryCodeOfTheNewProject() {
        viewModel.filterTextProperty().set("gold");
        viewModel.scopeProperty().set(CodeScope.CORE);
        Project other = Project.create("Other study");
        other.apply(EntityEdit.builder("Setup").add(Code.of("Gold standard", "#3D6FB6"))
                .add(Code.of("Trust", "#D1495B")).build());

        workspace.setSession(ProjectSession.untitled(other));

        assertThat(viewModel.filterTextProperty().get()).isEmpty();
        assertThat(viewModel.scopeProperty().get()).isEqualTo(CodeScope.ALL);
        assertThat(viewModel.roots()).extracting(CodeNode::name).containsExactlyInAnyOrder("Gold standard", "Trust");
    }

    @Test
    void aStudyOpenedIsCountedInTheBackgroundAndAnEditMadeMeanwhileIsCountedToo() {
        DeferredTaskExecutor background = new DeferredTaskExecutor();
        Workspace window = new Workspace();
        CodeTreeViewModel tree = new CodeTreeViewModel(new Editor(window, dialogs), background);
        ProjectSession session = ProjectSession.untitled(project);
        window.setSession(session);

        assertThat(tree.countingProperty().get()).isTrue();
        assertThat(tree.roots()).as("no counts yet: no rows that would show wrong ones").isEmpty();
        Document document = project.documents().iterator().next();
        session.undoManager().perform(EntityEdit.add("Code", Quotation.of(document.id(), 41, 44, List.of(fears.id()), "ana")));
        tree.filterTextProperty().set("");
        background.runAll();

        assertThat(tree.countingProperty().get()).isFalse();
        assertThat(find(tree.roots(), "Fears").orElseThrow().direct()).as("the one before and the one coded while counting")
                .isEqualTo(2);
        assertThat(find(tree.roots(), "Significance of milk").orElseThrow().quotations()).isEqualTo(3);
        assertThat(find(tree.roots(), "Liquid gold").orElseThrow().direct()).isEqualTo(2);

        window.setSession(null);
        assertThat(tree.roots()).isEmpty();
        assertThat(tree.countingProperty().get()).isFalse();
    }

    @Test
    void aCountThatArrivesAfterTheStudyClosedIsDropped() {
        DeferredTaskExecutor background = new DeferredTaskExecutor();
        Workspace window = new Workspace();
        CodeTreeViewModel tree = new CodeTreeViewModel(new Editor(window, dialogs), background);
        window.setSession(ProjectSession.untitled(project));
        Project other = Project.create("Other study");
        other.apply(EntityEdit.add("Setup", Code.of("Trust", "#D1495B")));
        window.setSession(ProjectSession.untitled(other));

        background.run(1); // the newer study's count first
        background.run(0); // then the first study's, late

        assertThat(tree.roots()).extracting(CodeNode::name).containsExactly("Trust");
        assertThat(tree.countingProperty().get()).isFalse();
    }

    @Test
    void theTreeCanShowOneLevelTheCoreCodesOrACodeGroup() {
        viewModel.setLevel(List.of(milk.id()), CodingLevel.AXIAL);
        viewModel.setCore(List.of(fears.id()), true);
        undo.perform(EntityEdit.add("Group", Group.of("Emotions", GroupKind.CODE, Set.of(fears.id(), gift.id()))));

        viewModel.scopeProperty().set(CodeScope.level(CodingLevel.AXIAL));
        assertThat(viewModel.roots()).extracting(CodeNode::name).containsExactly("Significance of milk");
        viewModel.scopeProperty().set(CodeScope.CORE);
        assertThat(viewModel.roots()).extracting(CodeNode::name).containsExactly("Fears");
        CodeScope emotions = viewModel.scopes().stream().filter(s -> s.label().equals("Group: Emotions"))
                .findFirst().orElseThrow();
        viewModel.scopeProperty().set(emotions);
        assertThat(viewModel.roots()).extracting(CodeNode::name).containsExactly("Significance of milk", "Fears");
        assertThat(node("Significance of milk").children()).extracting(CodeNode::name).containsExactly("Gift of life");
    }

    @Test
    void aNewCodeTakesAPaletteColourAndBecomesTheSelectedCode() {
        dialogs.texts.push(Optional.of("Hope"));

        viewModel.newCode(milk.id());

        Code hope = project.codeNamed("Hope").orElseThrow();
        assertThat(hope.parentId()).isEqualTo(milk.id());
        assertThat(hope.colour()).isIn(CodePalette.SWATCHES.stream().map(CodePalette.Swatch::colour).toList());
        assertThat(viewModel.selectedCodeProperty().get()).isEqualTo(hope.id());
    }

    @Test
    void aNameAnotherCodeHasIsRefusedWithAMessageAndNothingChanges() {
        long revision = project.revision();

        boolean renamed = viewModel.rename(fears.id(), "liquid GOLD");

        assertThat(renamed).isFalse();
        assertThat(project.revision()).isEqualTo(revision);
        assertThat(dialogs.errors()).singleElement().satisfies(shown ->
                assertThat(shown.message()).isEqualTo("There is already a code named 'Liquid gold'"));
    }

    @Test
    void mergingAsksForTheSurvivorAndMovesTheQuotationsToIt() {
        dialogs.picks.push(Optional.of("Liquid gold"));

        viewModel.mergeInto(gift.id());

        assertThat(project.code(gift.id())).isEmpty();
        assertThat(project.quotationCount(gold.id())).isEqualTo(2);
        assertThat(viewModel.selectedCodeProperty().get()).isEqualTo(gold.id());
        undo.undo();
        assertThat(project.code(gift.id())).isPresent();
    }

    @Test
    void aCodeCannotBeDroppedOnItselfOrOnOneOfItsOwnSubCodes() {
        assertThat(viewModel.canMoveUnder(milk.id(), gold.id())).isFalse();
        assertThat(viewModel.canMoveUnder(milk.id(), milk.id())).isFalse();
        assertThat(viewModel.canMoveUnder(gold.id(), milk.id())).as("already there").isFalse();
        assertThat(viewModel.canMoveUnder(fears.id(), gold.id())).isTrue();

        viewModel.moveUnder(fears.id(), gold.id());

        assertThat(node("Liquid gold").isCategory()).isTrue();
        assertThat(node("Significance of milk").quotations()).isEqualTo(4);
    }

    @Test
    void deletingACodeInUseAsksFirstAndKeepsItWhenTheUserSaysNo() {
        dialogs.confirmations.push(false);

        viewModel.delete(fears.id());

        assertThat(project.code(fears.id())).isPresent();
        dialogs.confirmations.push(true);
        viewModel.delete(fears.id());
        assertThat(project.code(fears.id())).isEmpty();
    }

    @Test
    void markingSeveralCodesAsCoreIsOneStepAndKeepsTheirLevels() {
        viewModel.setLevel(List.of(fears.id()), CodingLevel.AXIAL);
        int before = undo.undoSize();

        viewModel.setCore(List.of(fears.id(), gift.id()), true);

        assertThat(undo.undoSize()).isEqualTo(before + 1);
        assertThat(project.code(fears.id()).orElseThrow()).extracting(Code::core, Code::level)
                .containsExactly(true, CodingLevel.AXIAL);
        assertThat(project.code(gift.id()).orElseThrow()).extracting(Code::core, Code::level)
                .containsExactly(true, CodingLevel.OPEN);
    }

    @Test
    void promotingToThemesSetsTheSelectiveLevelAndTheCoreMarkInOneStep() {
        viewModel.promoteToTheme(List.of(milk.id(), fears.id()));

        assertThat(project.code(milk.id()).orElseThrow()).extracting(Code::level, Code::core)
                .containsExactly(CodingLevel.SELECTIVE, true);
        undo.undo();
        assertThat(project.code(milk.id()).orElseThrow()).extracting(Code::level, Code::core)
                .containsExactly(CodingLevel.OPEN, false);
        assertThat(project.code(fears.id()).orElseThrow().core()).isFalse();
    }
}
