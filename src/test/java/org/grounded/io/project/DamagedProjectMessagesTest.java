package org.grounded.io.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.grounded.model.Code;
import org.grounded.model.EntityEdit;
import org.grounded.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A project file whose parts contradict each other is refused with the contradiction named, as written by hand. */
class DamagedProjectMessagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    /** Motivation > Empowerment > Agency, saved; then the file's codes are edited as given. */
    private Path damaged(java.util.function.Consumer<ArrayNode> damage) throws Exception {
        Code motivation = Code.of("Motivation", "#FF0000");
        Code empowerment = Code.of("Empowerment", "#00FF00").withParent(motivation.id());
        Code agency = Code.of("Agency", "#0000FF").withParent(empowerment.id());
        Project project = Project.create("Study");
        project.apply(EntityEdit.builder("Codes").add(motivation).add(empowerment).add(agency).build());
        Path file = folder.resolve("study.grounded");
        new ProjectFileStore().save(project, file);
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        damage.accept((ArrayNode) root.get("codes"));
        Files.writeString(file, JSON.writeValueAsString(root));
        return file;
    }

    private static String messageOpening(Path file) {
        return catchThrowableOfType(() -> new ProjectFileStore().load(file), ProjectFileException.class).getMessage();
    }

    @Test
    void aCycleOfParentsIsNamed() throws Exception {
        Path file = damaged(codes -> ((ObjectNode) codes.get(0)).put("parentId", codes.get(2).get("id").asText()));

        assertThat(messageOpening(file)).isEqualTo("study.grounded holds inconsistent data and was not opened: "
                + "Codes form a cycle of parents: 'Motivation' → 'Agency' → 'Empowerment' → 'Motivation' "
                + "(each code's parent follows it).");
    }

    @Test
    void twoCodesWithOneIdAreSaidToShareIt() throws Exception {
        // Agency takes the id of its parent Empowerment, so it also names itself as parent.
        Path file = damaged(codes -> {
            String empowerment = codes.get(1).get("id").asText();
            ((ObjectNode) codes.get(2)).put("id", empowerment);
        });

        assertThat(messageOpening(file)).startsWith("study.grounded holds inconsistent data and was not opened: "
                + "Two codes share the id ").endsWith(": 'Empowerment' and 'Agency'.").doesNotContain("own parent");
    }
}
