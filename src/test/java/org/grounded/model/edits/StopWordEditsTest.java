package org.grounded.model.edits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.grounded.model.Project;
import org.grounded.model.StopWordChanges;
import org.grounded.model.StopWords;
import org.grounded.model.StopWordsEdit;
import org.junit.jupiter.api.Test;

class StopWordEditsTest {

    @Test
    void wordsAreKeptTrimmedInLowerCaseSortedAndOnce() {
        StopWordChanges changes = new StopWordChanges("ES-mx", List.of(" Pues", "bueno", "PUES", " "), List.of("No"));

        assertThat(changes.language()).isEqualTo("es");
        assertThat(changes.added()).containsExactly("bueno", "pues");
        assertThat(changes.removed()).containsExactly("no");
    }

    @Test
    void aWordCannotBeAddedAndRemovedAtOnce() {
        assertThatThrownBy(() -> new StopWordChanges("es", List.of("no"), List.of("NO")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'no'");
    }

    @Test
    void anEditChangesOneLanguageAndUndoesToTheBuiltInLists() {
        Project project = Project.create("Estudio");
        StopWordsEdit edit = StopWordEdits.change(project,
                new StopWordChanges("es", List.of("pues", "bueno"), List.of("no"))).orElseThrow();

        project.apply(edit);

        assertThat(edit.description()).isEqualTo("Edit the Spanish stop words");
        assertThat(project.stopWords().of("es-MX").added()).containsExactly("bueno", "pues");
        assertThat(project.stopWords().of("es").removed()).containsExactly("no");
        assertThat(project.stopWords().of("en").keepsBuiltIn()).isTrue();
        assertThat(project.copy().stopWords()).isEqualTo(project.stopWords());

        project.revert(edit);

        assertThat(project.stopWords()).isEqualTo(StopWords.BUILT_IN);
    }

    @Test
    void changesEqualToTheProjectsAreNoEditAndEmptyChangesDropTheLanguage() {
        Project project = Project.create("Estudio");
        assertThat(StopWordEdits.change(project, StopWordChanges.none("en"))).isEmpty();
        project.apply(StopWordEdits.change(project, new StopWordChanges("en", List.of("like"), List.of())).orElseThrow());
        assertThat(StopWordEdits.change(project, new StopWordChanges("en", List.of("LIKE "), List.of()))).isEmpty();

        project.apply(StopWordEdits.change(project, StopWordChanges.none("en")).orElseThrow());

        assertThat(project.stopWords().languages()).isEmpty();
    }

    @Test
    void anEditMadeForOtherStopWordsIsRefused() {
        Project project = Project.create("Estudio");
        StopWordsEdit first = StopWordEdits.change(project, new StopWordChanges("ms", List.of("lah"), List.of())).orElseThrow();
        project.apply(StopWordEdits.change(project, new StopWordChanges("ms", List.of("kan"), List.of())).orElseThrow());

        assertThatThrownBy(() -> project.apply(first)).isInstanceOf(IllegalStateException.class);
        assertThat(project.stopWords().of("ms").added()).containsExactly("kan");
    }

    @Test
    void languagesAreNamedInEnglish() {
        assertThat(StopWordEdits.languageName("ms")).isEqualTo("Malay");
        assertThat(StopWordEdits.languageName("en")).isEqualTo("English");
        assertThat(StopWordEdits.languageName("")).isEqualTo("no-language");
    }
}
