package org.grounded.ui.analysis.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grounded.cli.GroundedCommand;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.model.StopWords;
import org.grounded.search.WordCounts;
import org.grounded.search.WordFrequencies;
import org.grounded.search.WordRequest;
import org.grounded.search.WordScope;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The word-frequency window's view model over the sample study, without a stage. */
class WordFrequencyViewModelTest {

    @TempDir
    Path folder;

    private final Project project = AnalysisFixture.sample();
    private final Workspace workspace = AnalysisFixture.workspaceWith(project);
    private final StubDialogService dialogs = new StubDialogService();
    private final AnalysisFixture.RecordingClipboard clipboard = new AnalysisFixture.RecordingClipboard();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final WordFrequencyViewModel viewModel =
            new WordFrequencyViewModel(new Editor(workspace, dialogs), executor, clipboard);

    private List<String> words() {
        return viewModel.rows().stream().map(WordCounts.Row::word).toList();
    }

    @Test
    void theListIsTheCountOfTheWholeProjectAndFollowsTheScope() {
        viewModel.setActive(true);

        assertThat(viewModel.rows()).containsExactlyElementsOf(
                WordFrequencies.count(project, WordRequest.everyWord()).rows());
        assertThat(viewModel.summaryProperty().get()).matches("[\\d,]+ words counted, [\\d,]+ different");

        Participant someone = project.participants().iterator().next();
        WordFrequencyViewModel.ScopeChoice theirs = viewModel.scopes().stream()
                .filter(choice -> choice.label().equals("Participant: " + someone.name())).findFirst().orElseThrow();
        viewModel.scopeProperty().set(theirs);

        WordCounts expected = WordFrequencies.count(project, WordRequest.everyWord()
                .withScope(WordScope.of(WordScope.Kind.PARTICIPANT, someone.id())));
        assertThat(viewModel.rows()).containsExactlyElementsOf(expected.rows());
        assertThat(viewModel.rows()).allSatisfy(row -> assertThat(row.participants()).isEqualTo(1));
        assertThat(viewModel.scopes()).extracting(WordFrequencyViewModel.ScopeChoice::label)
                .startsWith("The whole project").anyMatch(label -> label.startsWith("Document: "))
                .anyMatch(label -> label.startsWith("Participant group: "));
    }

    @Test
    void theShortestWordAndTheStopWordsSwitchRecount() {
        viewModel.setActive(true);
        assertThat(words()).doesNotContain("the", "and", "i");

        viewModel.leaveOutStopWordsProperty().set(false);
        assertThat(words()).contains("the", "and", "i");

        viewModel.minimumLengthProperty().set(6);
        assertThat(words()).isNotEmpty().allSatisfy(word -> assertThat(word.codePointCount(0, word.length()))
                .isGreaterThanOrEqualTo(6));
    }

    @Test
    void editedStopWordsAreOneUndoableEditAndTheListFollowsThem() {
        viewModel.setActive(true);
        String top = words().get(0);
        dialogs.stopWords = dialog -> {
            dialog.languageProperty().set(dialog.languages().stream()
                    .filter(language -> language.code().equals("en")).findFirst().orElseThrow());
            dialog.textProperty().set(dialog.textProperty().get() + "\n" + top.toUpperCase() + "\n");
            return true;
        };

        assertThat(viewModel.editStopWords()).isTrue();
        executor.runScheduled();

        assertThat(project.stopWords().of("en").added()).containsExactly(top);
        assertThat(words()).doesNotContain(top);

        workspace.session().orElseThrow().undoManager().undo();
        executor.runScheduled();
        assertThat(project.stopWords()).isEqualTo(StopWords.BUILT_IN);
        assertThat(words().get(0)).isEqualTo(top);
    }

    @Test
    void cancellingTheStopWordEditorChangesNothing() {
        dialogs.stopWords = dialog -> {
            dialog.textProperty().set("");
            return false;
        };

        assertThat(viewModel.editStopWords()).isFalse();
        assertThat(project.stopWords()).isEqualTo(StopWords.BUILT_IN);
        assertThat(workspace.session().orElseThrow().undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void theExportedListIsWhatTheCommandLinePrints() throws Exception {
        Path file = folder.resolve("study.grounded");
        new ProjectFileStore().save(project, file);
        viewModel.setActive(true);
        viewModel.minimumLengthProperty().set(4);
        Path csv = folder.resolve("words.csv");
        dialogs.saveFiles.push(Optional.of(csv));

        assertThat(viewModel.exportList()).contains(csv);

        StringWriter out = new StringWriter();
        CommandLine commandLine = GroundedCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        assertThat(commandLine.execute("words", file.toString(), "--by", "none", "--min-length", "4")).isZero();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(out.toString());
        assertThat(out.toString()).startsWith("word,total,documents,participants\r\n");
    }

    @Test
    void aWordIsSearchedForAsItselfOrQuotedWhenTheQuerySyntaxWouldReadIt() {
        List<String> queries = new ArrayList<>();
        viewModel.setSearch(queries::add);

        viewModel.searchFor("donación");
        viewModel.searchFor("don't");
        viewModel.searchFor("u.s");

        assertThat(queries).containsExactly("donación", "don't", "\"u.s\"");
    }

    @Test
    void theCloudIsSavedAsThePngOfItsPixels() throws Exception {
        Path png = folder.resolve("cloud");
        dialogs.saveFiles.push(Optional.of(png));
        int[] pixels = {0xFFFFFFFF, 0xFF1F4E79, 0xFFB03A2E, 0xFFFFFFFF, 0xFF1E7145, 0xFF000000};

        assertThat(viewModel.exportCloud(new WordFrequencyViewModel.CloudPicture(3, 2, pixels)))
                .contains(folder.resolve("cloud.png"));

        java.awt.image.BufferedImage read = javax.imageio.ImageIO.read(folder.resolve("cloud.png").toFile());
        assertThat(read.getWidth()).isEqualTo(3);
        assertThat(read.getHeight()).isEqualTo(2);
        assertThat(read.getRGB(1, 0)).isEqualTo(0xFF1F4E79);
        assertThat(read.getRGB(1, 1)).isEqualTo(0xFF1E7145);
        assertThat(viewModel.messageProperty().get()).isEqualTo("Saved cloud.png");
    }
}
