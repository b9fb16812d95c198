package org.grounded.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.project.ProjectLock;
import org.grounded.io.project.ProjectLockedException;
import org.grounded.model.Code;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.StudyFixture;
import org.grounded.ui.TestServices;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.grounded.ui.task.DeferredTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainWindowViewModelTest {

    @TempDir
    Path folder;

    private final StubDialogService dialogs = new StubDialogService();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private MainWindowViewModel viewModel;

    @AfterEach
    void closeProject() {
        if (viewModel != null && viewModel.workspace().session().isPresent()) {
            viewModel.workspace().session().get().close();
        }
    }

    private MainWindowViewModel window() {
        viewModel = new MainWindowViewModel(TestServices.with(dialogs, executor, folder.resolve("samples")));
        return viewModel;
    }

    private Path savedStudy(String name) throws IOException {
        Path file = folder.resolve(name);
        new ProjectFileStore().save(StudyFixture.milkDonation(3), file);
        return file;
    }

    private ProjectSession session() {
        return viewModel.workspace().session().orElseThrow();
    }

    private static EntityEdit addCode(String name) {
        return EntityEdit.add("Add code '" + name + "'", Code.of(name, "#336699"));
    }

    @Test
    void openingAProjectShowsItsFirstDocumentAndRemembersIt() throws IOException {
        Path file = savedStudy("milk.grounded");

        window().openFile(file);

        assertThat(viewModel.state().projectOpenProperty().get()).isTrue();
        assertThat(viewModel.state().editableProperty().get()).isTrue();
        assertThat(viewModel.state().titleProperty().get()).isEqualTo("Donación de leche materna — Grounded");
        assertThat(viewModel.documents().documents()).hasSize(5);
        assertThat(viewModel.transcript().documentProperty().get().name()).isEqualTo("Entrevista 1 – Ana");
        assertThat(viewModel.welcome().recent()).extracting(item -> item.path()).containsExactly(file);
        assertThat(viewModel.statusBar().saveStateProperty().get()).isEqualTo("All changes saved");
    }

    @Test
    void anEditShowsInTheTitleAndIsAutosavedAfterTheDelay() throws Exception {
        Path file = savedStudy("milk.grounded");
        window().openFile(file);

        session().undoManager().perform(addCode("Hope"));
        assertThat(viewModel.state().titleProperty().get()).isEqualTo("Donación de leche materna • — Grounded");
        assertThat(viewModel.statusBar().saveStateProperty().get()).isEqualTo("Unsaved changes");
        assertThat(viewModel.state().undoTextProperty().get()).isEqualTo("Undo Add code 'Hope'");

        assertThat(executor.runScheduled()).isEqualTo(1);

        assertThat(session().isDirty()).isFalse();
        assertThat(viewModel.statusBar().saveStateProperty().get()).isEqualTo("Saved 10:42");
        assertThat(new ProjectFileStore().load(file).codeNamed("Hope")).isPresent();
    }

    @Test
    void closingWithUnsavedWorkSavesItFirst() throws Exception {
        Path file = savedStudy("milk.grounded");
        window().openFile(file);
        session().undoManager().perform(addCode("Hope"));

        viewModel.closeProject();

        assertThat(viewModel.state().projectOpenProperty().get()).isFalse();
        assertThat(new ProjectFileStore().load(file).codeNamed("Hope")).isPresent();
        try (ProjectLock lock = ProjectLock.acquire(file)) {
            assertThat(lock).as("the lock was released on close").isNotNull();
        }
    }

    @Test
    void aNewProjectThatWasNeverSavedAsksWhereToGoAndCancelKeepsItOpen() {
        window().newProject();
        session().undoManager().perform(addCode("Hope"));
        boolean[] exited = {false};

        dialogs.choices.push(Optional.empty());
        viewModel.requestQuit(() -> exited[0] = true);
        assertThat(exited[0]).isFalse();
        assertThat(viewModel.state().projectOpenProperty().get()).isTrue();

        Path target = folder.resolve("new-study");
        dialogs.choices.push(Optional.of(org.grounded.ui.session.ProjectLifecycle.CloseChoice.SAVE));
        dialogs.saveFiles.push(Optional.of(target));
        viewModel.requestQuit(() -> exited[0] = true);

        assertThat(exited[0]).isTrue();
        assertThat(folder.resolve("new-study.grounded")).exists();
    }

    @Test
    void anUntouchedNewProjectClosesWithoutAQuestion() {
        window().newProject();

        viewModel.closeProject();

        assertThat(dialogs.shown).isEmpty();
        assertThat(viewModel.state().projectOpenProperty().get()).isFalse();
    }

    @Test
    void aProjectLockedByAnotherWindowOpensReadOnlyWhenTheUserAgrees() throws IOException {
        Path file = savedStudy("milk.grounded");
        viewModel = new MainWindowViewModel(TestServices.with(dialogs, executor, folder, path -> {
            throw new ProjectLockedException(path, "milk.grounded is open in another Grounded window. Open it read-only?");
        }));

        dialogs.confirmations.push(true);
        viewModel.openFile(file);

        assertThat(dialogs.shown.get(0).message()).startsWith("milk.grounded is open in another Grounded window");
        assertThat(session().isReadOnly()).isTrue();
        assertThat(viewModel.state().editableProperty().get()).isFalse();
        assertThat(viewModel.state().titleProperty().get()).isEqualTo("Donación de leche materna (read-only) — Grounded");
        assertThat(viewModel.statusBar().saveStateProperty().get()).isEqualTo("Read-only");
    }

    @Test
    void aDamagedFileOffersACopyOfItsBackupAndLeavesTheOriginalAlone() throws IOException {
        Path file = savedStudy("milk.grounded");
        new ProjectFileStore().save(StudyFixture.milkDonation(2), file);
        Files.writeString(file, "{ \"schemaVersion\": 1, \"proj", StandardCharsets.UTF_8);

        dialogs.confirmations.push(true);
        window().openFile(file);

        assertThat(dialogs.shown.get(0).kind()).isEqualTo("confirm");
        assertThat(session().file()).contains(folder.resolve("milk (recovered).grounded"));
        assertThat(Files.readString(file)).isEqualTo("{ \"schemaVersion\": 1, \"proj");
    }

    @Test
    void anOpenThatFinishesAfterANewerOneIsDroppedAndReleasesItsLock() throws Exception {
        Path first = savedStudy("first.grounded");
        Path second = savedStudy("second.grounded");
        DeferredTaskExecutor deferred = new DeferredTaskExecutor();
        viewModel = new MainWindowViewModel(TestServices.with(dialogs, deferred, folder));

        viewModel.openFile(first);
        viewModel.openFile(second);
        deferred.run(1);
        deferred.run(0);

        assertThat(session().file()).contains(second);
        try (ProjectLock lock = ProjectLock.acquire(first)) {
            assertThat(lock).isNotNull();
        }
    }

    @Test
    void importingTranscriptsAddsDocumentsAsOneUndoableEdit() throws IOException {
        Path ana = Files.writeString(folder.resolve("ana.txt"),
                "Entrevistadora: ¿Cómo empezó todo?\nAna: En el grupo de Facebook 🍼.\n"
                        + "Entrevistadora: ¿Y después?\nAna: Doné durante seis meses.\n", StandardCharsets.UTF_8);
        Path notes = Files.writeString(folder.resolve("notes.md"), "Notas de campo sin hablantes.\n",
                StandardCharsets.UTF_8);
        Path broken = Files.write(folder.resolve("broken.docx"), new byte[] {1, 2, 3});
        window().newProject();

        viewModel.importFiles(List.of(ana, notes, broken));

        Project project = session().project();
        assertThat(project.documents()).hasSize(2);
        assertThat(project.participants()).extracting(p -> p.name()).containsExactly("Ana");
        assertThat(dialogs.lastImport.rows()).hasSize(3);
        assertThat(viewModel.state().undoTextProperty().get()).startsWith("Undo Import");
        assertThat(dialogs.shown).last().satisfies(summary -> {
            assertThat(summary.title()).isEqualTo("Import finished");
            assertThat(summary.message()).contains("Imported 2 transcripts").contains("Skipped 1 file")
                    .contains("broken.docx");
        });
        assertThat(viewModel.transcript().documentProperty().get()).isNotNull();

        viewModel.undo();
        assertThat(project.documents()).isEmpty();
    }

    @Test
    void aCancelledImportDialogChangesNothing() throws IOException {
        Path ana = Files.writeString(folder.resolve("ana.txt"), "Entrevistadora: ¿Sí?\nAna: Sí.\n");
        window().newProject();
        dialogs.importDialog = dialog -> false;

        viewModel.importFiles(List.of(ana));

        assertThat(session().project().documents()).isEmpty();
        assertThat(viewModel.state().canUndoProperty().get()).isFalse();
    }

    @Test
    void theSampleStudyMissingFromTheBuildIsExplained() {
        window().openSampleStudy();

        assertThat(dialogs.errors()).singleElement().satisfies(error ->
                assertThat(error.message()).contains("/samples/milk-donation.grounded").contains("not included"));
    }

    @Test
    void droppingOneProjectFileOpensIt() throws IOException {
        Path file = savedStudy("milk.grounded");
        window();

        assertThat(viewModel.acceptsDrop(List.of(file))).isTrue();
        assertThat(viewModel.acceptsDrop(List.of(folder.resolve("photo.png")))).isFalse();
        viewModel.filesDropped(List.of(file));

        assertThat(session().file()).contains(file);
    }

    @Test
    void droppingOneRefiProjectImportsItAsANewUnsavedProject() throws Exception {
        Path archive = folder.resolve("from-atlas.qdpx");
        org.grounded.model.Project study = StudyFixture.milkDonation(2);
        new org.grounded.io.refi.QdpxExporter().export(study, archive, org.grounded.model.Progress.NONE);
        window();

        assertThat(viewModel.acceptsDrop(List.of(archive))).isTrue();
        viewModel.filesDropped(List.of(archive));

        assertThat(session().file()).isEmpty();
        assertThat(session().isDirty()).isTrue();
        assertThat(session().project().documents()).hasSize(study.documents().size());
        assertThat(session().project().quotations()).hasSize(study.quotations().size());
    }

    private MainWindowViewModel windowWithSample(byte[] sample) {
        org.grounded.ui.main.AppServices base = TestServices.with(dialogs, executor, folder);
        org.grounded.ui.welcome.SampleStudy study = new org.grounded.ui.welcome.SampleStudy(
                name -> new java.io.ByteArrayInputStream(sample), org.grounded.ui.welcome.SampleStudy.RESOURCE,
                folder.resolve("Grounded/Samples"));
        viewModel = new MainWindowViewModel(new org.grounded.ui.main.AppServices(base.dialogs(), base.executor(),
                base.storage(), base.locker(), base.transcripts(), base.recentProjects(), study, base.clock()));
        return viewModel;
    }

    @Test
    void theSampleStudyIsCopiedToAWritableFolderAndOpened() throws IOException {
        byte[] sample = Files.readAllBytes(savedStudy("bundled.grounded"));

        windowWithSample(sample).openSampleStudy();

        Path copy = folder.resolve("Grounded/Samples/milk-donation.grounded");
        assertThat(session().file()).contains(copy);
        assertThat(session().isReadOnly()).isFalse();
    }

    @Test
    void anExistingCopyOfTheSampleIsKeptUnlessTheUserAsksForAFreshOne() throws IOException {
        byte[] sample = Files.readAllBytes(savedStudy("bundled.grounded"));
        Path copy = folder.resolve("Grounded/Samples/milk-donation.grounded");
        Files.createDirectories(copy.getParent());
        Project mine = StudyFixture.milkDonation(1);
        mine.apply(addCode("My own code"));
        new ProjectFileStore().save(mine, copy);

        dialogs.choices.push(Optional.of(false));
        windowWithSample(sample).openSampleStudy();
        assertThat(session().project().codeNamed("My own code")).isPresent();

        dialogs.choices.push(Optional.of(true));
        viewModel.openSampleStudy();
        assertThat(session().project().codeNamed("My own code")).isEmpty();
    }

    @Test
    void theCodersNameIsAskedForAndWrittenOnTheQuotationsMadeAfterwards() throws IOException {
        MainWindowViewModel window = window();
        window.openFile(savedStudy("study.grounded"));
        dialogs.texts.push(Optional.of("Lucía Pérez"));

        window.changeCoderName();

        var document = session().project().documents().iterator().next();
        window.transcript().userSelected(0, 10);
        window.panes().coding().applyCodes(List.of(session().project().codes().iterator().next().id()));
        assertThat(session().project().quotationsIn(document.id())).filteredOn(q -> q.start() == 0)
                .extracting(org.grounded.model.Quotation::coder).containsExactly("Lucía Pérez");
    }

    @Test
    void closingCommitsWhatIsStillBeingTypedBeforeSaving() throws Exception {
        MainWindowViewModel window = window();
        Path file = savedStudy("study.grounded");
        window.openFile(file);
        window.editor().addPendingCommit(() -> window.editor().performAlways("Cannot",
                project -> EntityEdit.add("Add code 'Typed'", Code.of("Typed", "#336699"))));

        window.closeProject();

        assertThat(new ProjectFileStore().load(file).codeNamed("Typed")).isPresent();
    }

    @Test
    void studyPropertiesRenameAndDescribeTheStudyAsOneUndoableEdit() throws Exception {
        window().openFile(savedStudy("milk.grounded"));
        String original = session().name();
        dialogs.studyProperties = properties -> {
            assertThat(properties.nameProperty().get()).isEqualTo(original);
            properties.nameProperty().set("  Donor milk in the NICU ");
            properties.descriptionProperty().set("Interviews with 12 mothers");
            return true;
        };

        viewModel.editStudyProperties();

        assertThat(session().name()).isEqualTo("Donor milk in the NICU");
        assertThat(session().project().info().description()).isEqualTo("Interviews with 12 mothers");
        assertThat(viewModel.state().titleProperty().get()).startsWith("Donor milk in the NICU");
        assertThat(viewModel.state().undoTextProperty().get()).contains("Donor milk in the NICU");

        viewModel.undo();

        assertThat(session().name()).isEqualTo(original);
        assertThat(session().project().info().description()).isEmpty();
        assertThat(viewModel.state().titleProperty().get()).startsWith(original);
    }

    @Test
    void cancellingOrBlankingStudyPropertiesChangesNothing() throws Exception {
        window().openFile(savedStudy("milk.grounded"));
        String original = session().name();
        dialogs.studyProperties = properties -> {
            properties.nameProperty().set("Renamed");
            return false;
        };
        viewModel.editStudyProperties();
        dialogs.studyProperties = properties -> {
            properties.nameProperty().set("   ");
            return true;
        };
        viewModel.editStudyProperties();

        assertThat(session().name()).isEqualTo(original);
        assertThat(session().undoManager().canUndoProperty().get()).isFalse();
    }

    @Test
    void aNewStudyTakesItsFileNameOnTheFirstSaveAsButANamedOneKeepsItsName() throws Exception {
        window().newProject();
        assertThat(session().name()).isEqualTo("Untitled study");

        dialogs.saveFiles.push(Optional.of(folder.resolve("Breastfeeding pilot.grounded")));
        viewModel.saveAs();

        assertThat(session().name()).isEqualTo("Breastfeeding pilot");
        assertThat(viewModel.state().titleProperty().get()).startsWith("Breastfeeding pilot");
        assertThat(new ProjectFileStore().load(folder.resolve("Breastfeeding pilot.grounded")).info().name())
                .as("the saved file carries the new name").isEqualTo("Breastfeeding pilot");

        dialogs.saveFiles.push(Optional.of(folder.resolve("copy.grounded")));
        viewModel.saveAs();

        assertThat(session().name()).as("a named study keeps its name").isEqualTo("Breastfeeding pilot");
    }
}
