package org.grounded.io.project;

import org.grounded.files.AtomicFileWriter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.grounded.io.SizeLimits;
import org.grounded.model.Project;

import static org.grounded.io.project.JsonProblemText.mappingProblem;
import static org.grounded.io.project.JsonProblemText.plain;
import static org.grounded.io.project.JsonProblemText.sentence;
import static org.grounded.io.project.JsonProblemText.where;

/**
 * Opens a project file, or says in the user's terms why it cannot: which file, what is wrong and,
 * when the file is damaged but its backup opens, that the backup exists. Reading only reads: a
 * failed open leaves the file (and its backup) exactly as they were.
 */
final class ProjectFileReader {

    /** How much of a file is looked at to tell text from binary. */
    private static final int SNIFF_LENGTH = 8192;
    private static final String MERGE_CONFLICT_START = "<<<<<<< ";

    private final ProjectJson json;
    private final ProjectFileMigrations migrations;

    ProjectFileReader(ProjectJson json, ProjectFileMigrations migrations) {
        this.json = json;
        this.migrations = migrations;
    }

    Project read(Path file) throws ProjectFileException {
        return read(file, bytes -> { });
    }

    /** Reads as {@link #read(Path)} does and hands the file's bytes, once read, to {@code bytesRead}. */
    Project read(Path file, java.util.function.Consumer<byte[]> bytesRead) throws ProjectFileException {
        try {
            return readProject(file, bytesRead);
        } catch (OutOfMemoryError e) {
            // The file's bytes and its tree were the large allocations; unwound, they are garbage again.
            throw tooLargeForMemory(file, e);
        } catch (ProjectFileException e) {
            if (e.problem() == ProjectFileProblem.NEWER_VERSION || e.problem() == ProjectFileProblem.UNREADABLE) {
                throw e;
            }
            Optional<Path> backup = usableBackup(file);
            if (backup.isEmpty()) {
                throw e;
            }
            throw new ProjectFileException(file, e.problem(), e.getMessage() + " A backup of the previous version exists: "
                    + backup.get().getFileName() + ".", e.getCause(), backup.get());
        }
    }

    /** A project larger than the memory Java may use, in words, with the way out. */
    private static ProjectFileException tooLargeForMemory(Path file, OutOfMemoryError e) {
        String size;
        try {
            size = SizeLimits.describe(Files.size(file));
        } catch (IOException | RuntimeException unknown) {
            size = "large";
        }
        return failure(file, ProjectFileProblem.UNREADABLE, "is too large to open in the memory Grounded may use here ("
                + "the file is " + size + "; Grounded may use " + SizeLimits.describe(Runtime.getRuntime().maxMemory())
                + "). Start Grounded with more memory (java -Xmx4g, for instance) to open it.", e);
    }

    private Optional<Path> usableBackup(Path file) {
        Path backup = AtomicFileWriter.backupOf(file);
        if (!Files.isRegularFile(backup)) {
            return Optional.empty();
        }
        try {
            readProject(backup, bytes -> { });
            return Optional.of(backup);
        } catch (ProjectFileException e) {
            return Optional.empty();
        }
    }

    private Project readProject(Path file, java.util.function.Consumer<byte[]> bytesRead) throws ProjectFileException {
        byte[] bytes = readBytes(file);
        bytesRead.accept(bytes);
        ProjectFileContent content = json.currentContent(bytes, migrations.currentVersion()).orElse(null);
        if (content == null) {
            ObjectNode root = parse(file, bytes);
            int version = schemaVersion(file, root);
            ObjectNode upgraded;
            try {
                upgraded = migrations.upgrade(root, version);
            } catch (IllegalArgumentException e) {
                throw failure(file, ProjectFileProblem.DAMAGED, "is damaged: " + sentence(e.getMessage()), e);
            }
            content = map(file, upgraded);
        }
        try {
            return Project.restore(content.project(), content.stopWordChanges(), content.entities(),
                    content.importedForm());
        } catch (RuntimeException e) {
            throw failure(file, ProjectFileProblem.INCONSISTENT,
                    "holds inconsistent data and was not opened: " + sentence(e.getMessage()), e);
        }
    }

    // ---- bytes --------------------------------------------------------------------------------

    private static byte[] readBytes(Path file) throws ProjectFileException {
        if (Files.isDirectory(file)) {
            throw failure(file, ProjectFileProblem.UNREADABLE, "is a folder, not a project file.", null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SNIFF_LENGTH);
            requireText(file, head);
            long size = Files.size(file);
            if (size > SizeLimits.PROJECT_FILE_BYTES) {
                throw failure(file, ProjectFileProblem.NOT_A_PROJECT, "is too large for Grounded to open ("
                        + SizeLimits.overLimit(size, SizeLimits.PROJECT_FILE_BYTES) + " of a project file).", null);
            }
            // One array of the file's size: reading the rest apart and joining it made three copies.
            byte[] bytes = Arrays.copyOf(head, (int) Math.max(size, head.length));
            int length = head.length;
            int read;
            while (length < bytes.length && (read = in.read(bytes, length, bytes.length - length)) > 0) {
                length += read;
            }
            byte[] more = in.readAllBytes(); // a file that grew since its size was asked
            if (length < bytes.length || more.length > 0) {
                byte[] joined = Arrays.copyOf(bytes, length + more.length);
                System.arraycopy(more, 0, joined, length, more.length);
                bytes = joined;
            }
            if (isBlank(bytes)) {
                throw failure(file, ProjectFileProblem.EMPTY, "is empty: it holds no project.", null);
            }
            return bytes;
        } catch (NoSuchFileException e) {
            Path folder = file.toAbsolutePath().getParent();
            throw failure(file, ProjectFileProblem.MISSING, "cannot be opened: there is no such file in " + folder + ".", e);
        } catch (AccessDeniedException e) {
            throw failure(file, ProjectFileProblem.UNREADABLE, "cannot be opened: permission to read it was denied.", e);
        } catch (IOException e) {
            throw failure(file, ProjectFileProblem.UNREADABLE, "cannot be read: " + sentence(e.getMessage()), e);
        }
    }

