package org.grounded.model.edits;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grounded.model.AttributeScope;
import org.grounded.model.AttributeType;
import org.grounded.model.AttributeValue;
import org.grounded.model.Document;
import org.grounded.model.Project;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseImportEditsTest {

    private final Study study = new Study();
    private final Project project = study.project;

    @Test
    void documentsGetAttributesByNameAndUnknownDocumentsAreSkipped() {
        List<CaseColumn> columns = List.of(new CaseColumn("Site", AttributeType.CATEGORY));
        List<CaseRow> rows = List.of(
                new CaseRow(2, "post", Map.of("Site", AttributeValue.category("Facebook")), Set.of(), List.of()),
                new CaseRow(3, "Diary", Map.of("Site", AttributeValue.category("Home")), Set.of(), List.of()));

        CaseImportResult result = CaseImportEdits.importCases(project, AttributeScope.DOCUMENT, columns, rows);

        assertThat(result.count(CaseImportResult.Action.UPDATED)).isEqualTo(1);
        assertThat(result.skipped()).extracting(CaseImportResult.Outcome::row, CaseImportResult.Outcome::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "the project has no document named 'Diary'"));
        Study.applyCheckAndRevert(project, result.edit().orElseThrow(), p -> {
            Document post = p.documents().stream().filter(d -> d.name().equals("Post")).findFirst().orElseThrow();
            assertThat(post.attributes()).isEqualTo(Map.of("Site", AttributeValue.category("Facebook")));
            assertThat(p.documents()).hasSize(2);
            assertThat(p.attributeDefinition(AttributeScope.DOCUMENT, "Site").orElseThrow().categories())
                    .containsExactly("Facebook");
        });
    }

    @Test
    void aMissingCellClearsTheValueAndAColumnOfAnotherTypeIsRefusedWhole() {
        List<CaseColumn> age = List.of(new CaseColumn("Age", AttributeType.NUMBER));
        project.apply(CaseImportEdits.importCases(project, AttributeScope.PARTICIPANT, age,
                List.of(new CaseRow(2, "Ana", Map.of("Age", AttributeValue.number(29)), Set.of(), List.of())))
                .edit().orElseThrow());
        assertThat(project.participants().iterator().next().attributes())
                .containsEntry("Age", AttributeValue.number(29)).containsKey("Role");
        CaseImportResult cleared = CaseImportEdits.importCases(project, AttributeScope.PARTICIPANT, age,
                List.of(new CaseRow(2, "ana", Map.of(), Set.of("Age"), List.of())));
        Study.applyCheckAndRevert(project, cleared.edit().orElseThrow(), p ->
                assertThat(p.participants().iterator().next().attributes()).doesNotContainKey("Age")
                        .containsKey("Role"));

        assertThatThrownBy(() -> CaseImportEdits.importCases(project, AttributeScope.PARTICIPANT,
                List.of(new CaseColumn("age", AttributeType.TEXT)),
                List.of(new CaseRow(2, "Ana", Map.of("age", AttributeValue.text("young")), Set.of(), List.of()))))
                .hasMessage("The column 'age' holds text but the attribute 'Age' holds numbers");
    }
}
