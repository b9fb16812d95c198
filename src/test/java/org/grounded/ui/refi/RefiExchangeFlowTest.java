package org.grounded.ui.refi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.refi.ExternalSources;
import org.grounded.io.refi.QdcExporter;
import org.grounded.io.refi.QdcImporter;
import org.grounded.io.refi.QdpxExporter;
import org.grounded.io.refi.QdpxImporter;
import org.grounded.io.refi.QdpxPositions;
import org.grounded.io.refi.RefiCodebookImport;
import org.grounded.io.refi.RefiExportReport;
import org.grounded.io.refi.RefiImportException;
import org.grounded.io.refi.RefiProjectImport;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.grounded.model.EntityEdit;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import org.grounded.ui.main.AppServices;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.StudyFixture;
import org.grounded.ui.TestServices;
import org.grounded.ui.main.MainWindowViewModel;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The REFI-QDA commands of the File menu, driven through the main window's view model. */
class RefiExchangeFlowTest {

    @TempDir
    Path folder;

    private final StubDialogService dialogs = new StubDialogService();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private MainWindowViewModel viewModel;

    @AfterEach
    void closeProject() {
        if (viewModel != null) {
            viewModel.workspace().session().ifPresent(ProjectSession::close);
        }
    }

    private MainWindowViewModel window() {
        return window(RefiExchange.standard());
    }

    private MainWindowViewModel window(RefiExchange refi) {
        AppServices base = TestServices.with(dialogs, executor, folder.resolve("samples"));
        viewModel = new MainWindowViewModel(new AppServices(base.dialogs(), base.executor(), base.storage(),
                base.locker(), base.transcripts(), base.recentProjects(), base.sampleStudy(), base.clock(), refi));
        return viewModel;
    }

    private ProjectSession session() {
        return viewModel.workspace().session().orElseThrow();
    }

    private Path savedStudy(String name) throws IOException {
        Path file = folder.resolve(name);
        new ProjectFileStore().save(StudyFixture.milkDonation(3), file);
        return file;
    }

    private Path exportedStudy(String name) throws IOException {
        Path file = folder.resolve(name);
        new QdpxExporter().export(StudyFixture.milkDonation(3), file, Progress.NONE);
        return file;
    }

    private void importProject(Path qdpx) {
        dialogs.openFiles.push(Optional.of(qdpx));
        viewModel.refi().importProject();
    }

    // ---- import a project ---------------------------------------------------------------------

    @Test
    void anImportedProjectOpensUntitledAsUnsavedWorkAndTheReportSaysWhatCameIn() throws IOException {
        Path qdpx = exportedStudy("milk.qdpx");
        window();

        importProject(qdpx);

        Project project = session().project();
        Project original = StudyFixture.milkDonation(3);
        assertThat(project.info().name()).isEqualTo(original.info().name());
        assertThat(project.documents()).hasSize(5);
        assertThat(project.codes()).hasSize(original.codes().size());
        assertThat(project.quotations()).hasSize(original.quotations().size());
        assertThat(session().file()).isEmpty();
        assertThat(session().isDirty()).as("an import is unsaved work").isTrue();
        assertThat(viewModel.statusBar().locationProperty().get()).isEqualTo("Not saved yet");
        assertThat(viewModel.state().titleProperty().get()).isEqualTo("Donación de leche materna • — Grounded");
        assertThat(viewModel.transcript().documentProperty().get()).isNotNull();
        assertThat(dialogs.shown).singleElement().satisfies(report -> {
            assertThat(report.kind()).isEqualTo("info");
            assertThat(report.title()).isEqualTo("Project imported");
            assertThat(report.message()).contains("5 documents", "11 codes", "milk.qdpx", "not saved yet")
                    .contains("Imported\n", "5 participants");
        });
        assertThat(dialogs.choosers).singleElement().satisfies(chooser ->
                assertThat(chooser.filters()).singleElement().satisfies(filter ->
                        assertThat(filter.extensions()).containsExactly("qdpx")));
    }

