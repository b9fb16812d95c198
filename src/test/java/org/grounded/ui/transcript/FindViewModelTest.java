package org.grounded.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.grounded.model.Document;
import org.grounded.model.TextSpan;
import org.junit.jupiter.api.Test;

/** The find bar's state without a window: matches, "n of m", stepping, closing, another document. */
class FindViewModelTest {

    // 🤱🏾 (four units) and "¿Por qué" before the hits; the second "Leche" in upper case, the third with an accent.
    private static final String TEXT = "🤱🏾 ¿Por qué? Doné leche al banco. Leche 👩🏽‍🍼 y léche.";

    private final SimpleObjectProperty<Document> shown = new SimpleObjectProperty<>(document(TEXT));
    private final FindViewModel find = new FindViewModel(shown);

    private static Document document(String text) {
        return new Document(UUID.randomUUID(), "d", text, "d.txt", Instant.EPOCH, "es", Map.of(), List.of(), Set.of());
    }

    private static TextSpan nth(String text, String word, int n) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = text.indexOf(word, at + 1);
        }
        return new TextSpan(at, at + word.length());
    }

    @Test
    void typingFindsEveryMatchAndEnterStepsRoundThem() {
        find.open(0);
        find.queryProperty().set("leche");

        assertThat(find.matchesProperty().get()).containsExactly(nth(TEXT, "leche", 0), nth(TEXT, "Leche", 0),
                nth(TEXT, "léche", 0));
        assertThat(find.statusProperty().get()).isEqualTo("1 of 3");
        assertThat(find.currentMatchProperty().get()).isEqualTo(nth(TEXT, "leche", 0));
        find.next();
        find.next();
        assertThat(find.statusProperty().get()).isEqualTo("3 of 3");
        assertThat(find.currentMatchProperty().get()).isEqualTo(nth(TEXT, "léche", 0));
        find.next();
        assertThat(find.statusProperty().get()).isEqualTo("1 of 3");
        find.previous();
        assertThat(find.statusProperty().get()).isEqualTo("3 of 3");
    }

    @Test
    void theFirstMatchIsTheOneAtOrAfterTheCaret() {
        find.open(TEXT.indexOf("banco"));
        find.queryProperty().set("LECHE");

        assertThat(find.statusProperty().get()).isEqualTo("2 of 3");
    }

    @Test
    void typingMoreKeepsTheCurrentMatchWhereItStillMatches() {
        find.open(0);
        find.queryProperty().set("l");
        find.next();
        TextSpan current = find.currentMatchProperty().get();
        find.queryProperty().set("le");

        assertThat(find.currentMatchProperty().get().start()).isGreaterThanOrEqualTo(current.start());
    }

    @Test
    void nothingFoundSaysNoMatchesAndNothingTypedSaysNothing() {
        find.open(0);
        assertThat(find.statusProperty().get()).isEmpty();
        find.queryProperty().set("queso");
        assertThat(find.statusProperty().get()).isEqualTo("No matches");
        assertThat(find.currentProperty().get()).isEqualTo(-1);
        find.next();
        assertThat(find.currentMatchProperty().get()).isNull();
    }

    @Test
    void closingTakesTheMarksAwayAndReopeningBringsThemBack() {
        find.open(0);
        find.queryProperty().set("leche");
        find.close();

        assertThat(find.matchesProperty().get()).isEmpty();
        assertThat(find.statusProperty().get()).isEmpty();
        find.open(0);
        assertThat(find.matchesProperty().get()).hasSize(3);
    }

    @Test
    void anotherDocumentIsSearchedForTheSameWords() {
        find.open(0);
        find.queryProperty().set("leche");
        shown.set(document("Sin nada. LECHE."));

        assertThat(find.matchesProperty().get()).containsExactly(new TextSpan(10, 15));
        assertThat(find.statusProperty().get()).isEqualTo("1 of 1");
        shown.set(null);
        assertThat(find.matchesProperty().get()).isEmpty();
    }
}
