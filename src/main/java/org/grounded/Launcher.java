package org.grounded;

import org.grounded.cli.GroundedCommand;
import org.grounded.ui.GroundedApp;

/**
 * The jar's entry point. A run with arguments goes to the command line, a run without to the
 * window. Deliberately not a JavaFX {@code Application}, so that the plain jar starts with JavaFX
 * on the classpath and command-line runs never touch the toolkit.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(GroundedCommand.run(args));
        }
        GroundedApp.launchWindow(args);
    }
}
