package org.grounded.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.Project;
import org.grounded.model.TextSpan;
import org.grounded.search.SearchIndex;
import org.grounded.search.SearchStudy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code grounded search}, {@code autocode} and {@code words} through the real command line on a saved study. */
class SearchCommandsTest {

    @TempDir
    Path folder;

    private final SearchStudy study = new SearchStudy();
    private Path projectFile;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void save() throws Exception {
        projectFile = folder.resolve("study.grounded");
        new ProjectFileStore().save(study.project, projectFile);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = GroundedCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        // Each run gets a fresh index in memory, as a first run with an empty cache folder would.
        ((SearchCommand) commandLine.getSubcommands().get("search").getCommand()).indexes = file -> SearchIndex.inMemory();
        ((AutocodeCommand) commandLine.getSubcommands().get("autocode").getCommand()).indexes = file -> SearchIndex.inMemory();
        return commandLine.execute(args);
    }

    private String place(String passage) {
        TextSpan span = SearchStudy.at(study.english, passage);
        return "Interview Ana:" + span.start() + "-" + span.end();
    }

    @Test
    void searchPrintsEachHitWithItsPlaceAndTheCounts() {
        assertThat(run("search", projectFile.toString(), "\"milk bank\" OR hospital")).as(err.toString()).isZero();

        assertThat(out.toString().lines().toList()).containsExactly(
                place("milk bank") + " (Ana) milk bank",
                place("hospital") + " (Ana) hospital",
                "2 hits in 1 document");
    }

