package org.grounded.cli;

import java.nio.file.Path;

/**
 * What a start with a file says on the terminal when a Grounded window already runs: one line, as
 * the command line's other output (the launcher decides; only {@code cli} writes to the terminal).
 */
public final class StartMessages {

    private StartMessages() {
    }

    /** The running window took the file; this start ends. */
    public static void handedOver(Path file) {
        System.out.println("Opened " + file + " in the Grounded window that is already running.");
    }

    /** A window runs but did not take the file; this start opens a window of its own. */
    public static void notTaken(Path file, String reason) {
        System.err.println("Grounded is running but did not take " + file + " (" + reason + "); opening a new window.");
    }
}
