package org.grounded.io.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.grounded.model.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every way a project file can fail to open gives a message naming the file and the problem, and writes nothing. */
class ProjectFileStoreOpeningTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private final ProjectFileStore store = new ProjectFileStore();
    private Path file;
    private String validText;

    @BeforeEach
    void saveAValidProject() throws IOException {
        Path valid = folder.resolve("valid.grounded");
        store.save(SampleProjects.rich(), valid);
        validText = Files.readString(valid);
        Files.delete(valid);
        file = folder.resolve("estudio.grounded");
    }

    @Test
    void openingGivesTheChecksumOfTheBytesReadWithoutReadingThemAgain() throws Exception {
        Project saved = SampleProjects.rich();
        long written = store.save(saved, file, checksum -> { });
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(Files.readAllBytes(file));

        ProjectFileStore.Loaded loaded = store.loadWithChecksum(file);

        assertThat(loaded.checksum()).isEqualTo(crc.getValue()).isEqualTo(written);
        assertThat(loaded.project().documents()).hasSameSizeAs(saved.documents());
        assertThat(loaded.project().quotations()).hasSameSizeAs(saved.quotations());
    }

    @Test
    void aFileFromANewerGroundedIsRefusedWithBothVersions() throws Exception {
        write(validText.replaceFirst("\"schemaVersion\": 7", "\"schemaVersion\": 8")
                .replaceFirst("\"generator\": \"[^\"]*\"", "\"generator\": \"Grounded 3.2.0\""));

        ProjectFileException e = openingFails();

        assertThat(e.problem()).isEqualTo(ProjectFileProblem.NEWER_VERSION);
        assertThat(e.getMessage()).startsWith("estudio.grounded was written by a newer version of Grounded (schema 8")
                .contains("Grounded 3.2.0")
                .contains("this version reads up to 7");
    }

    @ParameterizedTest(name = "cut to {0}% of its length")
    @ValueSource(ints = {1, 10, 50, 90, 99})
    void aTruncatedFileIsRefusedAsIncomplete(int percent) throws Exception {
        byte[] bytes = validText.getBytes(StandardCharsets.UTF_8);
        Files.write(file, Arrays.copyOf(bytes, bytes.length * percent / 100));

        ProjectFileException e = openingFails();

        assertThat(e.problem()).isEqualTo(ProjectFileProblem.DAMAGED);
        assertThat(e.getMessage()).startsWith("estudio.grounded is incomplete: it ends unexpectedly at line ")
                .contains(", column ");
    }

    @Test
    void invalidJsonIsRefusedWithItsLineAndColumn() throws Exception {
        List<String> lines = validText.lines().toList();
        int line = 12;
        String broken = lines.get(line - 1).replaceFirst("\"(\\w+)\":", "$1:");
        write(String.join("\n", lines.subList(0, line - 1)) + "\n" + broken + "\n"
                + String.join("\n", lines.subList(line, lines.size())) + "\n");

        ProjectFileException e = openingFails();

        assertThat(e.problem()).isEqualTo(ProjectFileProblem.DAMAGED);
        assertThat(e.getMessage()).startsWith("estudio.grounded is damaged: the JSON text is invalid at line " + line
                + ", column ").doesNotContain("org.grounded").doesNotContain("Source");
    }

    @Test
    void aFileWithVersionControlConflictMarkersSaysSo() throws Exception {
        write(validText.replaceFirst("(?m)^(\\s*\"name\": \"Donación de leche humana\",)$",
                "<<<<<<< HEAD\n$1\n=======\n    \"name\": \"Otra\",\n>>>>>>> rama"));

        ProjectFileException e = openingFails();

        assertThat(e.getMessage()).startsWith("estudio.grounded holds unresolved version-control conflict markers (from line 5)");
    }

    static Stream<Arguments> jsonThatIsNotAProject() {
        return Stream.of(
                Arguments.of("a list", "[1, 2, 3]", "not a project"),
                Arguments.of("a string", "\"hola\"", "not a project"),
                Arguments.of("an object without schemaVersion", "{\"name\": \"Estudio\", \"codes\": []}", "no \"schemaVersion\""),
                Arguments.of("a text schemaVersion", "{\"schemaVersion\": \"uno\", \"project\": {}}", "is not a version"),
                Arguments.of("schemaVersion zero", "{\"schemaVersion\": 0, \"project\": {}}", "is not a version"),
                Arguments.of("no project", "{\"schemaVersion\": 1, \"codes\": []}", "no \"project\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonThatIsNotAProject")
    void validJsonThatIsNotAProjectIsRefused(String what, String json, String says) throws Exception {
        write(json);

        ProjectFileException e = openingFails();

        assertThat(e.problem()).isEqualTo(ProjectFileProblem.NOT_A_PROJECT);
        assertThat(e.getMessage()).startsWith("estudio.grounded is not a Grounded project").contains(says);
    }

    static Stream<Arguments> inconsistentProjects() {
        return Stream.of(
                Arguments.of("a quotation past the end of its document",
                        (Consumer<ObjectNode>) root -> quotation(root, 0).put("end", 100_000),
                        "is not inside a text"),
                Arguments.of("a quotation cutting an emoji in half",
                        (Consumer<ObjectNode>) root -> quotation(root, 0).put("end", quotation(root, 0).get("end").asInt() - 1),
                        "cuts a character"),
                Arguments.of("a quotation of a document that is not there",
                        (Consumer<ObjectNode>) root -> quotation(root, 2).put("documentId", "00000000-0000-0000-0000-000000000000"),
                        "A quotation refers to a document that is not in the project"),
                Arguments.of("a participant speaking in a document that is not there",
                        (Consumer<ObjectNode>) root -> ((ArrayNode) root.get("documents")).remove(1),
                        "Ana refers to a document that is not in the project"),
                Arguments.of("a code whose parent is not there",
                        (Consumer<ObjectNode>) root -> ((ArrayNode) root.get("codes")).remove(0),
                        "not in the project"),
                Arguments.of("two codes with the same id",
                        (Consumer<ObjectNode>) root -> ((ObjectNode) root.get("codes").get(2))
                                .put("id", root.get("codes").get(0).get("id").asText()),
                        "Two codes share the id"),
                Arguments.of("a memo linked to nothing",
                        (Consumer<ObjectNode>) root -> ((ArrayNode) root.get("memos").get(0).get("linkedIds"))
                                .add("00000000-0000-0000-0000-000000000000"),
                        "linked to something not in the project"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inconsistentProjects")
    void aProjectWhoseDataDoesNotFitTogetherIsRefusedWithTheModelsReason(String what, Consumer<ObjectNode> damage,
                                                                         String reason) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(validText);
        damage.accept(root);
        write(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));

        ProjectFileException e = openingFails();

        assertThat(e.problem()).isEqualTo(ProjectFileProblem.INCONSISTENT);
        assertThat(e.getMessage()).startsWith("estudio.grounded holds inconsistent data and was not opened: ")
                .contains(reason);
    }

    static Stream<Arguments> damagedValues() {
        return Stream.of(
                Arguments.of("a word where a number belongs",
                        (Consumer<ObjectNode>) root -> quotation(root, 1).put("start", "doce"),
                        "in quotations[1].start, \"doce\" is not a whole number."),
                Arguments.of("an unknown group kind",
                        (Consumer<ObjectNode>) root -> ((ObjectNode) root.get("groups").get(0)).put("kind", "AMIGOS"),
                        "in groups[0].kind, \"AMIGOS\" is not a valid GroupKind (one of CODE, DOCUMENT, PARTICIPANT)."),
                Arguments.of("a missing id",
                        (Consumer<ObjectNode>) root -> ((ObjectNode) root.get("codes").get(1)).remove("id"),
                        "in codes[1], \"id\" is missing"),
                Arguments.of("a missing offset",
                        (Consumer<ObjectNode>) root -> quotation(root, 0).remove("start"), "in quotations[0], \"start\" is missing."),
                Arguments.of("an unknown entry",
                        (Consumer<ObjectNode>) root -> ((ObjectNode) root.get("memos").get(1)).put("mood", "bien"),
                        "in memos[1], there is an unknown entry \"mood\"."),
                Arguments.of("a colour that is not one",
                        (Consumer<ObjectNode>) root -> ((ObjectNode) root.get("codes").get(0)).put("colour", "rojo"),
                        "is not #RRGGBB"),
                Arguments.of("a date that is not one",
                        (Consumer<ObjectNode>) root -> ((ObjectNode) root.get("project")).put("createdAt", "ayer"),
                        "in project.createdAt, \"ayer\" is not a date and time"),
                Arguments.of("a null in a list",
                        (Consumer<ObjectNode>) root -> ((ArrayNode) root.get("relations")).addNull(),
                        "entry 2 of \"relations\" is null"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedValues")
    void aDamagedValueIsRefusedWithWhereItIs(String what, Consumer<ObjectNode> damage, String says) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(validText);
        damage.accept(root);
        write(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));

        ProjectFileException e = openingFails();

        assertThat(e.problem()).isEqualTo(ProjectFileProblem.DAMAGED);
        assertThat(e.getMessage()).startsWith("estudio.grounded is damaged: ").contains(says)
                .doesNotContain("org.grounded").doesNotContain("`");
    }

    @Test
    void aRepeatedEntryIsRefusedRatherThanOneOfItsValuesChosen() throws Exception {
        write(validText.replaceFirst("\"generator\"", "\"project\": {\"name\": \"x\", \"createdAt\": \"2021-01-01T00:00:00Z\"},\n  \"generator\""));

        ProjectFileException e = openingFails();

        assertThat(e.problem()).isEqualTo(ProjectFileProblem.DAMAGED);
        assertThat(e.getMessage()).contains("project");
    }

    @Test
    void textAfterTheProjectIsRefused() throws Exception {
        write(validText + "{\"schemaVersion\": 1}\n");

        ProjectFileException e = openingFails();

        assertThat(e.problem()).isEqualTo(ProjectFileProblem.DAMAGED);
        assertThat(e.getMessage()).startsWith("estudio.grounded is damaged: there is more text after the end of the project at line ");
    }

    @ParameterizedTest(name = "{0} bytes of whitespace")
    @ValueSource(ints = {0, 1, 20})
    void anEmptyFileIsRefused(int whitespace) throws Exception {
        write(" \n".repeat(whitespace).substring(0, whitespace));

        ProjectFileException e = openingFails();

        assertThat(e.problem()).isEqualTo(ProjectFileProblem.EMPTY);
        assertThat(e.getMessage()).isEqualTo("estudio.grounded is empty: it holds no project.");
    }

    @Test
    void aBinaryFileIsRefused() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 0x7F;
        noise[1] = 0;
        Files.write(file, noise);

        ProjectFileException e = openingFails();

        assertThat(e.problem()).isEqualTo(ProjectFileProblem.NOT_A_PROJECT);
        assertThat(e.getMessage()).startsWith("estudio.grounded is not a Grounded project").contains("binary");
    }

    @Test
    void aFileOfZeroBytesAfterAPowerCutIsRefusedAsBinary() throws Exception {
        Files.write(file, new byte[10_000]);

        assertThat(openingFails().getMessage()).contains("binary data");
    }

    @Test
    void aZipArchiveIsRefusedWithAHintToImportIt() throws Exception {
        Files.write(file, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});

        ProjectFileException e = openingFails();

        assertThat(e.problem()).isEqualTo(ProjectFileProblem.NOT_A_PROJECT);
        assertThat(e.getMessage()).contains("ZIP archive").contains("imported");
    }

    @Test
    void aMissingFileIsRefused() {
        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () -> store.load(file));

        assertThat(e.problem()).isEqualTo(ProjectFileProblem.MISSING);
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.getMessage()).startsWith("estudio.grounded cannot be opened: there is no such file in ")
                .contains(folder.toString());
        assertThat(file).doesNotExist();
    }

    @Test
    void aFolderIsRefused() throws Exception {
        Files.createDirectory(file);

        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () -> store.load(file));

        assertThat(e.problem()).isEqualTo(ProjectFileProblem.UNREADABLE);
        assertThat(e.getMessage()).isEqualTo("estudio.grounded is a folder, not a project file.");
    }

    @Test
    void anUnreadableFileIsRefused() throws Exception {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        write(validText);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
        assumeTrue(!Files.isReadable(file), "this user can read any file (root)");

        ProjectFileException e = openingFails();

        assertThat(e.problem()).isEqualTo(ProjectFileProblem.UNREADABLE);
        assertThat(e.getMessage()).startsWith("estudio.grounded cannot be opened: permission to read it was denied");
    }

    @Test
    void aDamagedFileWithAGoodBackupPointsToTheBackup() throws Exception {
        Project project = SampleProjects.rich();
        store.save(project, file);
        store.save(project, file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

        ProjectFileException e = openingFails();

        assertThat(e.getMessage()).contains("is incomplete")
                .endsWith("A backup of the previous version exists: estudio.grounded.bak.");
        assertThat(e.backup()).contains(ProjectFileStore.backupOf(file));
        assertThat(store.load(e.backup().orElseThrow()).entities()).containsExactlyElementsOf(project.entities());
    }

    @Test
    void aDamagedBackupIsNotOffered() throws Exception {
        write("{");
        Files.writeString(ProjectFileStore.backupOf(file), "{\"schemaVersion\": 1");

        ProjectFileException e = openingFails();

        assertThat(e.backup()).isEmpty();
        assertThat(e.getMessage()).doesNotContain("backup");
    }

    @Test
    void aFileStartingWithAByteOrderMarkOpens() throws Exception {
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, validText.getBytes(StandardCharsets.UTF_8)));

        assertThat(store.load(file).info().name()).isEqualTo("Donación de leche humana");
    }

    /** Opens {@link #file}, expecting failure, and checks that nothing in the folder changed. */
    private ProjectFileException openingFails() throws IOException {
        Map<String, FileState> before = folderState();

        ProjectFileException e = catchThrowableOfType(ProjectFileException.class, () -> store.load(file));

        assertThat(e).as("opening %s must fail", file.getFileName()).isNotNull();
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.getMessage()).startsWith(file.getFileName().toString());
        assertThat(folderState()).as("a failed open must not write").isEqualTo(before);
        return e;
    }

    private record FileState(List<Byte> bytes, FileTime modified) {
    }

    private Map<String, FileState> folderState() throws IOException {
        Map<String, FileState> state = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path path : files.toList()) {
                List<Byte> bytes = Files.isReadable(path) && Files.isRegularFile(path) ? boxed(Files.readAllBytes(path)) : List.of();
                state.put(path.getFileName().toString(), new FileState(bytes, Files.getLastModifiedTime(path)));
            }
        }
        return state;
    }

    private static List<Byte> boxed(byte[] bytes) {
        Byte[] boxed = new Byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            boxed[i] = bytes[i];
        }
        return List.of(boxed);
    }

    private void write(String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static ObjectNode quotation(ObjectNode root, int index) {
        return (ObjectNode) root.get("quotations").get(index);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
