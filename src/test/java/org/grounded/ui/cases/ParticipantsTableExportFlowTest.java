package org.grounded.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.grounded.model.AttributeScope;
import org.grounded.model.Project;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Export participants table…, and the file imported back through the preview changes nothing. */
class ParticipantsTableExportFlowTest {

    @TempDir
    Path folder;

    private final Project project = AnalysisFixture.sample();
    private final Workspace workspace = AnalysisFixture.workspaceWith(project);
    private final StubDialogService dialogs = new StubDialogService();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final ParticipantsTableExportFlow export = new ParticipantsTableExportFlow(workspace, dialogs, executor);
    private final CaseImportFlow importFlow = new CaseImportFlow(new Editor(workspace, dialogs), executor,
            Optional::empty);

    @Test
    void theTableWrittenAsCsvOrXlsxImportsBackUnchanged() throws Exception {
        long revision = project.revision();
        for (String name : new String[] {"participants.csv", "participants.xlsx"}) {
            dialogs.saveFiles.push(Optional.of(folder.resolve(name)));
            export.start();
            assertThat(dialogs.shown).last().satisfies(shown -> assertThat(shown.message())
                    .startsWith("Wrote " + name + ": 9 participants, 7 attributes."));

            importFlow.start(AttributeScope.PARTICIPANT, folder.resolve(name));
            assertThat(dialogs.shown).last().satisfies(shown -> assertThat(shown.message()).isEqualTo(
                    name + ": 0 new participants, 0 updated, 9 unchanged, 0 skipped. Nothing changed in the project."));
        }
        assertThat(project.revision()).isEqualTo(revision);
        assertThat(dialogs.choosers.get(0).filters()).extracting(filter -> filter.extensions().get(0))
                .containsExactly("csv", "xlsx");
        assertThat(Files.readString(folder.resolve("participants.csv"), StandardCharsets.UTF_8).lines().findFirst())
                .hasValueSatisfying(header -> assertThat(header).startsWith("Name,age,role,"));
    }

    @Test
    void aNameWithoutAKnownExtensionGetsCsvAndACancelledChooserWritesNothing() throws Exception {
        export.start();
        assertThat(dialogs.shown).isEmpty();

        dialogs.saveFiles.push(Optional.of(folder.resolve("table")));
        export.start();
        assertThat(folder.resolve("table.csv")).exists();
    }
}
