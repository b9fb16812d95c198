package org.grounded.ui.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.grounded.analysis.network.layout.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViewportTest {

    @ParameterizedTest
    @CsvSource({"1, 0, 0, 100, 50, 2", "0.5, 30, -20, 400, 300, 1.25", "3, -500, 200, 0, 0, 0.5"})
    void zoomingKeepsTheNetworkPointUnderThePointerInPlace(double scale, double ox, double oy, double px,
                                                           double py, double factor) {
        Viewport before = new Viewport(scale, ox, oy);
        Point under = before.toWorld(px, py);

        Viewport after = before.zoomedAround(px, py, factor);

        assertThat(after.scale()).isCloseTo(scale * factor, within(1e-9));
        Point screen = after.toScreen(under);
        assertThat(screen.x()).isCloseTo(px, within(1e-9));
        assertThat(screen.y()).isCloseTo(py, within(1e-9));
    }

    @Test
    void zoomStopsAtItsLimitsAndStillKeepsThePointerPoint() {
        Viewport deep = new Viewport(7, 10, 10).zoomedAround(200, 100, 10);
        assertThat(deep.scale()).isEqualTo(Viewport.MAX_SCALE);
        assertThat(deep.toScreen(new Viewport(7, 10, 10).toWorld(200, 100)).x()).isCloseTo(200, within(1e-9));
        assertThat(new Viewport(0.03, 0, 0).zoomedAround(0, 0, 0.1).scale()).isEqualTo(Viewport.MIN_SCALE);
    }

    @Test
    void screenAndNetworkCoordinatesAreInverse() {
        Viewport viewport = new Viewport(1.7, -33, 81);
        Point world = new Point(12.5, -40);
        Point screen = viewport.toScreen(world);
        assertThat(screen).isEqualTo(new Point(12.5 * 1.7 - 33, -40 * 1.7 + 81));
        Point back = viewport.toWorld(screen.x(), screen.y());
        assertThat(back.x()).isCloseTo(12.5, within(1e-9));
        assertThat(back.y()).isCloseTo(-40, within(1e-9));
    }

    @Test
    void panningMovesThePictureByTheDragInScreenPixels() {
        Viewport viewport = new Viewport(2, 5, 5).panned(30, -10);
        assertThat(viewport.toScreen(new Point(0, 0))).isEqualTo(new Point(35, -5));
        assertThat(viewport.scale()).isEqualTo(2);
    }

    @Test
    void fitShowsEveryNodeWithItsRadiusInsideTheMarginCentred() {
        List<Viewport.Circle> circles = List.of(new Viewport.Circle("a", -500, 0, 20),
                new Viewport.Circle("b", 500, 100, 40), new Viewport.Circle("c", 0, 300, 10));
        Viewport fitted = Viewport.fit(circles, 800, 600, 20);

        // The bounds are x -520..540 (1,060 wide) and y -20..310 (330 high): width decides.
        assertThat(fitted.scale()).isCloseTo(760.0 / 1060, within(1e-9));
        Point topLeft = fitted.toScreen(new Point(-520, -20));
        Point bottomRight = fitted.toScreen(new Point(540, 310));
        assertThat(topLeft.x()).isCloseTo(20, within(1e-9));
        assertThat(bottomRight.x()).isCloseTo(780, within(1e-9));
        assertThat((topLeft.y() + bottomRight.y()) / 2).isCloseTo(300, within(1e-9));
    }

    @Test
    void fitNeverBlowsUpATinyNetworkAndCentresAnEmptyOne() {
        Viewport one = Viewport.fit(List.of(new Viewport.Circle("a", 40, 40, 10)), 800, 600, 20);
        assertThat(one.scale()).isEqualTo(Viewport.LARGEST_FIT_SCALE);
        assertThat(one.toScreen(new Point(40, 40))).isEqualTo(new Point(400, 300));
        Viewport none = Viewport.fit(List.of(), 800, 600, 20);
        assertThat(none.toScreen(new Point(0, 0))).isEqualTo(new Point(400, 300));
    }

    @Test
    void labelsAreDrawnAtLeastNinePixelsTallAndLeftOutWhenZoomedFarOut() {
        assertThat(new Viewport(1, 0, 0).textSize(12)).isEqualTo(12);
        assertThat(new Viewport(2, 0, 0).textSize(12)).isEqualTo(24);
        assertThat(new Viewport(0.5, 0, 0).textSize(12)).isEqualTo(Viewport.SMALLEST_READABLE_TEXT);
        assertThat(new Viewport(0.5, 0, 0).readable(12)).isTrue();
        assertThat(new Viewport(0.3, 0, 0).readable(12)).isTrue();
        assertThat(new Viewport(0.24, 0, 0).readable(12)).as("too far out to name anything").isFalse();
        assertThat(new Viewport(0.5, 0, 0).readable(5)).as("a tiny label at half size").isFalse();
    }
}
