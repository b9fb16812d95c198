package org.grounded.io.refi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.Group;
import org.grounded.model.GroupKind;
import org.grounded.model.Participant;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample study's export as other tools read it: dates and users on every note, selection and
 * coding (QualCoder stops at a note without a date), cases linked to their texts, document memos
 * where readers look for them, participant groups as a case variable; still valid against the
 * schema, and still read back by Grounded without gaining or losing anything.
 */
class SampleStudyExportTest {

    @TempDir
    Path folder;
    private Project study;
    private Path exported;
    private org.w3c.dom.Document xml;

    @BeforeEach
    void export() throws Exception {
        study = new ProjectFileStore().load(Path.of("samples/milk-donation.grounded"));
        exported = folder.resolve("milk.qdpx");
        new QdpxExporter().export(study, exported, Progress.NONE);
        xml = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(RefiSchemas.entry(exported, "project.qde")));
    }

    private List<Element> elements(String name) {
        NodeList nodes = xml.getElementsByTagNameNS(QdeWriter.NAMESPACE, name);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getLocalName().equals(name)) {
                result.add(element);
            }
        }
        return result;
    }

    @Test
    void itStillValidatesAgainstTheSchema() throws Exception {
        RefiSchemas.validateProject(exported);
    }

    @Test
    void everyNoteSelectionAndCodingHasADateAndEverySelectionAndCodingAUserListedInUsers() {
        Set<String> users = elements("User").stream().map(u -> u.getAttribute("guid")).collect(Collectors.toSet());
        assertThat(elements("User")).extracting(u -> u.getAttribute("name")).containsExactlyInAnyOrder("ana", "ben");
        // 9 memos and 14 relation comments.
        assertThat(elements("Note")).hasSize(23).allSatisfy(note -> assertThat(note.getAttribute("creationDateTime")).isNotEmpty());
        assertThat(elements("PlainTextSelection")).hasSize(244).allSatisfy(selection -> {
            assertThat(selection.getAttribute("creationDateTime")).isNotEmpty();
            assertThat(users).contains(selection.getAttribute("creatingUser"));
        });
        assertThat(elements("Coding")).isNotEmpty().allSatisfy(coding -> {
            assertThat(coding.getAttribute("creationDateTime")).isNotEmpty();
            assertThat(users).contains(coding.getAttribute("creatingUser"));
        });
    }

    @Test
    void everyCaseIsLinkedToTheSourcesItsParticipantSpeaksIn() {
        assertThat(elements("Case")).hasSize(9).allSatisfy(element -> {
            Participant participant = study.participant(java.util.UUID.fromString(element.getAttribute("guid"))).orElseThrow();
            assertThat(children(element, "SourceRef")).extracting(ref -> ref.getAttribute("targetGUID"))
                    .containsExactlyInAnyOrderElementsOf(participant.speakers().stream()
                            .map(speaker -> speaker.documentId().toString()).distinct().toList());
        });
    }

    @Test
    void aDocumentsMemosAreItsDescriptionAndNoteRefs() {
        for (Element source : elements("TextSource")) {
            java.util.UUID id = java.util.UUID.fromString(source.getAttribute("guid"));
            List<org.grounded.model.Memo> memos = study.memos().stream()
                    .filter(memo -> memo.linkedIds().contains(id)).toList();
            if (memos.isEmpty()) {
                assertThat(children(source, "Description")).isEmpty();
            } else {
                String description = children(source, "Description").get(0).getTextContent();
                memos.forEach(memo -> assertThat(description).contains(memo.title(), memo.text()));
            }
        }
        assertThat(elements("TextSource")).anySatisfy(source -> assertThat(children(source, "Description")).isNotEmpty());
    }

    @Test
    void participantGroupsAreTheCasesGroupVariableAndNoSetListsACase() {
        Element variable = elements("Variable").stream().filter(v -> v.getAttribute("name").equals("Group")).findFirst()
                .orElseThrow();
        Set<String> cases = elements("Case").stream().map(c -> c.getAttribute("guid")).collect(Collectors.toSet());
        assertThat(elements("MemberSource")).noneSatisfy(member -> assertThat(cases).contains(member.getAttribute("targetGUID")));
        for (Group group : study.groups()) {
            if (group.kind() != GroupKind.PARTICIPANT) {
                continue;
            }
            for (java.util.UUID member : group.memberIds()) {
                Element element = elements("Case").stream().filter(c -> c.getAttribute("guid").equals(member.toString()))
                        .findFirst().orElseThrow();
                assertThat(children(element, "VariableValue")).anySatisfy(value -> {
                    assertThat(children(value, "VariableRef").get(0).getAttribute("targetGUID"))
                            .isEqualTo(variable.getAttribute("guid"));
                    assertThat(children(value, "TextValue").get(0).getTextContent()).isEqualTo(group.name());
                });
            }
        }
    }

    @Test
    void groundedReadsItsExportBackWithTheSameGroupsMemosAndAttributes() throws Exception {
        Project back = new QdpxImporter().read(exported, Progress.NONE).project();

        assertThat(back.groups()).containsExactlyElementsOf(study.groups());
        assertThat(back.memos()).hasSameSizeAs(study.memos());
        assertThat(back.attributeDefinitions()).hasSameSizeAs(study.attributeDefinitions());
        assertThat(back.participants()).containsExactlyElementsOf(study.participants());
        assertThat(back.quotations()).containsExactlyInAnyOrderElementsOf(study.quotations());
    }
}
