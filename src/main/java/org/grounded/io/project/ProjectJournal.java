package org.grounded.io.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import org.grounded.files.AtomicFileWriter;
import org.grounded.model.Change;
import org.grounded.model.Edit;
import org.grounded.model.EditName;
import org.grounded.model.Entity;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.grounded.model.ProjectInfo;
import org.grounded.model.ProjectInfoEdit;
import org.grounded.model.StopWords;
import org.grounded.model.StopWordsEdit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal of a project file ({@code .NAME.grounded.journal} beside it): every edit made since
 * the project file was last saved, appended and forced to disk before the edit is reported done,
 * so a crash (power cut, {@code kill -9}) loses nothing. The project file stays the one true copy;
 * the journal only holds what came after it, and a save empties it, which bounds its size.
 *
 * <p>The file is the magic {@code GRJ1} and then frames: a length, a CRC32 of the payload and the
 * payload, a JSON object written with the project file's mapping of the model's records. The
 * first frame is the header: the project's identity (its creation time: the file format has no
 * other id) and the CRC32 of the saved project file the journal follows. Then one frame per edit
 * made, undone or redone (the entity changes as performed, in order) and, during a save, a frame
 * saying which revision is in the new file and that file's CRC32 (written before the new file
 * replaces the old one, so whichever file a crash leaves, the journal knows where to resume).
 *
 * <p>A torn last frame (the crash hit while it was written) is ignored: its edit was never
 * reported done. A journal that does not match the file beside it is never applied; it is moved
 * aside and the user told.
 *
 * <p>Appends come from the user-interface thread, the forces that follow them and the save's
 * frames from background threads; the methods are synchronised, except that no lock is held
 * while the disk confirms a force.
 */
