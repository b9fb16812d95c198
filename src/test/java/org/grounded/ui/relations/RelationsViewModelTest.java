package org.grounded.ui.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.grounded.model.Code;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.Relation;
import org.grounded.model.RelationType;
import org.grounded.model.edits.RelationDirection;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RelationsViewModelTest {

    private final Workspace workspace = new Workspace();
    private final StubDialogService dialogs = new StubDialogService();
    private final RelationsViewModel viewModel = new RelationsViewModel(new Editor(workspace, dialogs));
    private final Code fears = Code.of("Fears", "#C8553D");
    private final Code obstacles = Code.of("Obstacles", "#6D597A");
    private final Code motivation = Code.of("Motivation", "#7A9E3B");
    private Project project;

    @BeforeEach
    void open() {
        project = Project.create("Study");
        project.apply(EntityEdit.builder("Codes").add(fears).add(obstacles).add(motivation).build());
        workspace.setSession(ProjectSession.untitled(project));
    }

    private RelationsViewModel.CodeItem item(Code code) {
        return viewModel.codes().stream().filter(i -> i.id().equals(code.id())).findFirst().orElseThrow();
    }

    private void relate(Code from, RelationType how, Code to) {
        viewModel.sourceProperty().set(item(from));
        viewModel.typeProperty().set(how);
        viewModel.targetProperty().set(item(to));
        viewModel.relate();
    }

    @Test
    void twoCodesAreRelatedWithATypeAndTheRelationReadsInItsDirection() {
        relate(fears, RelationType.IS_CAUSE_OF, obstacles);

        assertThat(viewModel.rows()).extracting(RelationsViewModel.RelationRow::phrase)
                .containsExactly("Fears  — is cause of →  Obstacles");
        assertThat(viewModel.selectedRowProperty().get().source().name()).isEqualTo("Fears");
        assertThat(viewModel.targetProperty().get()).as("ready for the next relation").isNull();
    }

    @Test
    void theSameRelationTwiceIsRefusedWithAMessage() {
        relate(fears, RelationType.CONTRADICTS, obstacles);

        relate(obstacles, RelationType.CONTRADICTS, fears);

        assertThat(project.relations()).hasSize(1);
        assertThat(dialogs.errors()).singleElement().satisfies(shown ->
                assertThat(shown.message()).startsWith("There is already a relation"));
    }

    @Test
    void aRelationsTypeIsChangedAndItIsReversedAndDeleted() {
        relate(fears, RelationType.IS_CAUSE_OF, obstacles);
        Relation relation = project.relations().iterator().next();

        viewModel.changeType(relation.id(), RelationType.IS_PART_OF.id());
        viewModel.reverse(relation.id());

        assertThat(viewModel.rows()).extracting(RelationsViewModel.RelationRow::phrase)
                .containsExactly("Obstacles  — is part of →  Fears");
        viewModel.delete(relation.id());
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.selectedRowProperty().get()).isNull();
    }

    @Test
    void aNewRelationTypeIsNamedAndGivenADirectionThenChosenForTheNextRelation() {
        dialogs.texts.push(Optional.of("hinders"));
        dialogs.choices.push(Optional.of(RelationDirection.DIRECTED));

        viewModel.newType();

        RelationType hinders = project.relationTypeNamed("hinders").orElseThrow();
        assertThat(hinders.directed()).isTrue();
        assertThat(viewModel.typeProperty().get()).isEqualTo(hinders);
        assertThat(viewModel.types()).contains(hinders);
    }

    @Test
    void theListCanBeNarrowedToTheSelectedCodesRelations() {
        relate(fears, RelationType.IS_CAUSE_OF, obstacles);
        relate(motivation, RelationType.CONTRADICTS, obstacles);

        viewModel.onlySelectedCodeProperty().set(true);
        workspace.selectedCodeProperty().set(motivation.id());

        assertThat(viewModel.rows()).extracting(row -> row.source().name()).containsExactly("Motivation");
        workspace.selectedCodeProperty().set(obstacles.id());
        assertThat(viewModel.rows()).hasSize(2);
    }

    @Test
    void startingFromACodeSetsItAsTheFirstCode() {
        viewModel.startFrom(fears.id());

        assertThat(viewModel.sourceProperty().get().name()).isEqualTo("Fears");
    }
}
