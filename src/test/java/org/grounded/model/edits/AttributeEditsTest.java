package org.grounded.model.edits;

import java.util.List;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.AttributeScope;
import org.grounded.model.AttributeType;
import org.grounded.model.AttributeValue;
import org.grounded.model.EntityEdit;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grounded.model.edits.Study.applyCheckAndRevert;

class AttributeEditsTest {

    private final Study study = new Study();
    private final Project project = study.project;

    @Test
    void definingACategoryAttributeKeepsItsDistinctValues() {
        EntityEdit edit = AttributeEdits.define(project, "Breastfeeding", AttributeType.CATEGORY,
                AttributeScope.PARTICIPANT, List.of("exclusive", " mixed ", "Exclusive", ""));
        applyCheckAndRevert(project, edit, p -> assertThat(p.attributeDefinition(AttributeScope.PARTICIPANT,
                "breastfeeding").orElseThrow().categories()).containsExactly("exclusive", "mixed"));
        assertThatThrownBy(() -> AttributeEdits.define(project, "ROLE", AttributeType.TEXT, AttributeScope.PARTICIPANT,
                List.of())).hasMessage("There is already an attribute named 'Role'");
    }

    @Test
    void settingANumberStoresItsCanonicalForm() {
        EntityEdit edit = AttributeEdits.setValue(project, study.ana.id(), study.age.id(), " 29.0 ").orElseThrow();
        assertThat(edit.description()).isEqualTo("Set Age of 'Ana' to '29'");
        applyCheckAndRevert(project, edit, p -> assertThat(ana(p).attributes().get("Age"))
                .isEqualTo(AttributeValue.number(29)));
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTheAttribute() {
        assertThatThrownBy(() -> AttributeEdits.setValue(project, study.ana.id(), study.age.id(), "treinta"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Age: 'treinta' is not a number");
    }

    @Test
    void aKnownCategoryTakesItsSpellingAndANewOneExtendsTheCategories() {
        EntityEdit known = AttributeEdits.setValue(project, study.ana.id(), study.role.id(), "RECIPIENT").orElseThrow();
        applyCheckAndRevert(project, known, p -> {
            assertThat(ana(p).attributes().get("Role")).isEqualTo(AttributeValue.category("recipient"));
            assertThat(role(p).categories()).containsExactly("donor", "recipient");
        });
        EntityEdit added = AttributeEdits.setValue(project, study.ana.id(), study.role.id(), "both").orElseThrow();
        assertThat(added.changes()).hasSize(2);
        applyCheckAndRevert(project, added, p -> {
            assertThat(ana(p).attributes().get("Role")).isEqualTo(AttributeValue.category("both"));
            assertThat(role(p).categories()).containsExactly("donor", "recipient", "both");
        });
        assertThat(AttributeEdits.setValue(project, study.ana.id(), study.role.id(), "Donor")).isEmpty();
    }

    @Test
    void aBlankValueClearsIt() {
        EntityEdit clear = AttributeEdits.setValue(project, study.ana.id(), study.role.id(), " ").orElseThrow();
        assertThat(clear.description()).isEqualTo("Clear Role of 'Ana'");
        applyCheckAndRevert(project, clear, p -> assertThat(ana(p).attributes()).isEmpty());
        assertThat(AttributeEdits.clearValue(project, study.ana.id(), study.age.id())).isEmpty();
    }

    @Test
    void aParticipantAttributeIsNotSetOnADocument() {
        assertThatThrownBy(() -> AttributeEdits.setValue(project, study.interview.id(), study.age.id(), "3"))
                .hasMessage("'Age' is an attribute of participants");
    }

    @Test
    void documentAttributesAreSetOnDocuments() {
        project.apply(AttributeEdits.define(project, "Recorded", AttributeType.DATE, AttributeScope.DOCUMENT, List.of()));
        AttributeDefinition recorded = project.attributeDefinition(AttributeScope.DOCUMENT, "Recorded").orElseThrow();
        EntityEdit edit = AttributeEdits.setValue(project, study.interview.id(), recorded.id(), "2021-05-04").orElseThrow();
        applyCheckAndRevert(project, edit, p -> assertThat(p.document(study.interview.id()).orElseThrow().attributes())
                .containsEntry("Recorded", AttributeValue.date(java.time.LocalDate.of(2021, 5, 4))));
    }

    @Test
    void deletingAnAttributeRemovesItsValuesInTheSameEdit() {
        project.apply(AttributeEdits.setValue(project, study.ana.id(), study.age.id(), "31").orElseThrow());
        EntityEdit delete = AttributeEdits.delete(project, study.role.id());
        assertThat(delete.description()).isEqualTo("Delete attribute 'Role'");
        applyCheckAndRevert(project, delete, p -> {
            assertThat(p.attributeDefinitions()).extracting(AttributeDefinition::name).containsExactly("Age");
            assertThat(ana(p).attributes()).containsOnlyKeys("Age");
        });
    }

    private Participant ana(Project p) {
        return p.participant(study.ana.id()).orElseThrow();
    }

    private AttributeDefinition role(Project p) {
        return p.attributeDefinition(AttributeScope.PARTICIPANT, "Role").orElseThrow();
    }
}
