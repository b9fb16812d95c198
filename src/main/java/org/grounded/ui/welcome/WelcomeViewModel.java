package org.grounded.ui.welcome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.grounded.ui.prefs.RecentProjects;
import org.grounded.files.FileNames;

/** The screen shown when no project is open: start a project, open one, or try the sample. */
public final class WelcomeViewModel {

    /** What the welcome screen's buttons do; the main window implements them. */
    public interface Actions {
        void newProject();

        void openProject();

        void openRecent(Path project);

        void openSampleStudy();
    }

    /** A recent project: its name, its folder, and whether it is still there. */
    public record RecentItem(Path path, String name, String folder, boolean exists) {
        static RecentItem of(Path path) {
            String fileName = path.getFileName() == null ? path.toString() : path.getFileName().toString();
            String name = FileNames.withoutProjectExtension(fileName);
            Path parent = path.getParent();
            return new RecentItem(path, name, parent == null ? "" : parent.toString(), Files.exists(path));
        }
    }

    private final RecentProjects recentProjects;
    private final Actions actions;
    private final boolean sampleAvailable;
    private final ObservableList<RecentItem> recent = FXCollections.observableArrayList();

    public WelcomeViewModel(RecentProjects recentProjects, SampleStudy sampleStudy, Actions actions) {
        this.recentProjects = Objects.requireNonNull(recentProjects);
        this.actions = Objects.requireNonNull(actions);
        this.sampleAvailable = sampleStudy.isAvailable();
        refresh();
    }

    /** Reads the recent projects again (after a project was opened or closed). */
    public void refresh() {
        recent.setAll(recentProjects.list().stream().map(RecentItem::of).toList());
    }

    public ObservableList<RecentItem> recent() {
        return recent;
    }

    public boolean isSampleAvailable() {
        return sampleAvailable;
    }

    public void newProject() {
        actions.newProject();
    }

    public void openProject() {
        actions.openProject();
    }

    public void openRecent(RecentItem item) {
        actions.openRecent(item.path());
    }

    public void openSampleStudy() {
        actions.openSampleStudy();
    }
}
