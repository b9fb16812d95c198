package org.grounded.ui.main;

import java.time.Clock;
import java.util.Objects;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.importer.TranscriptImports;
import org.grounded.ui.prefs.CoderName;
import org.grounded.ui.prefs.RecentProjects;
import org.grounded.ui.refi.RefiExchange;
import org.grounded.ui.session.ProjectLocker;
import org.grounded.ui.session.ProjectStorage;
import org.grounded.ui.task.TaskExecutor;
import org.grounded.ui.welcome.SampleStudy;

/**
 * What the window's view models need from outside: dialogs, background work, files, locks,
 * importers, REFI-QDA exchange, preferences (recent projects, the coder's name) and a clock. The
 * application builds the real ones; tests pass stubs.
 */
public record AppServices(DialogService dialogs, TaskExecutor executor, ProjectStorage storage, ProjectLocker locker,
                          TranscriptImports transcripts, RecentProjects recentProjects, SampleStudy sampleStudy,
                          Clock clock, RefiExchange refi, CoderName coder) {

    public AppServices {
        Objects.requireNonNull(dialogs);
        Objects.requireNonNull(executor);
        Objects.requireNonNull(storage);
        Objects.requireNonNull(locker);
        Objects.requireNonNull(transcripts);
        Objects.requireNonNull(recentProjects);
        Objects.requireNonNull(sampleStudy);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(refi);
        Objects.requireNonNull(coder);
    }

    /** Services with the standard REFI-QDA exchange and the operating system's user as coder, for this run only. */
    public AppServices(DialogService dialogs, TaskExecutor executor, ProjectStorage storage, ProjectLocker locker,
                       TranscriptImports transcripts, RecentProjects recentProjects, SampleStudy sampleStudy,
                       Clock clock) {
        this(dialogs, executor, storage, locker, transcripts, recentProjects, sampleStudy, clock,
                RefiExchange.standard(), CoderName.of(CoderName.systemUserName()));
    }

    /** Services with a given REFI-QDA exchange (tests stub it). */
    public AppServices(DialogService dialogs, TaskExecutor executor, ProjectStorage storage, ProjectLocker locker,
                       TranscriptImports transcripts, RecentProjects recentProjects, SampleStudy sampleStudy,
                       Clock clock, RefiExchange refi) {
        this(dialogs, executor, storage, locker, transcripts, recentProjects, sampleStudy, clock, refi,
                CoderName.of(CoderName.systemUserName()));
    }

    /** Services with a given coder's name and the standard REFI-QDA exchange. */
    public AppServices(DialogService dialogs, TaskExecutor executor, ProjectStorage storage, ProjectLocker locker,
                       TranscriptImports transcripts, RecentProjects recentProjects, SampleStudy sampleStudy,
                       Clock clock, CoderName coder) {
        this(dialogs, executor, storage, locker, transcripts, recentProjects, sampleStudy, clock,
                RefiExchange.standard(), coder);
    }
}
