package org.grounded.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.grounded.model.Document;
import org.grounded.model.Progress;
import org.grounded.model.TextSpan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Queries of every form against a hand-made study; expected offsets found by hand with indexOf. */
class SearchIndexTest {

    private final SearchStudy study = new SearchStudy();
    private SearchIndex index;

    @BeforeEach
    void build() throws IOException {
        index = SearchIndex.inMemory();
        index.update(study.project, Progress.NONE);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private List<SearchHit> hits(SearchRequest request) throws IOException {
        return index.search(study.project, request).hits();
    }

    private List<TextSpan> spans(SearchRequest request) throws IOException {
        return hits(request).stream().map(hit -> new TextSpan(hit.start(), hit.end())).toList();
    }

    /** Expected spans, each "passage" or "passage#n" for its n-th occurrence, all in one document. */
    private static List<TextSpan> expected(Document document, String... passages) {
        return Arrays.stream(passages).map(passage -> {
            int hash = passage.lastIndexOf('#');
            return hash > 0 ? SearchStudy.at(document, passage.substring(0, hash), Integer.parseInt(passage.substring(hash + 1)))
                    : SearchStudy.at(document, passage);
        }).toList();
    }

    static Stream<Arguments> queryForms() {
        SearchStudy s = new SearchStudy();
        return Stream.of(
                Arguments.of("word", s.spanish, "leche", new String[] {"leche#0", "leche#1"}),
                Arguments.of("word without its accent", s.spanish, "donacion", new String[] {"donación"}),
                Arguments.of("upper case and accent", s.spanish, "lactancia", new String[] {"LACTÁNCIA"}),
                Arguments.of("phrase after a ZWJ emoji", s.spanish, "\"queda lejos\"", new String[] {"queda lejos"}),
                Arguments.of("phrase with a skin-toned ZWJ emoji inside", s.spanish, "\"leche 👩🏽‍🍼 porque\"",
                        new String[] {"leche 👩🏽‍🍼 porque"}),
                Arguments.of("wildcard", s.spanish, "don*", new String[] {"donó", "Doné", "donación", "donaciones"}),
                Arguments.of("leading wildcard", s.english, "*ated", new String[] {"donated"}),
                Arguments.of("fuzzy", s.english, "donor~", new String[] {"donors", "donor's"}),
                Arguments.of("proximity", s.english, "\"hospital far\"~3", new String[] {"hospital bank was far"}),
                Arguments.of("phrase", s.english, "\"milk bank\"", new String[] {"milk bank"}),
                Arguments.of("AND", s.english, "milk AND hospital", new String[] {"milk#2", "hospital"}),
                Arguments.of("words without operator must all occur", s.english, "milk hospital",
                        new String[] {"milk#2", "hospital"}),
                Arguments.of("OR", s.english, "babies OR fridge", new String[] {"babies", "fridge"}),
                Arguments.of("NOT", s.english, "milk NOT hospital", new String[] {"milk#0", "milk#1"}),
                Arguments.of("an emoji after an emoji", s.malay, "bayi", new String[] {"bayi"}));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("queryForms")
    void everyQueryFormHitsExactlyTheExpectedCharacters(String form, Document document, String query, String[] passages)
            throws IOException {
        Document same = study.project.documents().stream().filter(d -> d.name().equals(document.name())).findFirst()
                .orElseThrow();

        List<SearchHit> hits = hits(SearchRequest.of(query).inDocuments(Set.of(same.id())));

        assertThat(hits).extracting(hit -> new TextSpan(hit.start(), hit.end())).containsExactlyElementsOf(expected(same, passages));
        for (SearchHit hit : hits) {
            assertThat(hit.text()).isEqualTo(same.text().substring(hit.start(), hit.end()));
        }
    }

    @Test
    void contextIsTheTextBesideTheHitWithLineBreaksAsSpaces() throws IOException {
        SearchHit hit = hits(SearchRequest.of("queda")).get(0);
        String text = study.spanish.text();

        assertThat(hit.left()).isEqualTo(text.substring(hit.start() - SearchHits.CONTEXT, hit.start()).replace('\n', ' '));
        assertThat(hit.right()).isEqualTo(text.substring(hit.end()).replace('\n', ' '));
        assertThat(hit.left()).contains("vidas. María: El banco 👨‍👩‍👧 ");
    }

    @Test
    void spanishWordFormsAreFoundOnlyWithStemming() throws IOException {
        SearchRequest request = SearchRequest.of("donación").inDocuments(Set.of(study.spanish.id()));

        assertThat(spans(request)).containsExactlyElementsOf(expected(study.spanish, "donación"));
        assertThat(spans(request.withWordForms(WordForms.STEMMED)))
                .containsExactlyElementsOf(expected(study.spanish, "donación", "donaciones"));
    }

    @Test
    void englishWordFormsAreFoundOnlyWithStemming() throws IOException {
        SearchRequest request = SearchRequest.of("donate").inDocuments(Set.of(study.english.id()));

        assertThat(spans(request)).containsExactlyElementsOf(expected(study.english, "donate"));
        assertThat(spans(request.withWordForms(WordForms.STEMMED)))
                .containsExactlyElementsOf(expected(study.english, "donate", "donated"));
    }

    @Test
    void malayWordFormsAreFoundOnlyWithStemming() throws IOException {
        SearchRequest request = SearchRequest.of("derma");

        assertThat(spans(request)).isEmpty();
        assertThat(spans(request.withWordForms(WordForms.STEMMED)))
                .containsExactlyElementsOf(expected(study.malay, "menderma", "Pendermaan"));
    }

    @Test
    void eachDocumentIsStemmedInItsOwnLanguage() throws IOException {
        // "bank" is an English and a Malay word, "banco" Spanish: stemming one language leaves the others alone.
        List<SearchHit> hits = hits(SearchRequest.of("bank").withWordForms(WordForms.STEMMED));

        assertThat(hits).extracting(SearchHit::documentId)
                .containsExactly(study.english.id(), study.english.id(), study.malay.id());
    }

    @Test
    void participantsAreTheSpeakersAndTheInterviewerIsNobody() throws IOException {
        List<SearchHit> hits = hits(SearchRequest.of("donate OR donated"));

        assertThat(hits).extracting(SearchHit::participantIds).containsExactly(Set.of(), Set.of(study.ana.id()));
    }

    @Test
    void restrictionByParticipantKeepsTheirWordsOnly() throws IOException {
        SearchRequest request = SearchRequest.of("donó OR doné OR donate OR donated");

        assertThat(spans(request.byParticipants(Set.of(study.maria.id()))))
                .containsExactlyElementsOf(expected(study.spanish, "Doné"));
        assertThat(spans(request.byParticipants(Set.of(study.ana.id()))))
                .containsExactlyElementsOf(expected(study.english, "donated"));
    }

    @Test
    void restrictionByDocumentKeepsThoseDocumentsOnly() throws IOException {
        SearchRequest request = SearchRequest.of("bank OR banco");

        assertThat(hits(request)).hasSize(5);
        assertThat(hits(request.inDocuments(Set.of(study.malay.id())))).extracting(SearchHit::documentId)
                .containsExactly(study.malay.id());
    }

    @Test
    void restrictionByCodeKeepsHitsInsideOrOutsideItsQuotations() throws IOException {
        study.code(study.english, "I donated milk to the milk bank", study.donation);
        index.update(study.project, Progress.NONE);
        SearchRequest milk = SearchRequest.of("milk").inDocuments(Set.of(study.english.id()));

        assertThat(spans(milk.restrictedTo(CodeRestriction.codedWith(study.donation.id()))))
                .containsExactlyElementsOf(expected(study.english, "milk#0", "milk#1"));
        assertThat(spans(milk.restrictedTo(CodeRestriction.notCodedWith(study.donation.id()))))
                .containsExactlyElementsOf(expected(study.english, "milk#2"));
        assertThat(hits(milk).get(0).codeIds()).containsExactly(study.donation.id());
    }

    @Test
    void updatingSomeDocumentsLooksAtThoseAloneAndTakesOutTheOnesTheProjectNoLongerHas() throws IOException {
        Document freezer = new Document(study.english.id(), study.english.name(),
                study.english.text().replace("fridge", "freezer"), study.english.sourceFileName(),
                study.english.importedAt(), "en", study.english.attributes(), study.english.turns(),
                study.english.interviewers());
        study.project.apply(org.grounded.model.EntityEdit.builder("Re-import and remove")
                .update(study.english, freezer)
                .update(study.siti, study.siti.withSpeakers(Set.of()))
                .remove(study.malay).build());

        // Only the removed document is named: the re-imported one keeps its old passages for now.
        assertThat(index.update(study.project, Set.of(study.malay.id()), Progress.NONE))
                .isEqualTo(new IndexUpdate(0, 1, 0));
        assertThat(hits(SearchRequest.of("menderma"))).isEmpty();
        assertThat(hits(SearchRequest.of("fridge"))).hasSize(1);

        assertThat(index.update(study.project, Set.of(study.english.id(), study.spanish.id()), Progress.NONE))
                .isEqualTo(new IndexUpdate(1, 0, 1));
        assertThat(hits(SearchRequest.of("fridge"))).isEmpty();
        assertThat(spans(SearchRequest.of("freezer"))).containsExactly(SearchStudy.at(freezer, "freezer"));
        assertThat(index.totals()).isEqualTo(new IndexUpdate(4, 1, 1));
    }

    @Test
    void theLimitCutsTheListButNotTheCounts() throws IOException {
        SearchResult result = index.search(study.project, SearchRequest.of("bank OR banco").withLimit(2));

        assertThat(result.hits()).hasSize(2);
        assertThat(result.totalHits()).isEqualTo(5);
        assertThat(result.documentCount()).isEqualTo(3);
    }

    static Stream<Arguments> pagedQueries() {
        return Stream.of("leche", "donacion", "bank OR banco", "don*", "milk AND hospital", "milk NOT hospital",
                "\"milk bank\"", "donor~", "leche OR lech*", "milk OR \"milk bank\"", "susu OR bank")
                .flatMap(query -> Stream.of(Arguments.of(query, WordForms.EXACT), Arguments.of(query, WordForms.STEMMED)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("pagedQueries")
    void pagesOfHitsJoinIntoTheHitsOfTheWholeSearch(String query, WordForms forms) throws IOException {
        SearchRequest request = SearchRequest.of(query).withWordForms(forms);
        SearchResult all = index.search(study.project, request);
        assertThat(all.hits()).isNotEmpty();
        // Counted without offsets where the query allows it, the total still equals the hits listed one by one.
        assertThat(all.totalHits()).isEqualTo(all.hits().size());
        assertThat(all.documentCount()).isEqualTo((int) all.hits().stream().map(SearchHit::documentId).distinct().count());
        for (int size = 1; size <= 3; size++) {
            List<SearchHit> joined = new java.util.ArrayList<>();
            for (int from = 0; from < all.totalHits() + size; from += size) {
                SearchResult page = index.search(study.project, request.page(from, size));
                assertThat(page.totalHits()).isEqualTo(all.totalHits());
                assertThat(page.documentCount()).isEqualTo(all.documentCount());
                joined.addAll(page.hits());
            }
            assertThat(joined).as("pages of %d", size).containsExactlyElementsOf(all.hits());
        }
    }

    @Test
    void aQueryThatDoesNotParseSaysWhereInOneLine() {
        assertThatThrownBy(() -> index.search(study.project, SearchRequest.of("milk AND")))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("'milk AND'").hasMessageContaining("column")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> index.search(study.project, SearchRequest.of("\"milk bank")))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("column")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
