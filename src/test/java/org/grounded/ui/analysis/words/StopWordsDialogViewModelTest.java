package org.grounded.ui.analysis.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.grounded.model.Project;
import org.grounded.model.StopWordChanges;
import org.grounded.model.edits.StopWordEdits;
import org.grounded.search.StopWordLists;
import org.grounded.ui.analysis.AnalysisFixture;
import org.junit.jupiter.api.Test;

class StopWordsDialogViewModelTest {

    private final Project project = AnalysisFixture.sample();

    private StopWordsDialogViewModel.Language language(StopWordsDialogViewModel dialog, String code) {
        return dialog.languages().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theDocumentsLanguagesComeFirstThenSpanishEnglishAndMalay() {
        StopWordsDialogViewModel dialog = StopWordsDialogViewModel.of(project);

        // the sample holds five English documents and one Spanish one
        assertThat(dialog.languages()).extracting(StopWordsDialogViewModel.Language::code).containsExactly("en", "es", "ms");
        assertThat(dialog.languages()).extracting(StopWordsDialogViewModel.Language::label)
                .containsExactly("English (en)", "Spanish (es)", "Malay (ms)");
        assertThat(StopWordsDialogViewModel.words(dialog.textProperty().get()))
                .containsExactlyElementsOf(StopWordLists.builtIn("en").stream().sorted().toList());
    }

    @Test
    void whatIsTypedInEachLanguageIsKeptWhileSwitchingAndBecomesTheirChanges() {
        project.apply(StopWordEdits.change(project, new StopWordChanges("es", List.of("pues"), List.of())).orElseThrow());
        StopWordsDialogViewModel dialog = StopWordsDialogViewModel.of(project);
        dialog.textProperty().set(dialog.textProperty().get().replace("\nyou\n", "\n") + "\nyeah, like; okay");
        dialog.languageProperty().set(language(dialog, "es"));
        assertThat(StopWordsDialogViewModel.words(dialog.textProperty().get())).contains("pues", "de");
        dialog.restoreBuiltIn();
        assertThat(dialog.wordCount()).isEqualTo(StopWordLists.builtIn("es").size());
        dialog.languageProperty().set(language(dialog, "en"));
        assertThat(dialog.textProperty().get()).contains("okay").doesNotContain("\nyou\n");

        assertThat(dialog.changes()).containsExactlyInAnyOrder(
                new StopWordChanges("en", List.of("like", "okay", "yeah"), List.of("you")),
                StopWordChanges.none("es"));
    }
}
