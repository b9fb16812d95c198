package org.grounded.analysis.descriptive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.grounded.analysis.Decimals;
import org.grounded.analysis.ParticipantAttributes;
import org.grounded.analysis.SmallStudy;
import org.grounded.model.AttributeDefinition;
import org.grounded.model.AttributeScope;
import org.grounded.model.AttributeType;
import org.grounded.model.AttributeValue;
import org.grounded.model.EntityEdit;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DescriptivesTest {

    private static AttributeDescription attribute(ParticipantDescriptives descriptives, String name) {
        return descriptives.attributes().stream().filter(a -> a.attribute().name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> shown(FrequencySummary summary) {
        return summary.frequencies().stream().map(f -> f.value() + " " + f.count() + " "
                + f.percent().map(Decimals::twoPlaces).orElse("-")).toList();
    }

    @Test
    void frequenciesAndPercentagesReproduceStudyAsTable4() {
        Project project = Project.create("Donor questionnaire");
        AttributeDefinition ageGroup = new AttributeDefinition(java.util.UUID.randomUUID(), "age group",
                AttributeType.CATEGORY, AttributeScope.PARTICIPANT, "", List.of("20-30", "30-40", "> 40"));
        EntityEdit.Builder edit = EntityEdit.builder("80 donors").add(ageGroup);
        List<String> groups = new ArrayList<>();
        groups.addAll(java.util.Collections.nCopies(46, "20-30"));
        groups.addAll(java.util.Collections.nCopies(33, "30-40"));
        groups.add("> 40");
        for (int i = 0; i < groups.size(); i++) {
            edit.add(Participant.of("Donor " + i).withAttributes(Map.of("age group", AttributeValue.category(groups.get(i)))));
        }
        project.apply(edit.build());

        FrequencySummary all = (FrequencySummary) attribute(Descriptives.ofParticipants(project,
                DescriptivesRequest.all()), "age group").byPart().get(0);

        assertThat(all.participants()).isEqualTo(80);
        assertThat(shown(all)).containsExactly("20-30 46 57.5", "30-40 33 41.25", "> 40 1 1.25", "(no value) 0 0");
    }

    @Test
    void numbersGetNMeanMedianExtremesAndTheSampleStandardDeviation() {
        SmallStudy study = new SmallStudy(); // ages 29, 34, 41

        NumberSummary ages = (NumberSummary) attribute(Descriptives.ofParticipants(study.project,
                DescriptivesRequest.all()), "age").byPart().get(0);

        assertThat(ages.n()).isEqualTo(3);
        assertThat(ages.missing()).isZero();
        // mean 104/3; squares about the mean sum to 218/3; divided by n - 1 = 2 gives 109/3.
        assertThat(Decimals.twoPlaces(ages.mean().orElseThrow())).isEqualTo("34.67");
        assertThat(ages.median()).contains(new BigDecimal("34"));
        assertThat(ages.min()).contains(new BigDecimal("29"));
        assertThat(ages.max()).contains(new BigDecimal("41"));
        assertThat(ages.standardDeviation().orElseThrow().doubleValue()).isCloseTo(Math.sqrt(109.0 / 3), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(Decimals.twoPlaces(ages.standardDeviation().orElseThrow())).isEqualTo("6.03");
    }

    @Test
    void anEvenCountTakesTheMeanOfTheMiddleValuesAndDividesByNMinusOne() {
        NumberSummary summary = SampleStatistics.numbers(9, List.of(2, 4, 4, 4, 5, 5, 7, 9).stream()
                .map(BigDecimal::valueOf).toList());

        assertThat(summary.mean()).contains(new BigDecimal("5"));
        assertThat(summary.median()).contains(new BigDecimal("4.5"));
        assertThat(summary.missing()).isEqualTo(1);
        // Squares about the mean sum to 32: sqrt(32 / 7), not the population's sqrt(32 / 8) = 2.
        assertThat(Decimals.twoPlaces(summary.standardDeviation().orElseThrow())).isEqualTo("2.14");
    }

    @Test
    void oneValueHasNoStandardDeviationAndNoValuesHaveNoFigures() {
        assertThat(SampleStatistics.numbers(1, List.of(BigDecimal.TEN)).standardDeviation()).isEmpty();
        NumberSummary none = SampleStatistics.numbers(2, List.of());
        assertThat(none.mean()).isEmpty();
        assertThat(none.missing()).isEqualTo(2);
    }

    @Test
    void datesGetEarliestMedianAndLatest() {
        DateSummary summary = SampleStatistics.dates(4, List.of(LocalDate.parse("2025-03-25"),
                LocalDate.parse("2025-03-14"), LocalDate.parse("2025-03-21"), LocalDate.parse("2025-03-18")));

        assertThat(summary.min()).contains(LocalDate.parse("2025-03-14"));
        assertThat(summary.median()).as("halfway between the 18th and the 21st").contains(LocalDate.parse("2025-03-19"));
        assertThat(summary.max()).contains(LocalDate.parse("2025-03-25"));
    }

    @Test
    void splittingByAnAttributeDescribesEachValueAndLeavesThatAttributeOut() {
        SmallStudy study = new SmallStudy(); // Ana both 29, Lim donor only 34, Bea (no role) 41

        ParticipantDescriptives descriptives = Descriptives.ofParticipants(study.project,
                DescriptivesRequest.byAttribute("role"));

        assertThat(descriptives.parts()).containsExactly(Descriptives.ALL_PARTICIPANTS, "donor only",
                "recipient only", "both", ParticipantAttributes.NO_VALUE);
        assertThat(descriptives.attributes()).extracting(a -> a.attribute().name()).containsExactly("age");
        List<Summary> ages = attribute(descriptives, "age").byPart();
        assertThat(ages).extracting(s -> ((NumberSummary) s).n()).containsExactly(3, 1, 0, 1, 1);
        assertThat(((NumberSummary) ages.get(1)).mean()).contains(new BigDecimal("34"));
    }

    @Test
    void splittingByGroupAddsAPartForParticipantsInNoGroup() {
        SmallStudy study = new SmallStudy();
        study.project.apply(EntityEdit.add("Zoe", Participant.of("Zoe")));

        ParticipantDescriptives descriptives = Descriptives.ofParticipants(study.project,
                DescriptivesRequest.byParticipantGroup());

        assertThat(descriptives.parts()).containsExactly(Descriptives.ALL_PARTICIPANTS, "donors", "interviewed alone",
                Descriptives.NO_GROUP);
        FrequencySummary roles = (FrequencySummary) attribute(descriptives, "role").byPart().get(1);
        assertThat(shown(roles)).containsExactly("donor only 1 50", "recipient only 0 0", "both 1 50",
                "(no value) 0 0");
        FrequencySummary all = (FrequencySummary) attribute(descriptives, "role").byPart().get(0);
        assertThat(shown(all)).containsExactly("donor only 1 25", "recipient only 0 0", "both 1 25",
                "(no value) 2 50");
    }

    @Test
    void splittingByAnUnknownAttributeNamesIt() {
        SmallStudy study = new SmallStudy();

        assertThatThrownBy(() -> Descriptives.ofParticipants(study.project, DescriptivesRequest.byAttribute("colour")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'colour'");
    }
}
