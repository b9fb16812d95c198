package org.grounded.io.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.Coding;
import org.grounded.model.EntityEdit;
import org.grounded.model.Quotation;
import org.grounded.model.Project;
import org.grounded.model.ProjectInfo;
import org.grounded.model.ProjectInfoEdit;
import org.grounded.model.SavedNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ProjectFileStoreRoundTripTest {

    @TempDir
    Path folder;

    private final ProjectFileStore store = new ProjectFileStore();

    @Test
    void aSavedProjectOpensWithEverythingEqualAndInTheSameOrder() throws Exception {
        Project project = SampleProjects.rich();
        Path file = folder.resolve("leche.grounded");

        store.save(project, file);
        Project loaded = store.load(file);

        assertThat(loaded.info()).isEqualTo(project.info());
        assertThat(loaded.entities()).containsExactlyElementsOf(project.entities());
        assertThat(loaded.codes()).extracting(Code::name)
                .containsExactly("Motivación", "Altruismo", "Miedos", "Ayudar a otras madres", "Rechazo");
        assertThat(loaded.counts()).isEqualTo(project.counts());
    }

    @Test
    void orderInsideSetsAndMapsSurvivesTheFile() throws Exception {
        Project project = SampleProjects.rich();
        Path file = folder.resolve("leche.grounded");

        store.save(project, file);
        Project loaded = store.load(file);

        for (int i = 0; i < project.participants().size(); i++) {
            assertThat(List.copyOf(nth(loaded.participants(), i).attributes().keySet()))
                    .containsExactlyElementsOf(nth(project.participants(), i).attributes().keySet());
            assertThat(List.copyOf(nth(loaded.participants(), i).speakers()))
                    .containsExactlyElementsOf(nth(project.participants(), i).speakers());
        }
        for (int i = 0; i < project.memos().size(); i++) {
            assertThat(List.copyOf(nth(loaded.memos(), i).linkedIds()))
                    .containsExactlyElementsOf(nth(project.memos(), i).linkedIds());
        }
        for (int i = 0; i < project.groups().size(); i++) {
            assertThat(List.copyOf(nth(loaded.groups(), i).memberIds()))
                    .containsExactlyElementsOf(nth(project.groups(), i).memberIds());
        }
    }

    @Test
    void savingAReopenedProjectWritesTheSameBytes() throws Exception {
        Path first = folder.resolve("first.grounded");
        Path second = folder.resolve("second.grounded");
        store.save(SampleProjects.rich(), first);

        store.save(store.load(first), second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void theFileIsReadableUtf8JsonWithSchemaVersionGeneratorAndIsoDates() throws Exception {
        Path file = folder.resolve("leche.grounded");
        store.save(SampleProjects.rich(), file);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode root = new ObjectMapper().readTree(text);

        assertThat(text).startsWith("{\n  \"schemaVersion\": 7,\n  \"generator\": \"Grounded ")
                .endsWith("}\n")
                .doesNotContain("\r")
                .contains(SampleProjects.BABY_QUESTION)
                .contains("\"createdAt\": \"2021-03-04T10:15:30.123456789Z\"");
        assertThat(fieldNames(root)).containsExactly("schemaVersion", "generator", "project", "attributeDefinitions",
                "relationTypes", "documents", "participants", "codes", "quotations", "relations", "groups", "networks", "memos",
                "stopWords", "importedForm");
        assertThat(root.get("generator").asText()).isEqualTo(ProjectJson.GENERATOR);
        assertThat(root.get("project").get("name").asText()).isEqualTo("Donación de leche humana");
        assertThat(root.get("documents").get(0).get("importedAt").isTextual()).isTrue();
        assertThat(root.get("participants").get(0).get("attributes").get("Edad").get("value").asText()).isEqualTo("29.5");
        assertThat(root.get("relationTypes")).hasSize(6);
    }

    @Test
    void savedNetworksOpenWithTheirSettingsMembersPlacesAndPinsInOrder() throws Exception {
        Project project = SampleProjects.rich();
        Path file = folder.resolve("leche.grounded");

        store.save(project, file);
        Project loaded = store.load(file);

        assertThat(loaded.networks()).containsExactlyElementsOf(project.networks());
        SavedNetwork figure = loaded.networks().iterator().next();
        SavedNetwork original = project.networks().iterator().next();
        assertThat(figure.name()).isEqualTo("Figura 1");
        assertThat(figure.memberIds()).containsExactlyElementsOf(original.memberIds());
        assertThat(List.copyOf(figure.positions().keySet())).containsExactlyElementsOf(original.positions().keySet());
        assertThat(figure.positions().get(original.memberIds().get(0)).x()).isEqualTo(100.0 / 3);
        assertThat(List.copyOf(figure.pinned())).containsExactlyElementsOf(original.pinned());
        assertThat(List.copyOf(nth(loaded.networks(), 1).settings().edgeKinds()))
                .containsExactly("COOCCURRENCE", "PARTICIPANT_LINK");
    }

    @Test
    void aNetworkShowingSomethingNotInTheFileIsRefusedWithAMessage() throws Exception {
        Path file = folder.resolve("leche.grounded");
        store.save(SampleProjects.rich(), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String member = SampleProjects.rich().networks().iterator().next().memberIds().get(0).toString();
        int networks = text.indexOf("\"networks\"");
        int at = text.indexOf("\"memberIds\"", networks);
        int inList = text.indexOf('"', text.indexOf('[', at)) + 1;
        Files.writeString(file, text.substring(0, inList) + "00000000-0000-0000-0000-000000000001"
                + text.substring(text.indexOf('"', inList)), StandardCharsets.UTF_8);
        assertThat(member).isNotBlank();

        assertThatThrownBy(() -> store.load(file)).isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("leche.grounded")
                .hasMessageContaining("network 'Figura 1' shows something that is not in the project");
    }

    @Test
    void aNetworkWithAnUnknownEdgeKindIsRefusedWithAMessage() throws Exception {
        Path file = folder.resolve("leche.grounded");
        store.save(SampleProjects.rich(), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replaceFirst("\"PARTICIPANT_LINK\"", "\"FRIENDSHIP\""), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> store.load(file)).isInstanceOf(ProjectFileException.class)
                .hasMessageContaining("leche.grounded")
                .hasMessageContaining("'FRIENDSHIP' is not an edge kind");
    }

    @Test
    void anEmptyProjectRoundTrips() throws Exception {
        Project project = Project.create("Vacío");
        Path file = folder.resolve("empty.grounded");

        store.save(project, file);
        Project loaded = store.load(file);

        assertThat(loaded.info()).isEqualTo(project.info());
        assertThat(loaded.entities()).containsExactlyElementsOf(project.entities());
    }

    @Test
    void savingTwiceKeepsTheFirstVersionAsBackup() throws Exception {
        Path file = folder.resolve("leche.grounded");
        Project project = SampleProjects.rich();
        store.save(project, file);
        byte[] firstVersion = Files.readAllBytes(file);
        rename(project, "Segunda versión");

        store.save(project, file);

        Path backup = ProjectFileStore.backupOf(file);
        assertThat(backup.getFileName()).hasToString("leche.grounded.bak");
        assertThat(Files.readAllBytes(backup)).isEqualTo(firstVersion);
        assertThat(store.load(backup).info().name()).isEqualTo("Donación de leche humana");
        assertThat(store.load(file).info().name()).isEqualTo("Segunda versión");
    }

    @Test
    void theBackupIsAVersionFromBeforeTheLastSaveRenewedAtMostOnceAnHour() throws Exception {
        Path file = folder.resolve("leche.grounded");
        Project project = SampleProjects.rich();
        for (String name : List.of("uno", "dos", "tres")) {
            rename(project, name);
            store.save(project, file);
        }
        // The second save kept "uno"; the third, minutes later, left that backup alone.
        assertThat(store.load(ProjectFileStore.backupOf(file)).info().name()).isEqualTo("uno");
        assertThat(store.load(file).info().name()).isEqualTo("tres");

        // An hour and more after the backup was written, the next save renews it.
        FileTime now = Files.getLastModifiedTime(file);
        Files.setLastModifiedTime(ProjectFileStore.backupOf(file),
                FileTime.from(now.toInstant().minus(ProjectFileStore.BACKUP_INTERVAL).minusSeconds(1)));
        rename(project, "cuatro");
        store.save(project, file);
        assertThat(store.load(ProjectFileStore.backupOf(file)).info().name()).isEqualTo("tres");
        assertThat(store.load(file).info().name()).isEqualTo("cuatro");
    }

    @Test
    void aSaveLeavesNoTemporaryFilesBehind() throws Exception {
        Path file = folder.resolve("leche.grounded");
        Project project = SampleProjects.rich();

        store.save(project, file);
        store.save(project, file);

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("leche.grounded", "leche.grounded.bak");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r-----", "rw-------", "rw-rw-r--"})
    void savingKeepsTheFilesPermissions(String permissions) throws Exception {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path file = folder.resolve("leche.grounded");
        Project project = SampleProjects.rich();
        store.save(project, file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));

        rename(project, "Segunda versión");
        store.save(project, file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(permissions);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ProjectFileStore.backupOf(file))))
                .isEqualTo(permissions);
    }

    @Test
    void savingThroughASymbolicLinkUpdatesTheLinkedFileAndKeepsTheLink() throws Exception {
        Path real = Files.createDirectory(folder.resolve("real")).resolve("leche.grounded");
        Path link = folder.resolve("link.grounded");
        Project project = SampleProjects.rich();
        store.save(project, real);
        try {
            Files.createSymbolicLink(link, real);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links: " + e);
        }

        rename(project, "Por el enlace");
        store.save(project, link);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(store.load(real).info().name()).isEqualTo("Por el enlace");
    }

    @Test
    void aVersionOneFileOpensAndSurvivesSavingAgain() throws Exception {
        Path file = folder.resolve("schema-1.grounded");
        try (var in = getClass().getResourceAsStream("schema-1.grounded")) {
            Files.copy(in, file);
        }

        Project loaded = store.load(file);
        Path again = folder.resolve("again.grounded");
        store.save(loaded, again);
        Project reloaded = store.load(again);

        assertThat(loaded.info().name()).isEqualTo("Donación de leche humana");
        assertThat(loaded.counts().quotations()).isEqualTo(3);
        assertThat(loaded.documents()).anySatisfy(document ->
                assertThat(document.text()).contains(SampleProjects.BABY_QUESTION));
        assertThat(reloaded.info()).isEqualTo(loaded.info());
        assertThat(reloaded.entities()).containsExactlyElementsOf(loaded.entities());
        assertThat(loaded.networks()).isEmpty();
        assertThat(Files.readString(again, StandardCharsets.UTF_8))
                .startsWith("{\n  \"schemaVersion\": 7,").contains("\"networks\": [],");
    }

    @Test
    void aVersionTwoFileOpensWithEveryCodingStampedByItsQuotationsCoderAndTime() throws Exception {
        Path file = folder.resolve("schema-2.grounded");
        try (var in = getClass().getResourceAsStream("schema-2.grounded")) {
            Files.copy(in, file);
        }

        Project loaded = store.load(file);

        assertThat(loaded.quotations()).hasSize(3).allSatisfy(quotation -> {
            assertThat(quotation.name()).isEmpty();
            assertThat(quotation.codings()).extracting(Coding::codeId).containsExactlyElementsOf(quotation.codeIds());
            assertThat(quotation.codings()).allSatisfy(coding -> {
                assertThat(coding.coder()).isEqualTo(quotation.coder());
                assertThat(coding.createdAt()).isEqualTo(quotation.createdAt());
            });
        });
        assertThat(loaded.quotations()).extracting(Quotation::coder).contains("ana.r", "maría");
    }

    @Test
    void namesAndEachCodingsCoderAndTimeSurviveTheFile() throws Exception {
        Project project = SampleProjects.rich();
        Quotation first = project.quotations().iterator().next();
        UUID code = first.codeIds().get(0);
        Instant later = first.createdAt().plusSeconds(3600);
        Quotation recoded = first.withName("line:7").withCoding(code, "luis", later);
        project.apply(EntityEdit.update("Recode", first, recoded));
        Path file = folder.resolve("stamps.grounded");

        store.save(project, file);
        Quotation loaded = store.load(file).quotation(first.id()).orElseThrow();

        assertThat(loaded).isEqualTo(recoded);
        assertThat(loaded.name()).isEqualTo("line:7");
        assertThat(loaded.codingsOf(code)).extracting(Coding::coder).containsExactly(first.coder(), "luis");
        assertThat(loaded.codingsOf(code).get(1).createdAt()).isEqualTo(later);
    }

    @Test
    void savedRangesSurviveSavingAndAVersionThreeFileWithoutThemOpens() throws Exception {
        Project project = SampleProjects.rich();
        AttributeDefinition age = project.attributeDefinitions().stream()
                .filter(d -> d.type() == org.grounded.model.AttributeType.NUMBER).findFirst().orElseThrow();
        org.grounded.model.edits.AttributeEdits.setRanges(project, age.id(), "20,30,40").ifPresent(project::apply);
        Path file = folder.resolve("ranges.grounded");
        store.save(project, file);

        assertThat(store.load(file).find(AttributeDefinition.class, age.id()).orElseThrow().ranges())
                .isEqualTo("20,30,40");

        String versionThree = Files.readString(file, StandardCharsets.UTF_8)
                .replace("\"schemaVersion\": 7", "\"schemaVersion\": 3")
                .replaceAll(MEMO_KIND, "")
                .replaceAll("(?s),\\s*\"importedForm\".*\\}\\s*$", "\n}\n")
                .replaceAll(",\\s*\"stopWords\"\\s*:\\s*\\[\\s*\\]", "")
                .replaceAll(",\\s*\"ranges\"\\s*:\\s*\"[^\"]*\"", "");
        assertThat(versionThree).doesNotContain("\"ranges\"");
        Path old = folder.resolve("version-3.grounded");
        Files.writeString(old, versionThree, StandardCharsets.UTF_8);

        Project opened = store.load(old);
        assertThat(opened.find(AttributeDefinition.class, age.id()).orElseThrow().hasRanges()).isFalse();
        assertThat(opened.attributeDefinitions()).hasSameSizeAs(project.attributeDefinitions());
    }

    @Test
    void stopWordsSurviveTheFileAndAVersionFourFileOpensWithTheBuiltInLists() throws Exception {
        Project project = SampleProjects.rich();
        project.apply(org.grounded.model.edits.StopWordEdits.change(project, new org.grounded.model.StopWordChanges(
                "es", List.of("pues", "o sea"), List.of("no"))).orElseThrow());
        Path file = folder.resolve("stop.grounded");
        store.save(project, file);

        Project loaded = store.load(file);
        assertThat(loaded.stopWords()).isEqualTo(project.stopWords());
        assertThat(loaded.stopWords().of("es").added()).containsExactly("o sea", "pues");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("\"stopWords\": [");

        String versionFour = text.replace("\"schemaVersion\": 7", "\"schemaVersion\": 4")
                .replaceAll(MEMO_KIND, "")
                .replaceAll("(?s),\\s*\"importedForm\".*\\}\\s*$", "\n}\n")
                .replaceAll(",\\s*\"stopWords\"\\s*:\\s*\\[[^\\]]*\\{[^}]*\\}\\s*\\]", "");
        assertThat(versionFour).doesNotContain("stopWords").contains("\"schemaVersion\": 4");
        Path old = folder.resolve("version-4.grounded");
        Files.writeString(old, versionFour, StandardCharsets.UTF_8);

        Project opened = store.load(old);
        assertThat(opened.stopWords()).isEqualTo(org.grounded.model.StopWords.BUILT_IN);
        assertThat(opened.entities()).containsExactlyElementsOf(project.entities());
    }

    /** A memo's kind, which came with schema version 7: gone from a file of an older version. */
    private static final String MEMO_KIND = ",\\s*\"kind\"\\s*:\\s*\"(MEMO|FIELD_NOTE|JOURNAL)\"";

    @Test
    void aVersionSixFileOpensWithEveryMemoAnAnalyticMemo() throws Exception {
        Path file = folder.resolve("schema-6.grounded");
        try (var in = getClass().getResourceAsStream("schema-6.grounded")) {
            Files.copy(in, file);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"schemaVersion\": 6").doesNotContain("MEMO");

        Project loaded = store.load(file);

        assertThat(loaded.memos()).extracting(org.grounded.model.Memo::title)
                .containsExactly("Sobre el miedo", "Diario de campo");
        assertThat(loaded.memos()).extracting(org.grounded.model.Memo::kind)
                .containsOnly(org.grounded.model.MemoKind.MEMO);
    }

    @Test
    void aMemosKindSurvivesTheFile() throws Exception {
        Project project = SampleProjects.rich();
        org.grounded.model.Memo first = project.memos().iterator().next();
        project.apply(org.grounded.model.edits.MemoEdits.setKind(project, first.id(),
                org.grounded.model.MemoKind.FIELD_NOTE, first.modifiedAt()).orElseThrow());
        Path file = folder.resolve("kinds.grounded");

        store.save(project, file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"kind\": \"FIELD_NOTE\"");
        assertThat(store.load(file).find(org.grounded.model.Memo.class, first.id()).orElseThrow().kind())
                .isEqualTo(org.grounded.model.MemoKind.FIELD_NOTE);
    }

    private static void rename(Project project, String name) {
        ProjectInfo info = project.info();
        project.apply(new ProjectInfoEdit(info, new ProjectInfo(name, info.description(), info.createdAt())));
    }

    private static <T> T nth(java.util.Collection<T> values, int index) {
        return List.copyOf(values).get(index);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

}