    /** Refuses archives and binary files before trying to read them as JSON. */
    private static void requireText(Path file, byte[] head) throws ProjectFileException {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            throw failure(file, ProjectFileProblem.NOT_A_PROJECT, "is not a Grounded project: it is a ZIP archive "
                    + "(such as a REFI-QDA .qdpx project or an Office document), which has to be imported instead.", null);
        }
        boolean unicodeWithByteOrderMark = head.length >= 2
                && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE));
        if (unicodeWithByteOrderMark) {
            return;
        }
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                throw failure(file, ProjectFileProblem.NOT_A_PROJECT,
                        "is not a Grounded project (or no longer is one): it holds binary data, not JSON text.", null);
            }
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    // ---- JSON ---------------------------------------------------------------------------------

    private ObjectNode parse(Path file, byte[] bytes) throws ProjectFileException {
        JsonNode root;
        try {
            root = json.parse(bytes);
        } catch (StreamConstraintsException e) {
            throw failure(file, ProjectFileProblem.DAMAGED, "is damaged: " + JsonProblemText.constraint(e)
                    + " " + where(json.locationOfConstraintProblem(bytes)) + ", far beyond anything Grounded writes.", e);
        } catch (JsonEOFException e) {
            throw incomplete(file, e);
        } catch (JsonProcessingException e) {
            if (String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
                // Jackson says so without a JsonEOFException when the text stops between two entries.
                throw incomplete(file, e);
            }
            if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
                throw failure(file, ProjectFileProblem.DAMAGED, "is damaged: there is more text after the end of the project "
                        + where(e.getLocation()) + ".", e);
            }
            int conflictLine = mergeConflictLine(bytes);
            if (conflictLine > 0) {
                throw failure(file, ProjectFileProblem.DAMAGED, "holds unresolved version-control conflict markers "
                        + "(from line " + conflictLine + "); resolve the conflict, then open it again.", e);
            }
            throw failure(file, ProjectFileProblem.DAMAGED, "is damaged: the JSON text is invalid " + where(e.getLocation())
                    + " (" + plain(e.getOriginalMessage()) + ").", e);
        } catch (IOException e) {
            throw failure(file, ProjectFileProblem.DAMAGED, "is damaged: " + sentence(e.getMessage()), e);
        }
        if (!(root instanceof ObjectNode object)) {
            throw failure(file, ProjectFileProblem.NOT_A_PROJECT,
                    "is not a Grounded project: it holds JSON, but not a project.", null);
        }
        return object;
    }

    private static ProjectFileException incomplete(Path file, JsonProcessingException e) {
        return failure(file, ProjectFileProblem.DAMAGED, "is incomplete: it ends unexpectedly " + where(e.getLocation())
                + ", as if it had been cut short.", e);
    }

    private int schemaVersion(Path file, ObjectNode root) throws ProjectFileException {
        JsonNode version = root.get(ProjectFileMigrations.VERSION_FIELD);
        if (version == null) {
            throw failure(file, ProjectFileProblem.NOT_A_PROJECT,
                    "is not a Grounded project: it holds JSON, but no \"schemaVersion\".", null);
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < ProjectFileMigrations.FIRST_VERSION) {
            throw failure(file, ProjectFileProblem.NOT_A_PROJECT,
                    "is not a Grounded project: its schemaVersion " + version + " is not a version of the format.", null);
        }
        int number = version.intValue();
        if (number > migrations.currentVersion()) {
            JsonNode generator = root.get("generator");
            String writer = generator != null && generator.isTextual() ? ", by " + generator.asText() : "";
            throw failure(file, ProjectFileProblem.NEWER_VERSION, "was written by a newer version of Grounded (schema "
                    + number + writer + "); this version reads up to " + migrations.currentVersion()
                    + ". Update Grounded to open it.", null);
        }
        if (!root.has("project")) {
            throw failure(file, ProjectFileProblem.NOT_A_PROJECT,
                    "is not a Grounded project: it has a schemaVersion but no \"project\".", null);
        }
        return number;
    }

    private ProjectFileContent map(Path file, ObjectNode root) throws ProjectFileException {
        try {
            return json.content(root);
        } catch (DatabindException e) {
            throw failure(file, ProjectFileProblem.DAMAGED, "is damaged: " + mappingProblem(e), e);
        } catch (JsonProcessingException e) {
            String problem = sentence(plain(e.getOriginalMessage()));
            throw failure(file, ProjectFileProblem.DAMAGED, "is damaged: " + problem, e);
        }
    }

    private static ProjectFileException failure(Path file, ProjectFileProblem problem, String what, Throwable cause) {
        return new ProjectFileException(file, problem, name(file) + " " + what, cause, null);
    }

    private static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static int mergeConflictLine(byte[] bytes) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(MERGE_CONFLICT_START)) {
                return i + 1;
            }
        }
        return 0;
    }
}
