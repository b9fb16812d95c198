package org.grounded.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The PROJECT argument of the commands that read a project (a picocli mixin). */
final class ProjectArgument {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "a .grounded project file")
    Path file;
}
