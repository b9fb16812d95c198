package org.grounded.ui.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.grounded.io.project.ProjectFileException;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.Project;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;

/** Workspaces over the shipped sample study, and a clipboard that remembers, for the analysis windows' tests. */
public final class AnalysisFixture {

    /** The committed sample study; tests read it and never write it. */
    public static final Path SAMPLE = Path.of("samples/milk-donation.grounded");

    private AnalysisFixture() {
    }

    public static Project sample() {
        try {
            return new ProjectFileStore().load(SAMPLE);
        } catch (ProjectFileException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A workspace with the project open (untitled: no file, so exports start in no folder). */
    public static Workspace workspaceWith(Project project) {
        Workspace workspace = new Workspace();
        workspace.setSession(ProjectSession.untitled(project));
        return workspace;
    }

    /** Remembers what was copied. */
    public static final class RecordingClipboard implements TextClipboard {
        public final List<String> texts = new ArrayList<>();

        @Override
        public void putText(String text) {
            texts.add(text);
        }

        public String last() {
            return texts.get(texts.size() - 1);
        }
    }
}
