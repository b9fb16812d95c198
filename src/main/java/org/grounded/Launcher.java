package org.grounded;

import org.grounded.cli.GroundedCommand;
import org.grounded.cli.StartMessages;
import org.grounded.ui.main.GroundedApp;
import org.grounded.ui.main.HeadlessWorkbench;
import org.grounded.ui.main.TranscriptViewBench;
import org.grounded.ui.main.WindowBench;
import org.grounded.files.FileNames;
import org.grounded.ui.instance.SingleInstance;
import org.grounded.ui.prefs.SettingsFile;

/**
 * The jar's entry point. A run without arguments, or with just a project file
 * ({@code grounded study.grounded}, or a REFI-QDA {@code study.qdpx} to import, as a double click on
 * either does through the installers' file associations), opens the window; any other run goes to
 * the command line.
 * Deliberately not a JavaFX {@code Application}, so that the plain jar starts with JavaFX on the
 * classpath and command-line runs never touch the toolkit. A start with a file while a window
 * runs hands the file to that window ({@link SingleInstance}).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        boolean window = args.length == 0
                || args.length == 1 && (FileNames.isProjectFile(args[0]) || FileNames.isRefiProject(args[0]));
        if (!window) {
            // The command line reports to the user itself; the log would only repeat it.
            System.setProperty("grounded.log.level", System.getProperty("grounded.log.level", "WARN"));
            // The bench codes through the window's view models and drives the window headless for
            // bench --window; the command line hands both over without knowing JavaFX.
            System.exit(GroundedCommand.run((project, file, journal, documentId, codeId) -> {
                HeadlessWorkbench workbench = HeadlessWorkbench.open(project, file, journal, "bench",
                        java.time.Clock.systemDefaultZone());
                workbench.show(documentId, codeId);
                return workbench::code;
            }, (size, seed, actions, out) -> {
                WindowBench.headless();
                return WindowBench.run(size, seed, actions, out);
            }, TranscriptViewBench::run, args));
        }
        if (args.length == 1 && handedToRunningWindow(java.nio.file.Path.of(args[0]))) {
            return;
        }
        GroundedApp.launchWindow(args);
    }

    /**
     * A second start with a file while Grounded runs gives the file to the running window and ends
     * (saying so in one line); when that window does not take it, says why and opens a window of its own.
     */
    private static boolean handedToRunningWindow(java.nio.file.Path file) {
        SingleInstance.HandOver handOver = SingleInstance.handOver(SettingsFile.userFolder(), file,
                java.time.Duration.ofSeconds(5));
        if (handOver.outcome() == SingleInstance.Outcome.HANDED_OVER) {
            StartMessages.handedOver(file);
            return true;
        }
        if (handOver.outcome() == SingleInstance.Outcome.FAILED) {
            StartMessages.notTaken(file, handOver.reason());
        }
        return false;
    }
}
