package org.grounded.files;

import java.nio.file.Path;
import java.util.Locale;

/**
 * File names Grounded makes and recognises, in one place: the project extension (matched in any
 * case: {@code Study.GROUNDED} is a project), safe names made from a project or table name, and
 * adding an extension the user left out.
 */
public final class FileNames {

    /** The extension of a project file. */
    public static final String PROJECT_EXTENSION = ".grounded";
    /** The extension of a REFI-QDA project (Atlas.ti, NVivo, MAXQDA, QualCoder, us). */
    public static final String REFI_PROJECT_EXTENSION = ".qdpx";
    /** The characters Windows, macOS or Linux refuse in a file name. */
    private static final String UNSAFE = "[\\\\/:*?\"<>|]";

    private FileNames() {
    }

    /** Whether the name ends with {@code .grounded}, in any case. */
    public static boolean isProjectFile(String fileName) {
        return hasExtension(fileName, PROJECT_EXTENSION);
    }

    public static boolean isProjectFile(Path file) {
        return file.getFileName() != null && isProjectFile(file.getFileName().toString());
    }

    /** Whether the name ends with {@code .qdpx}, in any case: a REFI-QDA project to import. */
    public static boolean isRefiProject(String fileName) {
        return hasExtension(fileName, REFI_PROJECT_EXTENSION);
    }

    public static boolean isRefiProject(Path file) {
        return file.getFileName() != null && isRefiProject(file.getFileName().toString());
    }

    /** The name without {@code .grounded} (in any case), for showing a project by its name. */
    public static String withoutProjectExtension(String fileName) {
        return isProjectFile(fileName) ? fileName.substring(0, fileName.length() - PROJECT_EXTENSION.length()) : fileName;
    }

    /**
     * A file name from a project or table name: the characters file systems refuse become spaces;
     * {@code fallback} when nothing is left.
     */
    public static String safe(String name, String fallback) {
        String cleaned = name.replaceAll(UNSAFE, " ").strip();
        return cleaned.isEmpty() ? fallback : cleaned;
    }

    /** The file with {@code extension} (".qdpx" or "qdpx") added, unless its name already ends with it in any case. */
    public static Path withExtension(Path file, String extension) {
        String dotted = extension.startsWith(".") ? extension : "." + extension;
        String name = file.getFileName().toString();
        return hasExtension(name, dotted) ? file : file.resolveSibling(name + dotted);
    }

    private static boolean hasExtension(String fileName, String dottedExtension) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(dottedExtension.toLowerCase(Locale.ROOT));
    }
}
