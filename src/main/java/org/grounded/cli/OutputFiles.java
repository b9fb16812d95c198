package org.grounded.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.grounded.files.AtomicFileWriter;
import org.grounded.io.project.ProjectFileStore;

/**
 * The one check every command makes before it writes a file, so that no command destroys a
 * project: the output is not one of the command's inputs (compared as files, so {@code ./p.grounded},
 * a symbolic or hard link and any other spelling of the same file are caught), not a folder, and
 * not an existing Grounded project (or its backup) unless writing a project there is what the
 * command is for.
 */
final class OutputFiles {

    /** What a command writes to its output file. */
    enum Writes {
        /** A table, a report, an exchange file: never a Grounded project. */
        OTHER,
        /** A Grounded project: an existing project file there is the declared output. */
        PROJECT
    }

    private OutputFiles() {
    }

    /**
     * @param output the file the command will write
     * @param writes whether the command writes a Grounded project there
     * @param inputs the files the command reads
     * @throws IllegalArgumentException naming the output and why it cannot be written
     */
    static void check(Path output, Writes writes, Collection<Path> inputs) {
        String name = displayName(output);
        if (Files.isDirectory(output)) {
            throw new IllegalArgumentException(name + " is a folder; give a file name");
        }
        for (Path input : inputs) {
            if (input != null && sameFile(output, input)) {
                throw new IllegalArgumentException(name + " is the file this command reads ("
                        + input + "); writing there would replace it. Give another output file");
            }
        }
        if (writes == Writes.OTHER && !Files.exists(output) && isProjectName(output)) {
            throw new IllegalArgumentException(name + " is named like a Grounded project, which this command does "
                    + "not write; give the file the extension of its format");
        }
        if (writes == Writes.OTHER && Files.exists(output) && isProjectFile(output)) {
            throw new IllegalArgumentException(name + " is a Grounded project; this command would replace it with "
                    + "its output. Give another output file");
        }
    }

    static void check(Path output, Writes writes, Path... inputs) {
        check(output, writes, List.of(inputs));
    }

    private static boolean sameFile(Path a, Path b) {
        if (!Files.exists(a) || !Files.exists(b)) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /** A project or its backup, by its own name or, for a link, by the name of the file it points to. */
    private static boolean isProjectFile(Path file) {
        if (isProjectName(file)) {
            return true;
        }
        try {
            return isProjectName(file.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isProjectName(Path file) {
        Path fileName = file.getFileName();
        String lower = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(ProjectFileStore.EXTENSION)
                || lower.endsWith(ProjectFileStore.EXTENSION + AtomicFileWriter.BACKUP_SUFFIX);
    }

    private static String displayName(Path output) {
        Path fileName = output.getFileName();
        return fileName == null ? output.toString() : fileName.toString();
    }
}