    /** A .qdpx with one source inside and one {@code file://} source pointing at a file the test writes. */
    private Path archiveWithAnExternalSource(String secret) throws IOException {
        Path outside = Files.writeString(folder.resolve("secret.txt"), secret);
        Path qdpx = folder.resolve("outside.qdpx");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(qdpx))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("project.qde"));
            zip.write("""
                    <Project xmlns="urn:QDA-XML:project:1.0" name="Outside">
                      <Sources>
                        <TextSource guid="11111111-1111-4111-8111-111111111111" name="Inside"><PlainTextContent>Inside text</PlainTextContent></TextSource>
                        <TextSource guid="22222222-2222-4222-8222-222222222222" name="Passwords" plainTextPath="file://%s"/>
                      </Sources>
                    </Project>""".formatted(outside.toAbsolutePath()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return qdpx;
    }

    private String allText() {
        StringBuilder text = new StringBuilder();
        session().project().documents().forEach(document -> text.append(document.text()).append('\n'));
        return text.toString();
    }

    @Test
    void filesOutsideTheArchiveAreNamedAndLeftOutUnlessTheBoxIsTicked() throws IOException {
        Path qdpx = archiveWithAnExternalSource("bank password 7731");
        window();

        importProject(qdpx);

        ExternalSourcesViewModel question = dialogs.lastExternalSources;
        assertThat(question).isNotNull();
        assertThat(question.files()).singleElement().satisfies(file -> {
            assertThat(file.item()).isEqualTo("text source 'Passwords'");
            assertThat(file.file()).isEqualTo(folder.resolve("secret.txt").toAbsolutePath());
        });
        assertThat(question.checkboxLabel()).isEqualTo("Read this file into the project");
        assertThat(question.readProperty().get()).as("reading is off until the user ticks it").isFalse();
        assertThat(allText()).contains("Inside text").doesNotContain("7731");
        assertThat(dialogs.shown).singleElement().satisfies(report ->
                assertThat(report.message()).contains("Not read: files outside the archive")
                        .contains(folder.resolve("secret.txt").toAbsolutePath().toString()));
    }

    @Test
    void tickingTheBoxReadsTheFilesOutsideTheArchive() throws IOException {
        Path qdpx = archiveWithAnExternalSource("bank password 7731");
        dialogs.externalSources = question -> {
            question.readProperty().set(true);
            return true;
        };
        window();

        importProject(qdpx);

        assertThat(allText()).contains("Inside text").contains("bank password 7731");
        assertThat(session().project().documents()).hasSize(2);
    }

    @Test
    void cancellingTheQuestionAboutOutsideFilesOpensNothing() throws IOException {
        Path qdpx = archiveWithAnExternalSource("bank password 7731");
        dialogs.externalSources = question -> false;
        window();

        importProject(qdpx);

        assertThat(viewModel.workspace().session()).isEmpty();
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void savingAnImportedProjectSuggestsItsNameNextToTheArchive() throws Exception {
        Path qdpx = exportedStudy("milk.qdpx");
        Files.writeString(folder.resolve("milk.grounded"), "an older project of the same name");
        window();
        importProject(qdpx);

        Path target = folder.resolve("chosen");
        dialogs.saveFiles.push(Optional.of(target));
        viewModel.save();

        assertThat(dialogs.choosers).last().satisfies(chooser -> {
            assertThat(chooser.initialFolder()).contains(folder.toAbsolutePath());
            assertThat(chooser.initialFileName()).isEqualTo("milk (2).grounded");
        });
        assertThat(session().file()).contains(folder.resolve("chosen.grounded").toAbsolutePath());
        assertThat(session().isDirty()).isFalse();
        assertThat(new ProjectFileStore().load(folder.resolve("chosen.grounded")).documents()).hasSize(5);
    }

    @Test
    void importingSavesTheOpenProjectFirst() throws Exception {
        Path file = savedStudy("current.grounded");
        Path qdpx = exportedStudy("milk.qdpx");
        window().openFile(file);
        session().undoManager().perform(EntityEdit.add("Add code 'Hope'", Code.of("Hope", "#336699")));

        importProject(qdpx);

        assertThat(new ProjectFileStore().load(file).codeNamed("Hope")).isPresent();
        assertThat(session().file()).isEmpty();
        assertThat(session().project().codeNamed("Hope")).isEmpty();
    }

    @Test
    void keepingAnUnsavedNewProjectOpenDropsTheImport() throws IOException {
        Path qdpx = exportedStudy("milk.qdpx");
        window().newProject();
        ProjectSession untitled = session();
        untitled.undoManager().perform(EntityEdit.add("Add code 'Hope'", Code.of("Hope", "#336699")));

        dialogs.choices.push(Optional.empty());
        importProject(qdpx);

        assertThat(session()).isSameAs(untitled);
        assertThat(dialogs.shown).singleElement().satisfies(question ->
                assertThat(question.title()).isEqualTo("Save the new project?"));
    }

    @Test
    void closingAnImportedProjectAsksWhetherToSaveIt() throws IOException {
        Path qdpx = exportedStudy("milk.qdpx");
        window();
        importProject(qdpx);

        dialogs.choices.push(Optional.empty());
        viewModel.closeProject();

        assertThat(dialogs.shown).last().satisfies(question ->
                assertThat(question.title()).isEqualTo("Save the new project?"));
        assertThat(viewModel.state().projectOpenProperty().get()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not a zip archive | text",
        "an entry that climbs out of the archive | slip",
        "no project.qde | empty",
        "a DOCTYPE with an external entity | xxe",
    })
    void aRefusedArchiveShowsWhyAndLeavesTheOpenProjectAsItWas(String what, String kind) throws IOException {
        Path file = savedStudy("current.grounded");
        Path hostile = hostileArchive(kind, folder.resolve("hostile.qdpx"));
        window().openFile(file);
        ProjectSession before = session();

        importProject(hostile);

        assertThat(session()).as(what).isSameAs(before);
        assertThat(session().isDirty()).isFalse();
        assertThat(dialogs.errors()).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("Cannot import project");
            assertThat(error.message()).startsWith("hostile.qdpx: ").endsWith("Nothing was imported.");
        });
        assertThat(dialogs.shown).hasSize(1);
        assertThat(folder.getParent().resolve("evil.txt")).doesNotExist();
    }

    private static Path hostileArchive(String kind, Path target) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        switch (kind) {
            case "text" -> {
                return Files.writeString(target, "This is a note, not a project.");
            }
            case "slip" -> {
                entries.put("project.qde", "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Harmless\"/>");
                entries.put("../evil.txt", "owned");
            }
            case "empty" -> entries.put("sources/readme.txt", "no project here");
            case "xxe" -> entries.put("project.qde", "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM "
                    + "\"file:///etc/passwd\">]>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>");
            default -> throw new IllegalArgumentException(kind);
        }
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return target;
    }

    @Test
    void cancellingFromTheStatusBarStopsTheImportQuietly() throws IOException {
        Path file = savedStudy("current.grounded");
        boolean[] offered = {false};
        RefiExchange slow = new StubExchange() {
            @Override
            public RefiProjectImport readProject(Path qdpx, ExternalSources external, Progress progress) {
                offered[0] = viewModel.statusBar().cancellableProperty().get();
                viewModel.statusBar().cancelActivity();
                if (progress.isCancelled()) {
                    throw new CancellationException("cancelled");
                }
                throw new AssertionError("the import was not cancelled");
            }
        };
        window(slow).openFile(file);
        ProjectSession before = session();

        importProject(folder.resolve("big.qdpx"));

        assertThat(offered[0]).as("the status bar offered Cancel").isTrue();
        assertThat(session()).isSameAs(before);
        assertThat(dialogs.shown).isEmpty();
        assertThat(viewModel.statusBar().busyProperty().get()).isFalse();
    }

    // ---- export a project ---------------------------------------------------------------------

    @Test
    void anExportedProjectIsAnArchiveTheImporterReadsBack() throws Exception {
        Path file = savedStudy("milk.grounded");
        window().openFile(file);
        Project project = session().project();

        dialogs.saveFiles.push(Optional.of(folder.resolve("for-nvivo")));
        dialogs.choices.push(Optional.of(QdpxPositions.CODE_POINTS));
        viewModel.refi().exportProject();

        assertThat(dialogs.choosers).last().satisfies(chooser -> {
            assertThat(chooser.initialFileName()).isEqualTo("milk.qdpx");
            assertThat(chooser.initialFolder()).contains(folder.toAbsolutePath());
        });
        Path written = folder.resolve("for-nvivo.qdpx");
        RefiProjectImport back = new QdpxImporter().read(written, Progress.NONE);
        assertThat(back.project().documents()).extracting(d -> d.text())
                .containsExactlyInAnyOrderElementsOf(project.documents().stream().map(d -> d.text()).toList());
        assertThat(back.project().quotations()).hasSize(project.quotations().size());
        assertThat(back.project().codes()).hasSize(project.codes().size());
        assertThat(dialogs.shown).first().satisfies(question ->
                assertThat(question.message()).contains("emoji", "NVivo"));
        assertThat(dialogs.shown).filteredOn(shown -> !shown.kind().equals("choose")).singleElement().satisfies(report -> {
            assertThat(report.title()).isEqualTo("Project exported");
            assertThat(report.message()).contains("for-nvivo.qdpx", "11 codes", "5 documents");
        });
        assertThat(session().isDirty()).isFalse();
    }

    @Test
    void theExportForNvivoCountsUtf16UnitsAndCancellingTheQuestionWritesNothing() throws Exception {
        Path file = savedStudy("milk.grounded");
        window().openFile(file);
        Project project = session().project();

        dialogs.saveFiles.push(Optional.of(folder.resolve("cancelled.qdpx")));
        viewModel.refi().exportProject();
        dialogs.saveFiles.push(Optional.of(folder.resolve("nvivo.qdpx")));
        dialogs.choices.push(Optional.of(QdpxPositions.UTF16));
        viewModel.refi().exportProject();

        assertThat(folder.resolve("cancelled.qdpx")).doesNotExist();
        RefiProjectImport back = new QdpxImporter().read(folder.resolve("nvivo.qdpx"), Progress.NONE);
        assertThat(back.report().counting()).contains("UTF-16");
        for (var quotation : project.quotations()) {
            var again = back.project().quotation(quotation.id()).orElseThrow();
            assertThat(new int[] {again.start(), again.end()}).containsExactly(quotation.start(), quotation.end());
        }
    }

    @Test
    void aProjectOpenedReadOnlyCanStillBeExportedButTakesNoCodebook() throws Exception {
        Path file = savedStudy("milk.grounded");
        AppServices base = TestServices.with(dialogs, executor, folder, path -> {
            throw new org.grounded.io.project.ProjectLockedException(path, "milk.grounded is open elsewhere.");
        });
        viewModel = new MainWindowViewModel(base);
        dialogs.confirmations.push(true);
        viewModel.openFile(file);
        assertThat(session().isReadOnly()).isTrue();

        dialogs.saveFiles.push(Optional.of(folder.resolve("read-only.qdpx")));
        dialogs.choices.push(Optional.of(QdpxPositions.CODE_POINTS));
        viewModel.refi().exportProject();
        dialogs.openFiles.push(Optional.of(folder.resolve("team.qdc")));
        viewModel.refi().importCodebook();

        assertThat(new QdpxImporter().read(folder.resolve("read-only.qdpx"), Progress.NONE).project().documents())
                .hasSize(5);
        assertThat(dialogs.choosers).hasSize(1);
    }

    @Test
    void theExportReadsACopySoLaterEditsDoNotReachTheArchive() throws Exception {
        Path file = savedStudy("milk.grounded");
        Project[] exported = {null};
        RefiExchange recording = new StubExchange() {
            @Override
            public RefiExportReport exportProject(Project project, Path target, Progress progress) {
                exported[0] = project;
                return new RefiExportReport(target, 0, 0, 0, 0, 0, 0, 0, java.util.List.of());
            }
        };
        window(recording).openFile(file);

        dialogs.saveFiles.push(Optional.of(folder.resolve("copy.qdpx")));
        dialogs.choices.push(Optional.of(QdpxPositions.CODE_POINTS));
        viewModel.refi().exportProject();
        session().undoManager().perform(EntityEdit.add("Add code 'Hope'", Code.of("Hope", "#336699")));

        assertThat(exported[0]).isNotSameAs(session().project());
        assertThat(exported[0].codeNamed("Hope")).isEmpty();
    }

    @Test
    void aFailedExportSaysWhereItCouldNotWrite() throws Exception {
        Path file = savedStudy("milk.grounded");
        window().openFile(file);

        dialogs.saveFiles.push(Optional.of(folder.resolve("missing-folder/out.qdpx")));
        dialogs.choices.push(Optional.of(QdpxPositions.CODE_POINTS));
        viewModel.refi().exportProject();

        assertThat(dialogs.errors()).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("Cannot export");
            assertThat(error.message()).contains("out.qdpx").contains("The project itself is unchanged.");
        });
    }

    // ---- codebooks ----------------------------------------------------------------------------

    /** A codebook with one code the study has ("Fears"), a new one, and a new category with a sub-code. */
    private Path teamCodebook() throws IOException {
        Project team = Project.create("Team codebook");
        Code hope = Code.of("Hope", "#7A9E3B");
        Code fears = Code.of("fears", "#C8553D");
        Code care = Code.of("Care work", "#3A7CA5");
        Code night = new Code(java.util.UUID.randomUUID(), "Night feeds", "#5AA9E6", "", care.id(),
                CodingLevel.OPEN, false);
        team.apply(EntityEdit.builder("Add codes").add(hope).add(fears).add(care).add(night).build());
        Path file = folder.resolve("team.qdc");
        new QdcExporter().export(team, file);
        return file;
    }

    @Test
    void aCodebookIsPreviewedThenMergedAsOneUndoableEdit() throws Exception {
        Path qdc = teamCodebook();
        window().openFile(savedStudy("milk.grounded"));
        int before = session().project().codes().size();

        dialogs.openFiles.push(Optional.of(qdc));
        viewModel.refi().importCodebook();

        CodebookPreviewViewModel preview = dialogs.lastCodebookPreview;
        assertThat(preview.rows()).extracting(CodebookPreviewViewModel.CodeRow::name)
                .containsExactly("Hope", "fears", "Care work", "Night feeds");
        assertThat(preview.rows()).extracting(CodebookPreviewViewModel.CodeRow::isNew)
                .containsExactly(true, false, true, true);
        assertThat(preview.rows()).extracting(CodebookPreviewViewModel.CodeRow::depth).containsExactly(0, 0, 0, 1);
        assertThat(preview.summary()).isEqualTo("4 codes in team.qdc: 3 are new, 1 is already in "
                + "Donación de leche materna and stays as it is.");
        assertThat(preview.confirmLabel()).isEqualTo("Import 3 codes");
        Project project = session().project();
        assertThat(project.codes()).hasSize(before + 3);
        assertThat(project.codeNamed("Night feeds").orElseThrow().parentId())
                .isEqualTo(project.codeNamed("Care work").orElseThrow().id());
        assertThat(viewModel.state().undoTextProperty().get()).isEqualTo("Undo Import codebook team.qdc");
        assertThat(dialogs.shown).last().satisfies(report -> {
            assertThat(report.title()).isEqualTo("Codebook imported");
            assertThat(report.message()).contains("Added 3 new codes from team.qdc").contains("1 code was already in the project and is kept as it is.");
        });

        viewModel.undo();

        assertThat(project.codes()).hasSize(before);
        assertThat(project.codeNamed("Hope")).isEmpty();
    }

    @Test
    void importingTheSameCodebookTwiceChangesNothingTheSecondTime() throws Exception {
        Path qdc = teamCodebook();
        window().openFile(savedStudy("milk.grounded"));
        dialogs.openFiles.push(Optional.of(qdc));
        viewModel.refi().importCodebook();
        long revision = session().project().revision();

        dialogs.openFiles.push(Optional.of(qdc));
        dialogs.lastCodebookPreview = null;
        viewModel.refi().importCodebook();

        assertThat(dialogs.lastCodebookPreview).isNull();
        assertThat(dialogs.shown).last().satisfies(info -> {
            assertThat(info.title()).isEqualTo("Nothing to import");
            assertThat(info.message()).contains("Every code in team.qdc (4 codes) is already in");
        });
        assertThat(session().project().revision()).isEqualTo(revision);
        assertThat(session().undoManager().undoSize()).isEqualTo(1);
    }

    @Test
    void cancellingTheCodebookPreviewChangesNothing() throws Exception {
        Path qdc = teamCodebook();
        window().openFile(savedStudy("milk.grounded"));
        dialogs.codebookPreview = preview -> false;

        dialogs.openFiles.push(Optional.of(qdc));
        viewModel.refi().importCodebook();

        assertThat(dialogs.lastCodebookPreview).isNotNull();
        assertThat(session().project().codeNamed("Hope")).isEmpty();
        assertThat(viewModel.state().canUndoProperty().get()).isFalse();
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void aCodebookThatIsNotOneIsRefusedWithItsReason() throws Exception {
        Path notCodebook = Files.writeString(folder.resolve("notes.qdc"), "<Notes/>");
        window().openFile(savedStudy("milk.grounded"));

        dialogs.openFiles.push(Optional.of(notCodebook));
        viewModel.refi().importCodebook();

        assertThat(dialogs.errors()).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("Cannot import codebook");
            assertThat(error.message()).startsWith("notes.qdc: ").contains("<CodeBook>");
        });
        assertThat(session().isDirty()).isFalse();
    }

    @Test
    void noCodebookCanBeImportedWithoutAnOpenProject() {
        window();
        dialogs.openFiles.push(Optional.of(folder.resolve("team.qdc")));

        viewModel.refi().importCodebook();

        assertThat(dialogs.choosers).isEmpty();
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void anExportedCodebookHoldsTheCodeTree() throws Exception {
        window().openFile(savedStudy("milk.grounded"));

        dialogs.saveFiles.push(Optional.of(folder.resolve("shared")));
        viewModel.refi().exportCodebook();

        assertThat(dialogs.choosers).last().satisfies(chooser ->
                assertThat(chooser.initialFileName()).isEqualTo("milk codebook.qdc"));
        RefiCodebookImport back = new QdcImporter().read(folder.resolve("shared.qdc"));
        assertThat(back.codesInTreeOrder()).extracting(Code::name).startsWith("Significance of milk", "Liquid gold",
                "Gift of life", "Social networks");
        assertThat(dialogs.shown).singleElement().satisfies(info -> {
            assertThat(info.title()).isEqualTo("Codebook exported");
            assertThat(info.message()).startsWith("Wrote 11 codes to shared.qdc");
        });
    }

    @Test
    void aProjectWithoutCodesHasNoCodebookToExport() {
        window().newProject();

        viewModel.refi().exportCodebook();

        assertThat(dialogs.choosers).isEmpty();
        assertThat(dialogs.shown).singleElement().satisfies(info ->
                assertThat(info.title()).isEqualTo("No codes to export"));
    }

    /** Every call fails unless a test overrides it. */
    private static class StubExchange implements RefiExchange {
        @Override
        public RefiProjectImport readProject(Path file, ExternalSources external, Progress progress) throws RefiImportException {
            throw new RefiImportException(file, "not expected in this test");
        }

        @Override
        public RefiCodebookImport readCodebook(Path file) throws RefiImportException {
            throw new RefiImportException(file, "not expected in this test");
        }

        @Override
        public RefiExportReport exportProject(Project project, Path target, Progress progress) throws IOException {
            throw new IOException("not expected in this test");
        }

        @Override
        public RefiExportReport exportCodebook(Project project, Path target) throws IOException {
            throw new IOException("not expected in this test");
        }
    }
}
