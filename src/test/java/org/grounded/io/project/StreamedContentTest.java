package org.grounded.io.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.grounded.generate.StudyGenerator;
import org.grounded.generate.StudySize;
import org.grounded.model.Project;
import org.junit.jupiter.api.Test;

/**
 * The hand-written reader of the quotations against the mapper as the oracle: every file it takes
 * reads to the same records both ways, and what it does not take as Grounded writes it, it leaves
 * to the mapper (empty), which then reads it as before.
 */
class StreamedContentTest {

    private final ProjectJson json = new ProjectJson();
    private final ObjectMapper mapper = json.mapper();
    private final StreamedContent streamed = new StreamedContent(mapper);
    private final int version = new ProjectFileMigrations().currentVersion();

    @Test
    void aGeneratedStudyReadsAsTheMapperReadsIt() throws IOException {
        Project study = StudyGenerator.generate(new StudySize(20, 600, 60, 3_000, 15), 42);
        byte[] bytes = written(study);
        ProjectFileContent read = streamed.read(bytes, version).orElseThrow();
        assertThat(read.quotations()).hasSize(3_000);
        assertThat(read).isEqualTo(byMapper(bytes));
    }

    @Test
    void theSampleProjectsAndTheTestFilesReadAsTheMapperReadsThem() throws Exception {
        List<Project> projects = new ArrayList<>();
        projects.add(SampleProjects.rich());
        ProjectFileStore store = new ProjectFileStore();
        List<Path> files = new ArrayList<>(List.of(Path.of("samples/milk-donation.grounded")));
        try (Stream<Path> resources = Files.list(Path.of("src/test/resources/org/grounded/io/project"))) {
            resources.filter(file -> file.toString().endsWith(".grounded")).forEach(files::add);
        }
        for (Path file : files) {
            projects.add(store.load(file));
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        for (Project project : projects) {
            byte[] bytes = written(project);
            ProjectFileContent read = streamed.read(bytes, version).orElseThrow();
            assertThat(read).as(project.info().name()).isEqualTo(byMapper(bytes));
            assertThat(read.quotations()).as(project.info().name()).isNotEmpty();
        }
    }

    @Test
    void escapesEmojiCaseAndMissingOrNullOptionalValuesReadAsTheMapperReadsThem() throws IOException {
        String[] quotations = {
            // Escapes of every kind, an escaped surrogate pair, emoji as themselves, capitals in uuids.
            """
            {"id": "6BB02658-B65A-4C03-80A3-49110ED94F36", "documentId": "%DOC%", "start": 0, "end": 4,
             "codeIds": ["%CODE%"], "comment": "\\"quoted\\" \\\\ back\\nline \\u00e9t\\u00E9 \\uD83C\\uDF7C 🍼👩‍👧 \\t\\/",
             "coder": "ana.r", "createdAt": "2021-05-01T12:00:00.123456789Z", "name": "line:3",
             "codings": [{"codeId": "%CODE%", "coder": "ben", "createdAt": "2021-05-02T12:00:00Z"}]}""",
            // Only what a quotation needs.
            """
            {"id": "6bb02658-b65a-4c03-80a3-49110ed94f37", "documentId": "%DOC%", "start": 1, "end": 3,
             "createdAt": "2021-05-01T12:00:00Z"}""",
            // Nulls where the model takes a default, in another order.
            """
            {"end": 3, "start": 1, "codings": null, "codeIds": null, "comment": null, "coder": null, "name": null,
             "createdAt": "2021-05-01T12:00:00Z", "documentId": "%DOC%", "id": "6bb02658-b65a-4c03-80a3-49110ed94f38"}""",
            // A code only in the codings, a coding repeated, an empty list.
            """
            {"id": "6bb02658-b65a-4c03-80a3-49110ed94f39", "documentId": "%DOC%", "start": 1, "end": 3, "codeIds": [],
             "createdAt": "2021-05-01T12:00:00Z", "codings": [{"codeId": "%CODE%", "coder": "ana", "createdAt": "2021-05-01T12:00:00Z"},
             {"codeId": "%CODE%", "coder": "ana", "createdAt": "2022-05-01T12:00:00Z"}, {"codeId": "%CODE%", "createdAt": "2021-05-01T12:00:00Z"}]}"""};
        for (String quotation : quotations) {
            byte[] bytes = withQuotation(quotation);
            Optional<ProjectFileContent> read = streamed.read(bytes, version);
            assertThat(read).as(quotation).isPresent();
            assertThat(read.orElseThrow()).as(quotation).isEqualTo(byMapper(bytes));
        }
    }

    @Test
    void whatIsNotAsGroundedWritesItIsLeftToTheMapper() throws IOException {
        String plain = """
            {"id": "6bb02658-b65a-4c03-80a3-49110ed94f36", "documentId": "%DOC%", "start": 1, "end": 3,
             "codeIds": ["%CODE%"], "comment": "", "coder": "ana", "createdAt": "2021-05-01T12:00:00Z", "name": "",
             "codings": [{"codeId": "%CODE%", "coder": "ana", "createdAt": "2021-05-01T12:00:00Z"}]}""";
        assertThat(streamed.read(withQuotation(plain), version)).isPresent();
        String[][] changes = {
            {"\"name\": \"\"", "\"name\": \"\", \"colour\": \"red\""},          // unknown field
            {"\"name\": \"\"", "\"name\": \"\", \"name\": \"x\""},             // repeated field
            {"\"start\": 1", "\"start\": \"1\""},                            // text for a number
            {"\"start\": 1", "\"start\": 1.0"},                              // a fraction for a number
            {"\"start\": 1", "\"start\": null"},                             // null for a number
            {"\"start\": 1, ", ""},                                          // a number missing
            {"\"end\": 3", "\"end\": 3000000000"},                          // past an int
            {"\"start\": 1", "\"start\": 5"},                                // an empty range
            {"\"comment\": \"\"", "\"comment\": 7"},                         // a number for text
            {"\"comment\": \"\"", "\"comment\": true"},                      // a boolean for text
            {"\"createdAt\": \"2021-05-01T12:00:00Z\", \"name\"",
                "\"createdAt\": \"2021-05-01T13:00:00+01:00\", \"name\""},   // an instant with an offset
            {"\"createdAt\": \"2021-05-01T12:00:00Z\", \"name\"", "\"createdAt\": null, \"name\""},
            {"\"id\": \"6bb02658-b65a-4c03-80a3-49110ed94f36\"", "\"id\": \"6bb02658b65a4c0380a349110ed94f36\""},
            {"\"id\": \"6bb02658-b65a-4c03-80a3-49110ed94f36\"", "\"id\": \"6bb02658-b65a-4c03-80a3-49110ed94f3g\""},
            {"\"id\": \"6bb02658-b65a-4c03-80a3-49110ed94f36\"", "\"id\": null"},
            {"\"codeIds\": [\"%CODE%\"]", "\"codeIds\": \"%CODE%\""},       // one value for a list
            {"\"codeIds\": [\"%CODE%\"]", "\"codeIds\": [null]"},
            {"\"coder\": \"ana\", \"createdAt\": \"2021-05-01T12:00:00Z\"}]",
                "\"coder\": \"ana\", \"when\": \"2021-05-01T12:00:00Z\"}]"},  // unknown field in a coding
            {"\"coder\": \"ana\", \"createdAt\": \"2021-05-01T12:00:00Z\"}]",
                "\"coder\": \"ana\", \"coder\": \"ben\", \"createdAt\": \"2021-05-01T12:00:00Z\"}]"},
        };
        for (String[] change : changes) {
            String changed = plain.replace(change[0], change[1]);
            assertThat(changed).as(change[1]).isNotEqualTo(plain);
            assertThat(streamed.read(withQuotation(changed), version)).as(change[1]).isEmpty();
        }
        // Outside the quotations: a repeated name in another entry or at the top, an unknown entry, another version.
        String file = new String(withQuotation(plain), StandardCharsets.UTF_8);
        String[][] elsewhere = {
            {"\"name\": \"Donación de leche humana\"", "\"name\": \"Donación de leche humana\", \"name\": \"Otra\""},
            {"\"generator\": \"test\"", "\"generator\": \"test\", \"generator\": \"again\""},
            {"\"generator\": \"test\"", "\"generator\": \"test\", \"extra\": 1"},
            {"\"schemaVersion\": " + version, "\"schemaVersion\": " + (version - 1)},
            {"\"quotations\": [", "\"quotations\": [null, "},
        };
        for (String[] change : elsewhere) {
            String changed = file.replace(change[0], change[1]);
            assertThat(changed).as(change[1]).isNotEqualTo(file);
            assertThat(streamed.read(changed.getBytes(StandardCharsets.UTF_8), version)).as(change[1]).isEmpty();
        }
        assertThat(streamed.read((file + " {}").getBytes(StandardCharsets.UTF_8), version)).isEmpty();
    }

    @Test
    void theFileJsonFallsBackToTheMapperForWhatItCoerces() throws IOException {
        String coerced = """
            {"id": "6bb02658-b65a-4c03-80a3-49110ed94f36", "documentId": "%DOC%", "start": "1", "end": 3,
             "createdAt": "2021-05-01T13:00:00+01:00"}""";
        byte[] bytes = withQuotation(coerced);
        assertThat(streamed.read(bytes, version)).isEmpty();
        assertThat(json.currentContent(bytes, version)).contains(byMapper(bytes));
    }

    private byte[] written(Project project) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(project, version, out);
        return out.toByteArray();
    }

    private ProjectFileContent byMapper(byte[] bytes) throws IOException {
        return mapper.readValue(bytes, ProjectFileContent.class);
    }

    /** A small file of one document and one code, written by Grounded, with this quotation in it. */
    private byte[] withQuotation(String quotation) throws IOException {
        Project project = SampleProjects.rich();
        String file = new String(written(project), StandardCharsets.UTF_8);
        String documentId = project.documents().iterator().next().id().toString();
        String codeId = project.codes().iterator().next().id().toString();
        int start = file.indexOf("\"quotations\": [");
        int end = file.indexOf("\n  ],", start);
        String text = file.substring(0, start) + "\"quotations\": [" + quotation.replace("%DOC%", documentId)
                .replace("%CODE%", codeId) + "]" + file.substring(end + "\n  ]".length());
        return text.replace("\"generator\": \"" + ProjectJson.GENERATOR + "\"", "\"generator\": \"test\"")
                .getBytes(StandardCharsets.UTF_8);
    }
}
