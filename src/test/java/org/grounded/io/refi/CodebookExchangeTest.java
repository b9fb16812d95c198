package org.grounded.io.refi;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.grounded.model.Code;
import org.grounded.model.EntityEdit;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sharing a codebook between studies through a REFI-QDA codebook file (.qdc). */
class CodebookExchangeTest {

    @TempDir
    Path folder;

    private Path exportRich() throws Exception {
        return export(RichProjects.build());
    }

    private Path export(Project project) throws Exception {
        Path file = folder.resolve("codebook.qdc");
        new QdcExporter().export(project, file);
        return file;
    }

    @Test
    void theCodebookIsValidAgainstTheCodebookSchema() throws Exception {
        Path file = exportRich();

        RefiSchemas.validate(Files.readAllBytes(file), SharedRefiSamples.schema("Codebook.xsd"));
    }

    @Test
    void codesAndCodeGroupsComeBackAsTheyWere() throws Exception {
        Project original = RichProjects.build();
        Path file = export(original);

        RefiCodebookImport imported = new QdcImporter().read(file);

        assertThat(imported.codebook().codes()).containsExactlyInAnyOrderElementsOf(original.codes());
        assertThat(imported.codebook().groups()).containsExactlyInAnyOrderElementsOf(original.groups(GroupKind.CODE));
        assertThat(imported.codesInTreeOrder()).extracting(Code::name)
                .containsExactly("Significance of milk", "Gift", "Gratitude 🙏", "Fears", "Social networks");
        assertThat(imported.report().skipped()).isEmpty();
    }

    @Test
    void onlyCodeGroupsAreWrittenAndAnEmptySetsElementNever() throws Exception {
        String rich = Files.readString(exportRich(), StandardCharsets.UTF_8);
        Project noGroups = Project.create("Plain");
        noGroups.apply(EntityEdit.add("Code", Code.of("Only", "#000000")));
        Path plain = folder.resolve("plain.qdc");
        new QdcExporter().export(noGroups, plain);

        assertThat(rich).contains("name=\"Emotions\"").doesNotContain("name=\"Interviews\"").doesNotContain("Donors");
        assertThat(Files.readString(plain, StandardCharsets.UTF_8)).doesNotContain("Sets");
    }

    @Test
    void aCodebookWithAnEmptySetsElementAsTaguetteWritesIsAccepted() throws Exception {
        Path file = Files.writeString(folder.resolve("taguette.qdc"), """
                <?xml version="1.0" encoding="utf-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Taguette 1.4.1">
                  <Codes>
                    <Code guid="4a2f1a83-0a94-4c51-8d6c-7a1f7a9a2d10" name="Fears" isCodable="true" color="#e53935">
                      <Description>Anything feared</Description>
                      <Code guid="4a2f1a83-0a94-4c51-8d6c-7a1f7a9a2d11" name="Of rejection" isCodable="true"/>
                    </Code>
                  </Codes>
                  <Sets/>
                </CodeBook>
                """);

        RefiCodebookImport imported = new QdcImporter().read(file);

        assertThat(imported.codebook().codes()).extracting(Code::name).containsExactly("Fears", "Of rejection");
        assertThat(imported.report().origin()).isEqualTo("Taguette 1.4.1");
    }

    @Test
    void mergingACodebookTwiceAddsItsCodesOnce() throws Exception {
        Project study = Project.create("Second study");
        Code existing = Code.of("Fears", "#000000");
        study.apply(EntityEdit.add("Code", existing));
        RefiCodebookImport imported = new QdcImporter().read(exportRich());

        study.apply(imported.mergeInto(study));
        EntityEdit again = imported.mergeInto(study);

        assertThat(study.codes()).hasSize(5);
        assertThat(study.codes()).filteredOn(code -> code.name().equals("Fears")).containsExactly(existing);
        assertThat(again.isEmpty()).isTrue();
        Group emotions = study.groups(GroupKind.CODE).get(0);
        assertThat(emotions.memberIds()).contains(existing.id());
    }

    @Test
    void aProjectWithoutCodesHasNoCodebookToExport() {
        assertThatThrownBy(() -> new QdcExporter().export(Project.create("Empty"), folder.resolve("e.qdc")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no codes");
        assertThat(folder.resolve("e.qdc")).doesNotExist();
    }

    @Test
    void aCodebookWithAnExternalEntityIsRefused() throws Exception {
        Path file = Files.writeString(folder.resolve("xxe.qdc"), """
                <?xml version="1.0"?>
                <!DOCTYPE CodeBook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="4a2f1a83-0a94-4c51-8d6c-7a1f7a9a2d10"
                  name="&xxe;" isCodable="true"/></Codes></CodeBook>
                """);

        assertThatThrownBy(() -> new QdcImporter().read(file)).isInstanceOf(RefiImportException.class)
                .hasMessageContaining("xxe.qdc").hasMessageContaining("DOCTYPE");
    }

    @Test
    void aProjectFileIsNotTakenForACodebook() throws Exception {
        Path file = Files.writeString(folder.resolve("wrong.qdc"), "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"/>");

        assertThatThrownBy(() -> new QdcImporter().read(file)).hasMessageContaining("wrong.qdc")
                .hasMessageContaining("not a REFI-QDA codebook");
        assertThat(List.of(folder.toFile().list())).containsExactly("wrong.qdc");
    }
}
