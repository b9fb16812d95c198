package org.grounded.ui;

import org.grounded.ui.main.AppServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.io.transcript.TranscriptImporter;
import org.grounded.ui.importer.TranscriptImports;
import org.grounded.ui.prefs.CoderName;
import org.grounded.ui.prefs.RecentProjects;
import org.grounded.ui.session.ProjectLocker;
import org.grounded.ui.session.ProjectStorage;
import org.grounded.ui.task.TaskExecutor;
import org.grounded.ui.welcome.SampleStudy;

/** Services for tests: real files and locks, stub dialogs, fresh preferences, a fixed clock. */
public final class TestServices {

    /** The coder of everything the tests code. */
    public static final String CODER = "Rosa";

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-06T10:42:00Z"), ZoneId.of("UTC"));

    private TestServices() {
    }

    public static AppServices with(StubDialogService dialogs, TaskExecutor executor, Path sampleFolder) {
        return with(dialogs, executor, sampleFolder, ProjectLocker.fileLocks());
    }

    public static AppServices with(StubDialogService dialogs, TaskExecutor executor, Path sampleFolder,
                                   ProjectLocker locker) {
        return new AppServices(dialogs, executor, ProjectStorage.of(new ProjectFileStore()), locker,
                TranscriptImports.of(new TranscriptImporter()), new RecentProjects(new InMemoryPreferences()),
                new SampleStudy(name -> null, SampleStudy.RESOURCE, sampleFolder), CLOCK, CoderName.of(CODER));
    }
}
