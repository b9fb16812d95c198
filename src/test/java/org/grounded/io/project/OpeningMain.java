package org.grounded.io.project;

import java.nio.file.Path;

/** Opens a project in a child JVM (with the child's small heap) and prints what happened on one line. */
public final class OpeningMain {

    private OpeningMain() {
    }

    public static void main(String[] args) {
        try {
            new ProjectFileStore().load(Path.of(args[0]));
            System.out.println("OPENED");
        } catch (ProjectFileException e) {
            System.out.println("REFUSED " + e.problem() + " " + e.getMessage());
        }
    }
}