    @Test
    void kwicRowsAlignTheHits() {
        assertThat(run("search", projectFile.toString(), "bank OR banco", "--kwic", "--limit", "4")).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.subList(0, 4)).allSatisfy(line -> assertThat(line.indexOf("[")).isEqualTo(40));
        assertThat(lines.get(0)).contains("Doné leche al [banco] de leche 👩🏽‍🍼 porque");
        assertThat(lines.get(4)).isEqualTo("5 hits in 3 documents (4 shown)");
    }

    @Test
    void csvAndJsonCarryTheExactOffsets() throws Exception {
        assertThat(run("search", projectFile.toString(), "donors", "--format", "csv")).isZero();
        TextSpan donors = SearchStudy.at(study.english, "donors");
        assertThat(out.toString()).startsWith("document,participant,start,end,hit,left,right,codes\r\n")
                .contains("Interview Ana,Ana," + donors.start() + "," + donors.end() + ",donors,");

        assertThat(run("search", projectFile.toString(), "\"leche 👩🏽‍🍼\"", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        TextSpan leche = SearchStudy.at(study.spanish, "leche 👩🏽‍🍼");
        assertThat(json.get("hits").asInt()).isEqualTo(1);
        JsonNode hit = json.get("results").get(0);
        assertThat(hit.get("start").asInt()).isEqualTo(leche.start());
        assertThat(hit.get("end").asInt()).isEqualTo(leche.end());
        assertThat(hit.get("participants").get(0).asText()).isEqualTo("María");
    }

    @Test
    void stemmingAndRestrictionsByParticipantDocumentAndCode() throws Exception {
        assertThat(run("search", projectFile.toString(), "donate")).isZero();
        assertThat(out.toString()).endsWith("1 hit in 1 document\n");
        assertThat(run("search", projectFile.toString(), "donate", "--stem")).isZero();
        assertThat(out.toString()).endsWith("2 hits in 1 document\n");
        assertThat(run("search", projectFile.toString(), "donate", "--stem", "--participant", "ana")).isZero();
        assertThat(out.toString()).endsWith("1 hit in 1 document\n");
        assertThat(run("search", projectFile.toString(), "bank OR banco", "--document", "Temu bual Siti", "Interview Ana"))
                .isZero();
        assertThat(out.toString()).endsWith("3 hits in 2 documents\n");

        study.code(study.english, "I donated milk to the milk bank", study.donation);
        new ProjectFileStore().save(study.project, projectFile);
        assertThat(run("search", projectFile.toString(), "milk", "--code", "donation")).isZero();
        assertThat(out.toString()).endsWith("2 hits in 1 document\n");
        assertThat(run("search", projectFile.toString(), "milk", "--not-code", "Donation")).isZero();
        assertThat(out.toString()).endsWith("1 hit in 1 document\n");
    }

    @Test
    void badInputGetsOneLine() {
        assertThat(run("search", projectFile.toString(), "milk AND")).isEqualTo(1);
        assertThat(err.toString()).startsWith("grounded: The search 'milk AND' does not parse").contains("column");
        assertThat(err.toString().lines()).hasSize(1);

        assertThat(run("search", projectFile.toString(), "milk", "--participant", "Nobody")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("grounded: No participant or participant group named 'Nobody' in "
                + projectFile + "\n");
    }

    @Test
    void autocodeSavesOnceAndChangesNothingTheSecondTime() throws Exception {
        // Sentences as java.text.BreakIterator finds them, which counts the speaker's label in.
        assertThat(run("autocode", projectFile.toString(), "milk", "--code", "Donation", "--extend", "sentence"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("3 hits in 1 document; 'Donation': 2 new quotations, 0 existing quotations got the code, 0 already coded; saved");
        Project saved = new ProjectFileStore().load(projectFile);
        assertThat(saved.quotationsWithCode(study.donation.id())).extracting(q -> new TextSpan(q.start(), q.end()))
                .containsExactly(SearchStudy.at(study.english, "Ana: I donated milk to the milk bank because donors help 👨‍👩‍👧‍👦 babies."),
                        SearchStudy.at(study.english, "Ana: The milk of the hospital bank was far, and the donor's fridge was full."));
        assertThat(Files.exists(folder.resolve("study.grounded.bak"))).isTrue();
        String afterFirst = Files.readString(projectFile);

        assertThat(run("autocode", projectFile.toString(), "milk", "--code", "Donation", "--extend", "sentence")).isZero();

        assertThat(out.toString()).contains("0 new quotations").contains("2 already coded; nothing to save");
        assertThat(Files.readString(projectFile)).isEqualTo(afterFirst);
    }

    @Test
    void autocodeNeedsAnExistingCode() {
        assertThat(run("autocode", projectFile.toString(), "milk", "--code", "Nope")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("grounded: No code named 'Nope' in " + projectFile + "\n");
    }

    @Test
    void wordsCountsPerDocumentWithoutStopWordsOrSpeakerLabels() {
        assertThat(run("words", projectFile.toString(), "--top", "3")).as(err.toString()).isZero();

        assertThat(out.toString()).isEqualTo("""
                word,Entrevista María,Interview Ana,Temu bual Siti,total,documents,participants\r
                bank,0,2,1,3,2,2\r
                milk,0,3,0,3,1,1\r
                susu,0,0,3,3,1,1\r
                """);
    }

    @Test
    void wordsFollowTheProjectsStopWordsUnlessAskedToKeepThem() throws Exception {
        Project project = new ProjectFileStore().load(projectFile);
        project.apply(org.grounded.model.edits.StopWordEdits.change(project, new org.grounded.model.StopWordChanges(
                "ms", List.of("susu"), List.of())).orElseThrow());
        new ProjectFileStore().save(project, projectFile);

        assertThat(run("words", projectFile.toString(), "--by", "none", "--top", "2")).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo("""
                word,total,documents,participants\r
                bank,3,2,2\r
                milk,3,1,1\r
                """);

        assertThat(run("words", projectFile.toString(), "--by", "none", "--participant", "siti", "--keep-stop-words",
                "--format", "json")).as(err.toString()).isZero();
        JsonNode rows = new ObjectMapper().readTree(out.toString());
        assertThat(rows.get(0).get("word").asText()).isEqualTo("susu");
        assertThat(rows.get(0).get("total").asInt()).isEqualTo(3);
        assertThat(rows.get(0).has("counts")).isFalse();
        List<String> words = new java.util.ArrayList<>();
        rows.forEach(row -> words.add(row.get("word").asText()));
        assertThat(words).contains("saya", "itu", "kepada").doesNotContain("bank susu", "milk");
    }

    @Test
    void wordsRefusesAScopeTheProjectLacksAndTwoScopes() {
        assertThat(run("words", projectFile.toString(), "--participant", "Nadie")).isNotZero();
        assertThat(err.toString()).contains("--participant: the project has no participant 'Nadie'").doesNotContain("Exception");
        assertThat(run("words", projectFile.toString(), "--participant", "Ana", "--document", "Interview Ana")).isNotZero();
        assertThat(err.toString()).contains("not several");
    }

    @Test
    void wordsByParticipantLeaveTheInterviewerOut() throws Exception {
        assertThat(run("words", projectFile.toString(), "--by", "participant", "--format", "json")).isZero();

        JsonNode rows = new ObjectMapper().readTree(out.toString());
        List<String> words = new java.util.ArrayList<>();
        rows.forEach(row -> words.add(row.get("word").asText()));
        assertThat(words).contains("donated", "doné").doesNotContain("donate", "why", "donó", "interviewer", "ana");
        rows.forEach(row -> {
            if (row.get("word").asText().equals("donated")) {
                assertThat(row.get("counts").get("Ana").asInt()).isEqualTo(1);
            }
        });
    }
}
