package org.grounded.ui;

import java.time.Clock;
import java.util.Objects;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.importer.TranscriptImports;
import org.grounded.ui.prefs.CoderName;
import org.grounded.ui.prefs.RecentProjects;
import org.grounded.ui.session.ProjectLocker;
import org.grounded.ui.session.ProjectStorage;
import org.grounded.ui.task.TaskExecutor;
import org.grounded.ui.welcome.SampleStudy;

/**
 * What the window's view models need from outside: dialogs, background work, files, locks,
 * preferences (recent projects, the coder's name) and a clock. The application builds the real
 * ones; tests pass stubs.
 */
public record AppServices(DialogService dialogs, TaskExecutor executor, ProjectStorage storage, ProjectLocker locker,
                          TranscriptImports transcripts, RecentProjects recentProjects, SampleStudy sampleStudy,
                          Clock clock, CoderName coder) {

    public AppServices {
        Objects.requireNonNull(dialogs);
        Objects.requireNonNull(executor);
        Objects.requireNonNull(storage);
        Objects.requireNonNull(locker);
        Objects.requireNonNull(transcripts);
        Objects.requireNonNull(recentProjects);
        Objects.requireNonNull(sampleStudy);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(coder);
    }

    /** Services whose coder is the operating system's user, for this run only. */
    public AppServices(DialogService dialogs, TaskExecutor executor, ProjectStorage storage, ProjectLocker locker,
                       TranscriptImports transcripts, RecentProjects recentProjects, SampleStudy sampleStudy,
                       Clock clock) {
        this(dialogs, executor, storage, locker, transcripts, recentProjects, sampleStudy, clock,
                CoderName.of(CoderName.systemUserName()));
    }
}
