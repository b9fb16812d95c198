package org.grounded.analysis.network.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sweep that parts overlapping nodes, checked pair by pair afterwards. */
class OverlapsTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void afterSeparatingNoTwoCirclesOverlapAndFixedOnesStayPut(long seed) {
        Random random = new Random(seed);
        int n = 300;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] radius = new double[n];
        boolean[] fixed = new boolean[n];
        for (int i = 0; i < n; i++) {
            // Crowded: 300 nodes in a 400 px square, some on the very same spot.
            x[i] = i % 50 == 0 ? 100 : random.nextDouble() * 400;
            y[i] = i % 50 == 0 ? 100 : random.nextDouble() * 400;
            radius[i] = 8 + random.nextDouble() * 20;
            fixed[i] = i % 37 == 1;
        }
        double[] fixedX = x.clone();
        double[] fixedY = y.clone();

        Overlaps.separate(x, y, radius, fixed, 4, 2000);

        for (int i = 0; i < n; i++) {
            if (fixed[i]) {
                assertThat(x[i]).isEqualTo(fixedX[i]);
                assertThat(y[i]).isEqualTo(fixedY[i]);
            }
            for (int j = i + 1; j < n; j++) {
                if (!(fixed[i] && fixed[j])) {
                    assertThat(Math.hypot(x[i] - x[j], y[i] - y[j])).as("%d-%d", i, j)
                            .isGreaterThanOrEqualTo(radius[i] + radius[j] + 4 - 1e-9);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void afterSeparatingBoxesNoTwoBoxesOverlap(long seed) {
        Random random = new Random(seed);
        int n = 200;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] half = new double[n];
        double[] above = new double[n];
        double[] below = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble() * 500;
            y[i] = random.nextDouble() * 500;
            above[i] = 8 + random.nextDouble() * 20;
            half[i] = above[i] + random.nextDouble() * 60;
            below[i] = above[i] + 15;
        }

        Overlaps.separateBoxes(x, y, half, above, below, new boolean[n], 3, 5000);

        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean acrossX = Math.abs(x[i] - x[j]) < half[i] + half[j] + 3 - 1e-9;
                boolean acrossY = y[i] - above[i] < y[j] + below[j] + 3 - 1e-9
                        && y[j] - above[j] < y[i] + below[i] + 3 - 1e-9;
                assertThat(acrossX && acrossY).as("%d-%d", i, j).isFalse();
            }
        }
    }
}
