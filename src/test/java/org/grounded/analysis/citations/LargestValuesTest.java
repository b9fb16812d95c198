package org.grounded.analysis.citations;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LargestValuesTest {

    private static boolean[] marked(int n, int... values) {
        LargestValues largest = LargestValues.of(values, n);
        boolean[] result = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = largest.contains(values[i]);
        }
        return result;
    }

    @Test
    void everyValueEqualToTheNthLargestIsMarked() {
        assertThat(marked(2, 9, 8, 8, 8, 1)).containsExactly(true, true, true, true, false);
        assertThat(marked(2, 9, 9, 9, 5, 4)).containsExactly(true, true, true, false, false);
    }

    @Test
    void withoutTiesExactlyNValuesAreMarked() {
        assertThat(marked(3, 5, 1, 7, 3, 2, 6)).containsExactly(true, false, true, false, false, true);
    }

    @Test
    void zeroIsNeverMarked() {
        assertThat(marked(3, 4, 0, 0, 0)).containsExactly(true, false, false, false);
        assertThat(marked(5, 0, 0)).containsExactly(false, false);
    }

    @Test
    void aColumnShorterThanNMarksEveryNonZeroValue() {
        assertThat(marked(5, 2, 1, 3)).containsExactly(true, true, true);
    }

    @Test
    void nZeroMarksNothing() {
        assertThat(marked(0, 2, 1, 3)).containsExactly(false, false, false);
    }

    @Test
    void ranksAreStandardCompetitionRanks() {
        assertThat(Ranks.of(new int[] {3, 5, 3, 1, 0})).containsExactly(2, 1, 2, 4, 5);
        assertThat(Arrays.stream(Ranks.of(new int[] {0, 0})).boxed()).containsExactly(1, 1);
    }
}
