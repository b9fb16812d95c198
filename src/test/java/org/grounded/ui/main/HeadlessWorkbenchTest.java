package org.grounded.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.grounded.generate.StudyGenerator;
import org.grounded.generate.StudySize;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.project.ProjectJournal;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.Project;
import org.grounded.ui.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadlessWorkbenchTest {

    @TempDir
    Path folder;

    @Test
    void codingThroughThePanesJournalsTheEditSchedulesAnAutosaveAndUndoes() throws Exception {
        Project project = StudyGenerator.generate(new StudySize(3, 400, 12, 30, 2), 11);
        Path file = folder.resolve("study" + ProjectFileStore.EXTENSION);
        long checksum = new ProjectFileStore().save(project, file, written -> { });
        Document document = project.documents().iterator().next();
        Code code = project.codes().iterator().next();
        int quotations = project.quotations().size();
        int coded = project.quotationCount(code.id());
        ProjectJournal journal = ProjectJournal.open(file, project, checksum);

        try (HeadlessWorkbench workbench = HeadlessWorkbench.open(project, file, journal, TestServices.CODER,
                TestServices.CLOCK)) {
            workbench.show(document.id(), code.id());
            assertThat(workbench.autosavePending()).isFalse();

            boolean changed = workbench.code(5, 40, code.id());

            assertThat(changed).isTrue();
            assertThat(project.quotationCount(code.id())).isEqualTo(coded + 1);
            assertThat(journal.unsavedEdits()).isEqualTo(1);
            assertThat(workbench.autosavePending()).isTrue();
            assertThat(workbench.paneCount()).isEqualTo(11);

            workbench.undoAll();
            assertThat(project.quotations()).hasSize(quotations);
            assertThat(project.quotationCount(code.id())).isEqualTo(coded);
        }
    }
}
