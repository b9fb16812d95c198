package org.grounded.io.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectFileMigrationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCurrentVersionIsSevenAndIsWhatTheDefaultMigrationsReach() {
        assertThat(ProjectFileMigrations.CURRENT_VERSION).isEqualTo(7);
        assertThat(new ProjectFileMigrations().currentVersion()).isEqualTo(ProjectFileMigrations.CURRENT_VERSION);
    }

    @Test
    void aTreeOfTheCurrentVersionIsLeftAsItIs() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree("{\"schemaVersion\": 7, \"project\": {\"name\": \"a\"}}");
        ObjectNode copy = root.deepCopy();

        assertThat(new ProjectFileMigrations().upgrade(root, 7)).isEqualTo(copy);
    }

    @Test
    void upgradingRunsEveryStepFromTheFilesVersionInOrderAndStampsTheNewVersion() throws Exception {
        List<String> ran = new ArrayList<>();
        ProjectFileMigrations migrations = new ProjectFileMigrations(List.of(
                root -> {
                    ran.add("1→2");
                    root.set("memos", root.remove("notes"));
                    return root;
                },
                root -> {
                    ran.add("2→3");
                    root.put("sawMemos", root.has("memos"));
                    return root;
                }));
        ObjectNode old = (ObjectNode) JSON.readTree("{\"schemaVersion\": 1, \"notes\": []}");

        ObjectNode upgraded = migrations.upgrade(old, 1);

        assertThat(ran).containsExactly("1→2", "2→3");
        assertThat(upgraded.get("schemaVersion").asInt()).isEqualTo(3);
        assertThat(upgraded.get("sawMemos").asBoolean()).isTrue();
        assertThat(upgraded.has("notes")).isFalse();
    }

    @Test
    void aFileOfAMiddleVersionRunsOnlyTheLaterSteps() throws Exception {
        List<String> ran = new ArrayList<>();
        ProjectFileMigrations migrations = new ProjectFileMigrations(List.of(
                root -> {
                    ran.add("1→2");
                    return root;
                },
                root -> {
                    ran.add("2→3");
                    return root;
                }));

        migrations.upgrade((ObjectNode) JSON.readTree("{\"schemaVersion\": 2}"), 2);

        assertThat(ran).containsExactly("2→3");
    }

    @Test
    void versionsItDoesNotKnowAreRefused() {
        ProjectFileMigrations migrations = new ProjectFileMigrations();

        assertThatThrownBy(() -> migrations.upgrade(JSON.createObjectNode(), ProjectFileMigrations.CURRENT_VERSION + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> migrations.upgrade(JSON.createObjectNode(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void versionTwoPutsAnEmptyNetworksListBetweenGroupsAndMemos() throws Exception {
        ObjectNode old = (ObjectNode) JSON.readTree("{\"schemaVersion\": 1, \"project\": {\"name\": \"a\"},"
                + " \"groups\": [], \"memos\": [{\"title\": \"m\"}]}");

        ObjectNode upgraded = new ProjectFileMigrations().upgrade(old, 1);

        List<String> names = new ArrayList<>();
        upgraded.fieldNames().forEachRemaining(names::add);
        assertThat(names).startsWith("schemaVersion", "project", "groups", "networks", "memos");
        assertThat(upgraded.get("networks").isArray()).isTrue();
        assertThat(upgraded.get("networks")).isEmpty();
        assertThat(upgraded.get("memos").get(0).get("title").asText()).isEqualTo("m");
        assertThat(upgraded.get("schemaVersion").asInt()).isEqualTo(ProjectFileMigrations.CURRENT_VERSION);
    }

    @Test
    void aVersionOneTreeWithoutMemosGetsItsNetworksAtTheEnd() throws Exception {
        ObjectNode old = (ObjectNode) JSON.readTree("{\"schemaVersion\": 1, \"project\": {\"name\": \"a\"}}");

        assertThat(new ProjectFileMigrations().upgrade(old, 1).get("networks")).isEmpty();
    }

    @Test
    void aVersionOneTreeThatAlreadyHoldsNetworksIsRefused() throws Exception {
        ObjectNode odd = (ObjectNode) JSON.readTree("{\"schemaVersion\": 1, \"networks\": []}");

        assertThatThrownBy(() -> new ProjectFileMigrations().upgrade(odd, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("networks");
    }

    @Test
    void versionThreeStampsEveryCodeOfAQuotationWithTheQuotationsCoderAndTimeAndGivesItAnEmptyName() throws Exception {
        ObjectNode old = (ObjectNode) JSON.readTree("{\"schemaVersion\": 2, \"quotations\": [{\"id\": \"q\","
                + " \"codeIds\": [\"a\", \"b\"], \"coder\": \"ana\", \"createdAt\": \"2021-05-01T12:00:00Z\"},"
                + " {\"id\": \"r\", \"codeIds\": [], \"coder\": \"luis\", \"createdAt\": \"2022-01-01T00:00:00Z\"}]}");

        ObjectNode upgraded = new ProjectFileMigrations().upgrade(old, 2);

        JsonNode first = upgraded.get("quotations").get(0);
        assertThat(first.get("name").asText()).isEmpty();
        assertThat(first.get("codings")).hasSize(2);
        assertThat(first.get("codings").get(1).get("codeId").asText()).isEqualTo("b");
        assertThat(first.get("codings").get(1).get("coder").asText()).isEqualTo("ana");
        assertThat(first.get("codings").get(1).get("createdAt").asText()).isEqualTo("2021-05-01T12:00:00Z");
        assertThat(upgraded.get("quotations").get(1).get("codings")).isEmpty();
        assertThat(upgraded.get("schemaVersion").asInt()).isEqualTo(ProjectFileMigrations.CURRENT_VERSION);
    }

    @Test
    void aVersionTwoQuotationThatAlreadyHoldsCodingsIsRefused() throws Exception {
        ObjectNode odd = (ObjectNode) JSON.readTree("{\"schemaVersion\": 2, \"quotations\": [{\"codings\": []}]}");

        assertThatThrownBy(() -> new ProjectFileMigrations().upgrade(odd, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("codings");
    }

    @Test
    void versionFourGivesEveryAttributeEmptyRangesAndKeepsTheRest() throws Exception {
        ObjectNode old = (ObjectNode) JSON.readTree("{\"schemaVersion\": 3, \"project\": {\"name\": \"a\"},"
                + " \"attributeDefinitions\": [{\"name\": \"Edad\", \"type\": \"NUMBER\", \"categories\": []},"
                + " {\"name\": \"Rol\", \"type\": \"CATEGORY\", \"categories\": [\"donante\"]}]}");

        ObjectNode upgraded = new ProjectFileMigrations().upgrade(old, 3);

        assertThat(upgraded.get("schemaVersion").asInt()).isEqualTo(ProjectFileMigrations.CURRENT_VERSION);
        assertThat(upgraded.get("attributeDefinitions")).hasSize(2).allSatisfy(definition ->
                assertThat(definition.get("ranges").asText("absent")).isEmpty());
        List<String> names = new ArrayList<>();
        upgraded.get("attributeDefinitions").get(1).fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("name", "type", "categories", "ranges");
        assertThat(upgraded.get("attributeDefinitions").get(1).get("categories").get(0).asText()).isEqualTo("donante");
    }

    @Test
    void aVersionThreeAttributeThatAlreadyHoldsRangesIsRefused() throws Exception {
        ObjectNode odd = (ObjectNode) JSON.readTree("{\"schemaVersion\": 3, \"attributeDefinitions\":"
                + " [{\"name\": \"Edad\", \"ranges\": \"20,30\"}]}");

        assertThatThrownBy(() -> new ProjectFileMigrations().upgrade(odd, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ranges");
    }

    @Test
    void versionFiveGivesAnEmptyStopWordListAtTheEndAndKeepsTheRest() throws Exception {
        ObjectNode old = (ObjectNode) JSON.readTree("{\"schemaVersion\": 4, \"project\": {\"name\": \"a\"},"
                + " \"memos\": [{\"title\": \"m\"}]}");

        ObjectNode upgraded = new ProjectFileMigrations().upgrade(old, 4);

        assertThat(upgraded.get("schemaVersion").asInt()).isEqualTo(ProjectFileMigrations.CURRENT_VERSION);
        List<String> names = new ArrayList<>();
        upgraded.fieldNames().forEachRemaining(names::add);
        assertThat(names).startsWith("schemaVersion", "project", "memos", "stopWords");
        assertThat(upgraded.get("stopWords").isArray()).isTrue();
        assertThat(upgraded.get("stopWords")).isEmpty();
        assertThat(upgraded.get("memos").get(0).get("title").asText()).isEqualTo("m");
    }

    @Test
    void aVersionFourFileThatAlreadyHoldsStopWordsIsRefused() throws Exception {
        ObjectNode odd = (ObjectNode) JSON.readTree("{\"schemaVersion\": 4, \"stopWords\": []}");

        assertThatThrownBy(() -> new ProjectFileMigrations().upgrade(odd, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stopWords");
    }

    @Test
    void versionSixAddsAnEmptyImportedFormAfterEverythingElse() throws Exception {
        ObjectNode old = (ObjectNode) JSON.readTree("{\"schemaVersion\": 5, \"project\": {\"name\": \"a\"},"
                + " \"codes\": [{\"name\": \"Miedo\", \"colour\": \"#9E9E9E\"}], \"memos\": [], \"stopWords\": []}");

        ObjectNode upgraded = new ProjectFileMigrations().upgrade(old, 5);

        List<String> names = new ArrayList<>();
        upgraded.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("schemaVersion", "project", "codes", "memos", "stopWords", "importedForm");
        JsonNode form = upgraded.get("importedForm");
        assertThat(form.get("guids")).isEmpty();
        assertThat(form.get("users")).isEmpty();
        assertThat(form.get("uncolouredCodes")).isEmpty();
        assertThat(form.get("emptyDescriptions")).isEmpty();
        assertThat(form.get("emptyDescription").asBoolean(true)).isFalse();
        assertThat(form.get("richTexts")).isEmpty();
        assertThat(upgraded.get("codes").get(0).get("colour").asText()).isEqualTo("#9E9E9E");
    }

    @Test
    void aVersionFiveTreeThatAlreadyHoldsAnImportedFormIsRefused() throws Exception {
        ObjectNode odd = (ObjectNode) JSON.readTree("{\"schemaVersion\": 5, \"importedForm\": {}}");

        assertThatThrownBy(() -> new ProjectFileMigrations().upgrade(odd, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("importedForm");
    }

    @Test
    void versionSevenMakesEveryMemoAnAnalyticMemoAfterItsLinks() throws Exception {
        ObjectNode old = (ObjectNode) JSON.readTree("{\"schemaVersion\": 6, \"memos\": [{\"title\": \"Diario\","
                + " \"linkedIds\": []}, {\"title\": \"Sobre el miedo\", \"linkedIds\": [\"x\"]}]}");

        ObjectNode upgraded = new ProjectFileMigrations().upgrade(old, 6);

        assertThat(upgraded.get("schemaVersion").asInt()).isEqualTo(7);
        for (JsonNode memo : upgraded.get("memos")) {
            List<String> names = new ArrayList<>();
            memo.fieldNames().forEachRemaining(names::add);
            assertThat(names).containsExactly("title", "linkedIds", "kind");
            assertThat(memo.get("kind").asText()).isEqualTo("MEMO");
        }
    }

    @Test
    void aVersionSixMemoThatAlreadyHoldsAKindIsRefused() throws Exception {
        ObjectNode odd = (ObjectNode) JSON.readTree("{\"schemaVersion\": 6, \"memos\": [{\"kind\": \"JOURNAL\"}]}");

        assertThatThrownBy(() -> new ProjectFileMigrations().upgrade(odd, 6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kind");
    }
}
