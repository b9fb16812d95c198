package org.grounded.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelCullingTest {

    private static LabelCulling.Box box(String id, double x, double y, double priority) {
        return new LabelCulling.Box(id, x, y, 100, 14, priority);
    }

    @Test
    void ofTwoOverlappingLabelsTheMoreImportantIsDrawn() {
        Set<String> shown = LabelCulling.visible(List.of(box("minor", 0, 0, 1), box("major", 50, 5, 9)));
        assertThat(shown).containsExactly("major");
    }

    @Test
    void labelsThatOnlyTouchBothStayAndTiesKeepTheFirst() {
        assertThat(LabelCulling.visible(List.of(box("a", 0, 0, 1), box("b", 100, 0, 1), box("c", 0, 14, 1))))
                .containsExactlyInAnyOrder("a", "b", "c");
        assertThat(LabelCulling.visible(List.of(box("first", 0, 0, 1), box("second", 10, 0, 1))))
                .containsExactly("first");
    }

    @Test
    void aLabelGivenWayToDoesNotHideAThirdItWouldHaveCovered() {
        // b covers a and c; a is more important than b, so b goes and c, which only b covered, stays.
        Set<String> shown = LabelCulling.visible(List.of(box("a", 0, 0, 5), box("b", 60, 0, 3), box("c", 120, 0, 1)));
        assertThat(shown).containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void noTwoDrawnLabelsOverlapAndEveryLeftOutOneCoversAMoreImportantDrawnOne() {
        Random random = new Random(7);
        List<LabelCulling.Box> boxes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            boxes.add(new LabelCulling.Box("n" + i, random.nextDouble() * 800, random.nextDouble() * 600,
                    20 + random.nextDouble() * 120, 12, random.nextInt(50)));
        }
        Set<String> shown = LabelCulling.visible(boxes);
        List<LabelCulling.Box> drawn = boxes.stream().filter(b -> shown.contains(b.id())).toList();
        Set<String> pairs = new HashSet<>();
        for (LabelCulling.Box a : drawn) {
            for (LabelCulling.Box b : drawn) {
                if (a != b && a.overlaps(b)) {
                    pairs.add(a.id() + "/" + b.id());
                }
            }
        }
        assertThat(pairs).isEmpty();
        for (LabelCulling.Box left : boxes) {
            if (!shown.contains(left.id())) {
                assertThat(drawn).anySatisfy(kept -> {
                    assertThat(kept.overlaps(left)).isTrue();
                    assertThat(kept.priority()).isGreaterThanOrEqualTo(left.priority());
                });
            }
        }
    }
}
