package org.grounded.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.transcript.TranscriptImporter;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.ui.InMemoryPreferences;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.TestServices;
import org.grounded.ui.importer.TranscriptImports;
import org.grounded.ui.prefs.CoderName;
import org.grounded.ui.prefs.RecentProjects;
import org.grounded.ui.session.ProjectLocker;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.ProjectStorage;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.grounded.ui.welcome.SampleStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coder's name asked on the first start is the one new quotations carry (issue 18). */
class CoderNameOnFirstStartTest {

    private static final String TEXT = "Ana: Es oro líquido para mí. La leche es vida.";

    @TempDir
    Path folder;

    private final StubDialogService dialogs = new StubDialogService();
    private final InMemoryPreferences settings = new InMemoryPreferences();

    private MainWindowViewModel start() {
        return new MainWindowViewModel(new AppServices(dialogs, new CurrentThreadTaskExecutor(),
                ProjectStorage.of(new ProjectFileStore()), ProjectLocker.fileLocks(),
                TranscriptImports.of(new TranscriptImporter()), new RecentProjects(new InMemoryPreferences()),
                new SampleStudy(name -> null, SampleStudy.RESOURCE, folder), TestServices.CLOCK,
                new CoderName(settings.node("coder"), "root")));
    }

    @Test
    void theNameAskedOnTheFirstStartIsWrittenOnNewQuotations() {
        MainWindowViewModel window = start();
        assertThat(window.coderNameProperty().get()).isEqualTo("root");
        dialogs.texts.push(Optional.of("Ana Pérez"));

        window.askCoderNameOnFirstStart();

        assertThat(dialogs.shown).extracting(StubDialogService.Shown::title).containsExactly("Coder name");
        assertThat(window.coderNameProperty().get()).isEqualTo("Ana Pérez");

        Project project = Project.create("Milk");
        Document document = new Document(UUID.randomUUID(), "Ana", TEXT, "", java.time.Instant.EPOCH, "es", Map.of(),
                List.of(), Set.of());
        Code gold = Code.of("Liquid gold", "#F2C14E");
        project.apply(EntityEdit.builder("Set up").add(document).add(gold).build());
        window.workspace().setSession(ProjectSession.untitled(project));
        window.workspace().selectedDocumentProperty().set(document.id());
        int start = TEXT.indexOf("oro líquido");
        window.transcript().userSelected(start, start + "oro líquido".length());
        window.panes().coding().applyCodes(List.of(gold.id()));

        assertThat(project.quotations()).extracting(Quotation::coder).containsExactly("Ana Pérez");
    }

    @Test
    void theNextStartDoesNotAskAgainEvenWhenTheQuestionWasCancelled() {
        start().askCoderNameOnFirstStart(); // cancelled: keeps the system's user name
        MainWindowViewModel next = start();

        next.askCoderNameOnFirstStart();

        assertThat(dialogs.shown).hasSize(1);
        assertThat(next.coderNameProperty().get()).isEqualTo("root");
    }
}