public final class ProjectJournal implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectJournal.class);
    private static final byte[] MAGIC = "GRJ1".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;
    /** A frame longer than this is damage, not an edit (a whole imported transcript stays far below it). */
    private static final int LONGEST_FRAME = 1 << 30;
    private static final DateTimeFormatter SAVE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<String, Class<? extends Entity>> KINDS = Arrays.stream(Entity.class.getPermittedSubclasses())
            .map(kind -> kind.asSubclass(Entity.class))
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private final ObjectMapper mapper;
    private final Path file;
    private final Instant projectCreatedAt;
    private final List<Frame> unsaved = new ArrayList<>();
    private final Recovery recovery;
    private FileChannel channel;
    /** Whether something was written since the disk last confirmed it. */
    private boolean unforced;

    /** What opening found in a journal left behind. */
    public record Recovery(int edits, Instant lastSave, Optional<String> problem) {

        public static final Recovery NONE = new Recovery(0, null, Optional.empty());

        /** "Recovered 7 edits made after the last save (2026-12-03 14:02)." and any problem, for the window. */
        public Optional<String> message(ZoneId zone) {
            List<String> parts = new ArrayList<>();
            if (edits > 0) {
                parts.add("Recovered " + edits + (edits == 1 ? " edit" : " edits") + " made after the last save ("
                        + SAVE_TIME.format(lastSave.atZone(zone)) + ").");
            }
            problem.ifPresent(parts::add);
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
        }
    }

    /** One frame kept in memory until a save makes it unnecessary. */
    private record Frame(long revision, byte[] bytes) {
    }

    private ProjectJournal(ObjectMapper mapper, Path file, Instant projectCreatedAt, Recovery recovery) {
        this.mapper = mapper;
        this.file = file;
        this.projectCreatedAt = projectCreatedAt;
        this.recovery = recovery;
    }

    /** Where the journal of a project file lives. */
    public static Path fileFor(Path projectFile) {
        return projectFile.resolveSibling("." + projectFile.getFileName() + ".journal");
    }

    /**
     * Opens the journal of a project just loaded from {@code projectFile} (whose bytes have the CRC32
     * {@code fileChecksum}): replays the edits a journal left behind holds into {@code project},
     * moves a journal that does not match aside, and leaves a journal ready for appending.
     *
     * @throws IOException when the journal cannot be written (the project then has no journal)
     */
    public static ProjectJournal open(Path projectFile, Project project, long fileChecksum) throws IOException {
        ObjectMapper mapper = new ProjectJson().mapper();
        Path file = fileFor(projectFile);
        Instant createdAt = project.info().createdAt();
        long baseRevision = project.revision();
        Replay replay = new Replay(List.of(), Optional.empty());
        if (Files.exists(file)) {
            replay = replay(mapper, file, project, fileChecksum);
        }
        Instant lastSave = Files.getLastModifiedTime(projectFile).toInstant();
        Recovery recovery = new Recovery(replay.frames().size(), lastSave, replay.problem());
        ProjectJournal journal = new ProjectJournal(mapper, file, createdAt, recovery);
        journal.unsaved.addAll(replay.frames());
        journal.rewrite(fileChecksum, baseRevision);
        if (recovery.edits() > 0) {
            LOG.info("Replayed {} edits from {}", recovery.edits(), file);
        }
        return journal;
    }

    public Recovery recovery() {
        return recovery;
    }

    public Path file() {
        return file;
    }

    /** The journal's size on disk in bytes. */
    public synchronized long size() throws IOException {
        return channel.size();
    }

    /** How many edits the journal holds (made since the last save). */
    public synchronized int unsavedEdits() {
        return unsaved.size();
    }

    /**
     * Appends one edit, undo or redo and forces it to disk.
     *
     * @param revision the project's revision once it took effect
     * @param steps    what was performed, in order: {@link EntityEdit}s, {@link ProjectInfoEdit}s and {@link StopWordsEdit}s
     */
    public void record(String description, long revision, List<? extends Edit> steps) throws IOException {
        write(description, revision, steps);
        force();
    }

    /**
     * Appends one edit, undo or redo to the file without waiting for the disk: once this returns
     * the operating system holds it, so Grounded crashing or being killed loses nothing; a power cut
     * before the next {@link #force()} (or {@link #close()}, or a save) may. The window writes on
     * its thread and forces on another, so a coding action does not wait for the disk.
     */
    public synchronized void write(String description, long revision, List<? extends Edit> steps) throws IOException {
        ObjectNode node = mapper.createObjectNode()
                .put("type", "edit")
                .put("revision", revision)
                .put("at", Instant.now().toString())
                .put("description", description);
        ArrayNode changes = node.putArray("steps");
        for (Edit step : steps) {
            changes.add(stepNode(step));
        }
        byte[] frame = frame(node);
        append(frame);
        unsaved.add(new Frame(revision, frame));
        unforced = true;
    }

    /**
     * Forces what was written to the disk. Safe from another thread while edits are written: the
     * lock is not held while the disk works, so a write waits for no force. A journal closed or
     * rewritten meanwhile was forced by that.
     */
    public void force() throws IOException {
        FileChannel open;
        synchronized (this) {
            if (!unforced || channel == null) {
                return;
            }
            unforced = false;
            open = channel;
        }
        try {
            open.force(false);
        } catch (ClosedChannelException closed) {
            // Closed or rewritten since: both forced everything written before.
        } catch (IOException e) {
            synchronized (this) {
                unforced = true;
            }
            throw e;
        }
    }

    /**
     * Notes, while a save writes the new project file and before it replaces the old one, that the
     * new file holds the project at {@code revision} and has the CRC32 {@code checksum}.
     */
    public synchronized void saving(long revision, long checksum) throws IOException {
        append(frame(mapper.createObjectNode().put("type", "saving").put("revision", revision).put("checksum", checksum)));
        channel.force(false);
        unforced = false;
    }

    /** After a successful save: empties the journal of everything the file now holds. */
    public synchronized void saved(long revision, long checksum) throws IOException {
        unsaved.removeIf(frame -> frame.revision() <= revision);
        rewrite(checksum, revision);
    }

    /** Closes the journal; deletes it when it holds nothing the project file lacks. */
    @Override
    public synchronized void close() throws IOException {
        if (channel == null) {
            return;
        }
        if (unforced) {
            channel.force(false);
            unforced = false;
        }
        channel.close();
        channel = null;
        if (unsaved.isEmpty()) {
            Files.deleteIfExists(file);
        }
    }

    // ---- writing --------------------------------------------------------------------------------

    private void append(byte[] frame) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(frame);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Replaces the journal (atomically) by a header and the edits not yet in the project file. */
    private void rewrite(long baseChecksum, long baseRevision) throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
        byte[] header = frame(mapper.createObjectNode()
                .put("journal", FORMAT)
                .put("projectCreatedAt", projectCreatedAt.toString())
                .put("baseChecksum", baseChecksum)
                .put("baseRevision", baseRevision));
        AtomicFileWriter.withoutBackup().write(file, out -> {
            out.write(MAGIC);
            out.write(header);
            for (Frame frame : unsaved) {
                out.write(frame.bytes());
            }
        });
        channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        // The atomic writer forced the new file, every unsaved edit in it.
        unforced = false;
    }

    private byte[] frame(JsonNode payload) throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(payload);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return ByteBuffer.allocate(8 + bytes.length).putInt(bytes.length).putInt((int) crc.getValue()).put(bytes).array();
    }

    private JsonNode stepNode(Edit step) {
        ObjectNode node = mapper.createObjectNode();
        if (step instanceof ProjectInfoEdit info) {
            node.set("infoBefore", mapper.valueToTree(info.before()));
            node.set("infoAfter", mapper.valueToTree(info.after()));
        } else if (step instanceof StopWordsEdit stopWords) {
            node.put("stopWordsDescription", stopWords.description());
            node.set("stopWordsBefore", mapper.valueToTree(stopWords.before()));
            node.set("stopWordsAfter", mapper.valueToTree(stopWords.after()));
        } else if (step instanceof EntityEdit entities) {
            ArrayNode changes = node.putArray("changes");
            for (Change change : entities.changes()) {
                ObjectNode changeNode = changes.addObject();
                if (change.before() != null) {
                    changeNode.set("before", entityNode(change.before()));
                }
                if (change.after() != null) {
                    changeNode.set("after", entityNode(change.after()));
                }
            }
        } else {
            throw new IllegalArgumentException("The journal cannot record a " + step.getClass().getSimpleName());
        }
        return node;
    }

    private JsonNode entityNode(Entity entity) {
        ObjectNode node = mapper.createObjectNode().put("kind", entity.getClass().getSimpleName());
        node.set("value", mapper.valueToTree(entity));
        return node;
    }

    // ---- reading --------------------------------------------------------------------------------

    /** What replaying found: the edits applied (renumbered as the project now counts) and any problem. */
    private record Replay(List<Frame> frames, Optional<String> problem) {
    }

    private static Replay replay(ObjectMapper mapper, Path file, Project project, long fileChecksum) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Replay(List.of(), Optional.empty());
        }
        List<JsonNode> frames = frames(mapper, bytes);
        if (frames.isEmpty()) {
            return new Replay(List.of(), Optional.of(moveAside(file, "it is not a Grounded journal or is damaged")));
        }
        JsonNode header = frames.get(0);
        if (header.path("journal").asInt() != FORMAT
                || !project.info().createdAt().toString().equals(header.path("projectCreatedAt").asText())) {
            return new Replay(List.of(), Optional.of(moveAside(file, "it belongs to another project")));
        }
        long after;
        if (header.path("baseChecksum").asLong() == fileChecksum) {
            after = header.path("baseRevision").asLong();
        } else {
            Optional<JsonNode> save = frames.stream()
                    .filter(frame -> "saving".equals(frame.path("type").asText()))
                    .filter(frame -> frame.path("checksum").asLong() == fileChecksum)
                    .reduce((first, second) -> second);
            if (save.isEmpty()) {
                return new Replay(List.of(), Optional.of(moveAside(file, "it follows another version of the project file")));
            }
            after = save.get().path("revision").asLong();
        }
        ProjectJournal writer = new ProjectJournal(mapper, file, project.info().createdAt(), Recovery.NONE);
        List<Frame> applied = new ArrayList<>();
        for (JsonNode frame : frames.subList(1, frames.size())) {
            if (!"edit".equals(frame.path("type").asText()) || frame.path("revision").asLong() <= after) {
                continue;
            }
            try {
                List<Edit> steps = new ArrayList<>();
                for (JsonNode step : frame.path("steps")) {
                    steps.add(step(mapper, step));
                }
                applyAll(project, steps);
                ObjectNode renumbered = ((ObjectNode) frame.deepCopy()).put("revision", project.revision());
                applied.add(new Frame(project.revision(), writer.frame(renumbered)));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not replay an edit from {}", file, e);
                return new Replay(applied, Optional.of(moveAside(file, "its edit '" + frame.path("description").asText()
                        + "' does not fit the project (" + e.getMessage() + ")")));
            }
        }
        return new Replay(applied, Optional.empty());
    }

    /** The frames that read whole; reading stops at the first torn or damaged one. */
    private static List<JsonNode> frames(ObjectMapper mapper, byte[] bytes) {
        List<JsonNode> frames = new ArrayList<>();
        if (bytes.length < MAGIC.length || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return frames;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, MAGIC.length, bytes.length - MAGIC.length);
        while (buffer.remaining() >= 8) {
            int length = buffer.getInt();
            int checksum = buffer.getInt();
            if (length < 0 || length > LONGEST_FRAME || length > buffer.remaining()) {
                break;
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, buffer.position(), length);
            if ((int) crc.getValue() != checksum) {
                break;
            }
            try {
                frames.add(mapper.readTree(bytes, buffer.position(), length));
            } catch (IOException e) {
                break;
            }
            buffer.position(buffer.position() + length);
        }
        return frames;
    }

    private static Edit step(ObjectMapper mapper, JsonNode step) throws IOException {
        if (step.has("stopWordsAfter")) {
            return new StopWordsEdit(mapper.treeToValue(step.get("stopWordsBefore"), StopWords.class),
                    mapper.treeToValue(step.get("stopWordsAfter"), StopWords.class),
                    EditName.plain(step.path("stopWordsDescription").asText("Edit the stop words")));
        }
        if (step.has("infoAfter")) {
            return new ProjectInfoEdit(mapper.treeToValue(step.get("infoBefore"), ProjectInfo.class),
                    mapper.treeToValue(step.get("infoAfter"), ProjectInfo.class));
        }
        List<Change> changes = new ArrayList<>();
        for (JsonNode change : step.path("changes")) {
            changes.add(new Change(entity(mapper, change.get("before")), entity(mapper, change.get("after"))));
        }
        return EntityEdit.of("Replayed", changes);
    }

    private static Entity entity(ObjectMapper mapper, JsonNode node) throws IOException {
        if (node == null || node.isNull()) {
            return null;
        }
        Class<? extends Entity> kind = KINDS.get(node.path("kind").asText());
        if (kind == null) {
            throw new IOException("unknown kind of entity '" + node.path("kind").asText() + "'");
        }
        return mapper.treeToValue(node.get("value"), kind);
    }

    /** Applies the steps of one edit, all or nothing. */
    private static void applyAll(Project project, List<Edit> steps) {
        List<Edit> done = new ArrayList<>();
        try {
            for (Edit step : steps) {
                project.apply(step);
                done.add(step);
            }
        } catch (RuntimeException e) {
            for (int i = done.size() - 1; i >= 0; i--) {
                project.revert(done.get(i));
            }
            throw e;
        }
    }

    /** Keeps a journal that must not be applied beside the project, under a name of its own; returns the message. */
    private static String moveAside(Path file, String why) throws IOException {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(Instant.now().atZone(ZoneId.systemDefault()));
        Path aside = file.resolveSibling(file.getFileName() + ".not-applied-" + stamp);
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        LOG.warn("Moved the journal {} aside to {}: {}", file, aside, why);
        return "The journal " + file.getFileName() + " was not applied because " + why + "; it is kept as "
                + aside.getFileName() + ".";
    }

    @Override
    public String toString() {
        return "journal " + file + " (" + unsaved.size() + " unsaved edits)";
    }
}
