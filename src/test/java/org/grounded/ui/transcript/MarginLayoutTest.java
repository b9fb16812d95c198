package org.grounded.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class MarginLayoutTest {

    private static final String TEXT = "First paragraph.\nSecond one, longer.\n\nFourth after a blank line.";

    @Test
    void paragraphsStartAfterEveryLineBreak() {
        int[] starts = MarginLayout.paragraphStarts(TEXT);

        assertThat(starts).containsExactly(0, 17, 37, 38);
        assertThat(MarginLayout.paragraphOf(starts, 0)).isZero();
        assertThat(MarginLayout.paragraphOf(starts, 16)).isZero();
        assertThat(MarginLayout.paragraphOf(starts, 17)).isEqualTo(1);
        assertThat(MarginLayout.paragraphOf(starts, 37)).isEqualTo(2);
        assertThat(MarginLayout.paragraphOf(starts, TEXT.length() - 1)).isEqualTo(3);
    }

    @Test
    void quotationsInDifferentParagraphsShareTheFirstLane() {
        int[] starts = MarginLayout.paragraphStarts(TEXT);

        int[] lanes = MarginLayout.lanes(starts, new int[] {0, 17, 38}, new int[] {5, 25, 45});

        assertThat(lanes).containsExactly(0, 0, 0);
    }

    @Test
    void quotationsSharingAParagraphGoInSeparateLanesEvenWhenTheirTextDoesNotOverlap() {
        int[] starts = MarginLayout.paragraphStarts(TEXT);

        // "First" and "paragraph" do not overlap, but their brackets would share a line on screen.
        int[] lanes = MarginLayout.lanes(starts, new int[] {0, 6}, new int[] {5, 15});

        assertThat(lanes[0]).isNotEqualTo(lanes[1]);
    }

    @Test
    void theEnclosingQuotationSitsNearestTheText() {
        int[] starts = MarginLayout.paragraphStarts(TEXT);

        // The second range starts first in the text but the first encloses it, across two paragraphs.
        int[] lanes = MarginLayout.lanes(starts, new int[] {0, 6}, new int[] {30, 15});

        assertThat(lanes).containsExactly(0, 1);
    }

    @Test
    void aQuotationEndingWithItsParagraphsLineBreakDoesNotReachTheNextParagraph() {
        int[] starts = MarginLayout.paragraphStarts(TEXT);

        // [0, 17) includes the line break that ends the first paragraph.
        int[] lanes = MarginLayout.lanes(starts, new int[] {0, 17}, new int[] {17, 20});

        assertThat(lanes).containsExactly(0, 0);
    }

    @RepeatedTest(30)
    void lanesNeverShareAParagraphAndAreAsFewAsTheMostQuotationsOfOneParagraph() {
        Random random = new Random();
        int length = 2_000;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(25) == 0 ? '\n' : 'a');
        }
        int[] paragraphStarts = MarginLayout.paragraphStarts(text.toString());
        int n = 1 + random.nextInt(120);
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = random.nextInt(length - 1);
            ends[i] = starts[i] + 1 + random.nextInt(Math.min(300, length - starts[i]));
        }

        int[] lanes = MarginLayout.lanes(paragraphStarts, starts, ends);

        int[] first = new int[n];
        int[] last = new int[n];
        for (int i = 0; i < n; i++) {
            first[i] = MarginLayout.paragraphOf(paragraphStarts, starts[i]);
            last[i] = MarginLayout.paragraphOf(paragraphStarts, ends[i] - 1);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean shareAParagraph = first[i] <= last[j] && first[j] <= last[i];
                if (shareAParagraph) {
                    assertThat(lanes[i]).as("ranges %d and %d", i, j).isNotEqualTo(lanes[j]);
                }
            }
        }
        int most = 0;
        for (int paragraph = 0; paragraph < paragraphStarts.length; paragraph++) {
            int here = 0;
            for (int i = 0; i < n; i++) {
                if (first[i] <= paragraph && paragraph <= last[i]) {
                    here++;
                }
            }
            most = Math.max(most, here);
        }
        int used = 0;
        for (int lane : lanes) {
            used = Math.max(used, lane + 1);
        }
        assertThat(used).isEqualTo(most);
    }

    @RepeatedTest(20)
    void overlappingFindsExactlyTheRangesSharingACharacter() {
        Random random = new Random();
        int n = random.nextInt(200);
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int start = random.nextInt(1_000);
            ranges.add(new int[] {start, start + 1 + random.nextInt(80)});
        }
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] starts = ranges.stream().mapToInt(r -> r[0]).toArray();
        int[] ends = ranges.stream().mapToInt(r -> r[1]).toArray();
        int from = random.nextInt(1_000);
        int to = from + random.nextInt(200);

        List<Integer> found = MarginLayout.overlapping(starts, ends, from, to);

        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (starts[i] < to && ends[i] > from) {
                expected.add(i);
            }
        }
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void labelsStayWhereTheyWantToBeWhenThereIsRoom() {
        double[] tops = MarginLayout.stack(new double[] {0, 50, 100}, new double[] {20, 20, 20}, 4);

        assertThat(tops).containsExactly(0, 50, 100);
    }

    @Test
    void crowdedLabelsArePushedDownBelowEachOtherInOrder() {
        double[] tops = MarginLayout.stack(new double[] {10, 12, 12, 80}, new double[] {30, 15, 15, 10}, 2);

        assertThat(tops).containsExactly(10, 42, 59, 80);
    }
}
