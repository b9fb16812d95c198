package org.grounded.analysis.citations;

import java.util.List;
import java.util.Set;
import org.grounded.analysis.ParticipantAttributes;
import org.grounded.analysis.SmallStudy;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.grounded.model.Quotation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CitationTablesTest {

    private final SmallStudy study = new SmallStudy();

    private CitationTable table(CitationTableRequest request) {
        return CitationTables.compute(study.project, request);
    }

    private CitationTable table() {
        return table(CitationTableRequest.defaults());
    }

    /** The counts of a code's row, column by column. */
    private static List<Integer> counts(CitationTable table, Code code) {
        return table.row(code.id()).orElseThrow().cells().stream().map(CitationCell::count).toList();
    }

    private static int total(CitationTable table, Code code) {
        return table.row(code.id()).orElseThrow().total().count();
    }

    @Test
    void columnsByParticipantFollowTheProjectsParticipants() {
        assertThat(table().columns()).extracting(CitationColumn::label).containsExactly("Ana", "Lim", "Bea");
        assertThat(table().rows()).extracting(row -> row.code().name())
                .as("tree order").containsExactly("Motivation", "Empowerment", "Agency", "Duty", "Fears");
        assertThat(table().rows()).extracting(CitationRow::depth).containsExactly(0, 1, 2, 1, 0);
    }

    @Test
    void aQuotationCodedWithTwoSubCodesOfOneCategoryCountsOnceForTheCategory() {
        study.code(study.focusGroup, "Because milk helps", study.empowerment, study.duty);

        CitationTable table = table();

        assertThat(counts(table, study.motivation)).containsExactly(1, 0, 0);
        assertThat(total(table, study.motivation)).isEqualTo(1);
        assertThat(counts(table, study.empowerment)).containsExactly(1, 0, 0);
        assertThat(counts(table, study.duty)).containsExactly(1, 0, 0);
    }

    @Test
    void aCategoryCountsTheQuotationsOfSubCodesAtEveryDepth() {
        study.code(study.interview, "I donated", study.agency);
        study.code(study.interview, "my son", study.duty);
        study.code(study.interview, "NICU", study.motivation);

        CitationTable table = table();

        assertThat(counts(table, study.motivation)).containsExactly(0, 0, 3);
        assertThat(counts(table, study.empowerment)).containsExactly(0, 0, 1);
        assertThat(counts(table, study.agency)).containsExactly(0, 0, 1);
    }

    @Test
    void withSubCodesExcludedARowCountsOnlyItsOwnCode() {
        study.code(study.interview, "I donated", study.agency);
        study.code(study.interview, "NICU", study.motivation);

        CitationTable table = table(CitationTableRequest.defaults().withSubCodes(SubCodes.EXCLUDED));

        assertThat(counts(table, study.motivation)).containsExactly(0, 0, 1);
        assertThat(counts(table, study.empowerment)).containsExactly(0, 0, 0);
        assertThat(counts(table, study.agency)).containsExactly(0, 0, 1);
    }

    @Test
    void overlappingAndNestedQuotationsAreDistinctCitations() {
        study.code(study.interview, "I donated because my son", study.fears);
        study.code(study.interview, "because my son was in the NICU", study.fears);
        study.code(study.interview, "my son", study.fears);

        assertThat(counts(table(), study.fears)).containsExactly(0, 0, 3);
        assertThat(total(table(), study.fears)).isEqualTo(3);
    }

    @Test
    void aQuotationWithSeveralCodesCountsInEachCodesRow() {
        study.code(study.interview, "I was afraid", study.fears, study.duty);

        CitationTable table = table();

        assertThat(counts(table, study.fears)).containsExactly(0, 0, 1);
        assertThat(counts(table, study.duty)).containsExactly(0, 0, 1);
        assertThat(counts(table, study.motivation)).containsExactly(0, 0, 1);
        assertThat(counts(table, study.empowerment)).containsExactly(0, 0, 0);
    }

    @Test
    void aQuotationAcrossTwoParticipantsTurnsCountsInBothColumnsButOnceInTheTotal() {
        // From inside Ana's turn to inside Lim's turn.
        study.code(study.focusGroup, "milk helps.\nLim: For", study.fears);

        CitationTable table = table();

        assertThat(counts(table, study.fears)).containsExactly(1, 1, 0);
        assertThat(total(table, study.fears)).as("one quotation, not the sum of the columns").isEqualTo(1);
    }

    @Test
    void theInterviewersWordsCountInNoColumnButInTheTotal() {
        study.code(study.focusGroup, "Why donate?", study.fears);

        assertThat(counts(table(), study.fears)).containsExactly(0, 0, 0);
        assertThat(total(table(), study.fears)).isEqualTo(1);
    }

    @Test
    void equalTotalsShareARankAndTheNextRankIsSkipped() {
        study.code(study.interview, "I donated", study.fears);
        study.code(study.interview, "my son", study.fears);
        study.code(study.interview, "NICU", study.fears);
        study.code(study.interview, "afraid", study.duty);
        study.code(study.interview, "because", study.agency);

        CitationTable table = table();

        // Totals: Motivation 2, Empowerment 1, Agency 1, Duty 1, Fears 3.
        assertThat(table.rows()).extracting(row -> row.code().name() + " " + row.rank())
                .containsExactly("Motivation 2", "Empowerment 3", "Agency 3", "Duty 3", "Fears 1");
    }

    @Test
    void theLargestValuesOfEachColumnAndTheLargestTotalsAreMarkedWithTiesIncluded() {
        study.code(study.interview, "I donated", study.fears);
        study.code(study.interview, "my son", study.fears);
        study.code(study.interview, "afraid", study.duty);
        study.code(study.focusGroup, "Because", study.agency);

        CitationTable table = table(CitationTableRequest.defaults().withTop(1));

        // Bea's column: Motivation 1, Empowerment 0, Agency 0, Duty 1, Fears 2 -> only Fears.
        assertThat(table.rows()).extracting(row -> row.cell(2).mark())
                .containsExactly(Mark.NONE, Mark.NONE, Mark.NONE, Mark.NONE, Mark.LARGEST_IN_COLUMN);
        // Ana's column: Motivation, Empowerment and Agency tie at 1 -> all three; zeros never.
        assertThat(table.rows()).extracting(row -> row.cell(0).mark())
                .containsExactly(Mark.LARGEST_IN_COLUMN, Mark.LARGEST_IN_COLUMN, Mark.LARGEST_IN_COLUMN,
                        Mark.NONE, Mark.NONE);
        // Lim's column is all zeros: nothing marked.
        assertThat(table.rows()).extracting(row -> row.cell(1).mark()).containsOnly(Mark.NONE);
        // Totals: Motivation 2, Empowerment 1, Agency 1, Duty 1, Fears 2 -> the two 2s.
        assertThat(table.rows()).extracting(row -> row.total().mark())
                .containsExactly(Mark.LARGEST_TOTAL, Mark.NONE, Mark.NONE, Mark.NONE, Mark.LARGEST_TOTAL);
    }

    /** Five cited codes: Motivation 2, Empowerment 1, Agency 1, Duty 1, Fears 2 (totals). */
    private void fiveCitedCodes() {
        study.code(study.interview, "I donated", study.fears);
        study.code(study.interview, "my son", study.fears);
        study.code(study.interview, "afraid", study.duty);
        study.code(study.focusGroup, "Because", study.agency);
    }

    @Test
    void aTableWithTooFewCitedCodesForItsMarksShowsNoneAndSaysWhy() {
        fiveCitedCodes();

        // The N = 3 largest of 5 cited codes would be most of them: at least 6 are needed.
        CitationTable table = table(CitationTableRequest.defaults().withTop(3));

        assertThat(table.citedCodes()).isEqualTo(5);
        assertThat(table.marksWithheld()).isTrue();
        assertThat(table.rows()).allSatisfy(row -> {
            assertThat(row.total().mark()).isEqualTo(Mark.NONE);
            assertThat(row.cells()).extracting(CitationCell::mark).containsOnly(Mark.NONE);
        });
        assertThat(MarkRule.withheld(table.citedCodes(), table.top()))
                .isEqualTo("No * or ** marks: only 5 codes are cited, and marks are shown only when at least 6 codes "
                        + "are cited (twice the 3 largest marked), so that they single out the largest rather than flag nearly "
                        + "every row");
    }

    @Test
    void aTableWithMoreThanTwiceNCitedCodesMarksItsNLargestAsBefore() {
        fiveCitedCodes();

        CitationTable table = table(CitationTableRequest.defaults().withTop(2));

        assertThat(table.marksWithheld()).isFalse();
        // Bea's column 1 0 0 1 2: the 2 largest are 2 and 1, the tied 1s included.
        assertThat(table.rows()).extracting(row -> row.cell(2).mark())
                .containsExactly(Mark.LARGEST_IN_COLUMN, Mark.NONE, Mark.NONE, Mark.LARGEST_IN_COLUMN,
                        Mark.LARGEST_IN_COLUMN);
        // Totals 2 1 1 1 2: the two 2s.
        assertThat(table.rows()).extracting(row -> row.total().mark())
                .containsExactly(Mark.LARGEST_TOTAL, Mark.NONE, Mark.NONE, Mark.NONE, Mark.LARGEST_TOTAL);
    }

    @Test
    void columnsByDocumentCountTheQuotationsOfEachDocument() {
        study.code(study.focusGroup, "Why donate?", study.fears);
        study.code(study.interview, "afraid", study.fears);

        CitationTable table = table(CitationTableRequest.defaults().withColumns(ColumnsBy.documents()));

        assertThat(table.columns()).extracting(CitationColumn::label).containsExactly("Focus group", "Interview with Bea");
        assertThat(counts(table, study.fears)).containsExactly(1, 1);
    }

    @Test
    void aQuotationCountsOnceInAGroupHoldingSeveralOfItsParticipants() {
        study.code(study.focusGroup, "milk helps.\nLim: For", study.fears);
        study.code(study.interview, "afraid", study.fears);

        CitationTable table = table(CitationTableRequest.defaults().withColumns(ColumnsBy.participantGroups()));

        assertThat(table.columns()).extracting(CitationColumn::label).containsExactly("donors", "interviewed alone");
        assertThat(counts(table, study.fears)).containsExactly(1, 1);
    }

    @Test
    void columnsByAttributeFollowTheDefinedCategoriesThenNoValue() {
        study.code(study.focusGroup, "Because milk helps", study.fears);
        study.code(study.focusGroup, "For my faith", study.fears);
        study.code(study.interview, "afraid", study.fears);

        CitationTable table = table(CitationTableRequest.defaults().withColumns(ColumnsBy.attribute("Role")));

        assertThat(table.columns()).extracting(CitationColumn::label)
                .containsExactly("donor only", "recipient only", "both", ParticipantAttributes.NO_VALUE);
        assertThat(counts(table, study.fears)).containsExactly(1, 0, 1, 1);
    }

    @Test
    void numberAttributeValuesAreColumnsInNumericOrder() {
        CitationTable table = table(CitationTableRequest.defaults().withColumns(ColumnsBy.attribute("age")));

        assertThat(table.columns()).extracting(CitationColumn::label).containsExactly("29", "34", "41");
    }

    @Test
    void anUnknownAttributeIsRefusedWithTheNamesThereAre() {
        assertThatThrownBy(() -> table(CitationTableRequest.defaults().withColumns(ColumnsBy.attribute("country"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'country'").hasMessageContaining("role, age");
    }

    @Test
    void categoriesOnlyKeepsCodesWithSubCodes() {
        CitationTable table = table(CitationTableRequest.defaults().withRows(RowCodes.CATEGORIES));

        assertThat(table.rows()).extracting(row -> row.code().name()).containsExactly("Motivation", "Empowerment");
    }

    @Test
    void levelAndCodeGroupFiltersChooseTheRows() {
        CitationTable axial = table(CitationTableRequest.defaults()
                .withFilter(CitationFilter.NONE.withLevels(Set.of(CodingLevel.AXIAL))));
        CitationTable grouped = table(CitationTableRequest.defaults()
                .withFilter(CitationFilter.NONE.withCodeGroups(Set.of(study.emotions.id()))));

        assertThat(axial.rows()).extracting(row -> row.code().name()).containsExactly("Motivation", "Fears");
        assertThat(grouped.rows()).extracting(row -> row.code().name()).containsExactly("Fears");
    }

    @Test
    void aDocumentGroupFilterKeepsOnlyTheQuotationsInThoseDocuments() {
        study.code(study.focusGroup, "Why donate?", study.fears);
        study.code(study.interview, "afraid", study.fears);

        CitationTable table = table(CitationTableRequest.defaults().withColumns(ColumnsBy.documents())
                .withFilter(CitationFilter.NONE.withDocumentGroups(Set.of(study.focusGroups.id()))));

        assertThat(table.columns()).extracting(CitationColumn::label).containsExactly("Focus group");
        assertThat(total(table, study.fears)).isEqualTo(1);
    }

    @Test
    void aParticipantFilterDropsOtherParticipantsAndTheInterviewer() {
        study.code(study.focusGroup, "Why donate?", study.fears);
        study.code(study.focusGroup, "milk helps.\nLim: For", study.fears);
        study.code(study.interview, "afraid", study.fears);

        CitationTable byGroup = table(CitationTableRequest.defaults()
                .withFilter(CitationFilter.NONE.withParticipantGroups(Set.of(study.donors.id()))));
        CitationTable byValue = table(CitationTableRequest.defaults()
                .withFilter(CitationFilter.NONE.withAttributeConditions(List.of(new AttributeCondition("role", "both")))));

        assertThat(byGroup.columns()).extracting(CitationColumn::label).containsExactly("Ana", "Lim");
        assertThat(counts(byGroup, study.fears)).containsExactly(1, 1);
        assertThat(total(byGroup, study.fears)).isEqualTo(1);
        assertThat(byValue.columns()).extracting(CitationColumn::label).containsExactly("Ana");
        assertThat(total(byValue, study.fears)).isEqualTo(1);
    }

    @Test
    void rowsSortByAColumnLargestFirstWithTiesInTreeOrder() {
        study.code(study.interview, "I donated", study.fears);
        study.code(study.interview, "my son", study.fears);
        study.code(study.interview, "afraid", study.duty);

        CitationTable table = table(CitationTableRequest.defaults()
                .withOrder(RowOrder.byColumn(study.bea.id().toString(), SortDirection.DESCENDING)));

        assertThat(table.rows()).extracting(row -> row.code().name())
                .containsExactly("Fears", "Motivation", "Duty", "Empowerment", "Agency");
        assertThat(table.row(study.fears.id()).orElseThrow().rank()).as("ranks do not depend on the order").isEqualTo(1);
    }

    @Test
    void rowsSortByName() {
        CitationTable table = table(CitationTableRequest.defaults().withOrder(RowOrder.byName(SortDirection.ASCENDING)));

        assertThat(table.rows()).extracting(row -> row.code().name())
                .containsExactly("Agency", "Duty", "Empowerment", "Fears", "Motivation");
    }

    @Test
    void drillDownListsTheQuotationsOfACellInTextOrder() {
        Quotation later = study.code(study.interview, "afraid", study.fears);
        Quotation earlier = study.code(study.interview, "I donated", study.fears);
        study.code(study.focusGroup, "For my faith", study.fears);

        CitationTable table = table();
        int fears = table.rows().indexOf(table.row(study.fears.id()).orElseThrow());

        assertThat(table.quotations(fears, 2)).containsExactly(earlier, later);
        assertThat(table.quotationsInTotal(fears)).hasSize(3);
    }
}
