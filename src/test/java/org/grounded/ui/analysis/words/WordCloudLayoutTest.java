package org.grounded.ui.analysis.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordCloudLayoutTest {

    /** A monospaced measure: each character 0.6 em wide, lines 1.2 em tall. */
    private static final WordCloudLayout.TextMeasure MONO = (word, size) ->
            new double[] {word.codePointCount(0, word.length()) * size * 0.6, size * 1.2};

    private static List<WordCloudLayout.Weighted> words(int count) {
        List<WordCloudLayout.Weighted> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(new WordCloudLayout.Weighted("word" + "x".repeat(i % 7) + i, 400 / (i + 1)));
        }
        return words;
    }

    @Test
    void wordsLieInsideTheAreaWithoutOverlapping() {
        List<WordCloudLayout.Placed> placed = WordCloudLayout.layout(words(80), 800, 500, MONO);

        assertThat(placed).hasSizeGreaterThan(40);
        for (WordCloudLayout.Placed word : placed) {
            assertThat(word.x()).isGreaterThanOrEqualTo(0);
            assertThat(word.y()).isGreaterThanOrEqualTo(0);
            assertThat(word.x() + word.width()).isLessThanOrEqualTo(800);
            assertThat(word.y() + word.height()).isLessThanOrEqualTo(500);
            for (WordCloudLayout.Placed other : placed) {
                if (other != word) {
                    assertThat(word.overlaps(other)).as(word.word() + " and " + other.word()).isFalse();
                }
            }
        }
    }

    @Test
    void theMostFrequentWordIsLargestAndInTheMiddle() {
        List<WordCloudLayout.Placed> placed = WordCloudLayout.layout(words(30), 800, 500, MONO);

        WordCloudLayout.Placed first = placed.get(0);
        assertThat(first.rank()).isZero();
        assertThat(first.x() + first.width() / 2).isCloseTo(400, org.assertj.core.data.Offset.offset(1.0));
        assertThat(first.y() + first.height() / 2).isCloseTo(250, org.assertj.core.data.Offset.offset(1.0));
        for (int i = 1; i < placed.size(); i++) {
            assertThat(placed.get(i).fontSize()).isLessThanOrEqualTo(placed.get(i - 1).fontSize());
        }
        assertThat(first.fontSize()).isEqualTo(Math.min(WordCloudLayout.MAX_SIZE, 500 / 5.0));
    }

    @Test
    void theSameWordsInTheSameAreaGiveTheSamePicture() {
        assertThat(WordCloudLayout.layout(words(60), 640, 420, MONO))
                .isEqualTo(WordCloudLayout.layout(words(60), 640, 420, MONO));
    }

    @Test
    void fontSizesGrowWithTheSquareRootOfTheCount() {
        double smallest = WordCloudLayout.fontSize(1, 1, 100, 71);
        double middle = WordCloudLayout.fontSize(25, 1, 100, 71);
        double largest = WordCloudLayout.fontSize(100, 1, 100, 71);

        assertThat(smallest).isEqualTo(WordCloudLayout.MIN_SIZE);
        assertThat(largest).isEqualTo(71);
        // sqrt(25) = 5 lies 4/9 of the way from sqrt(1) = 1 to sqrt(100) = 10
        assertThat(middle).isCloseTo(11 + 60 * 4.0 / 9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(WordCloudLayout.fontSize(7, 7, 7, 50)).isEqualTo(50);
    }

    @Test
    void aLongFirstWordShrinksToFitAndNothingIsPlacedInATinyArea() {
        List<WordCloudLayout.Placed> placed = WordCloudLayout.layout(
                List.of(new WordCloudLayout.Weighted("breastfeedingbreastfeeding", 9)), 300, 400, MONO);
        assertThat(placed).hasSize(1);
        assertThat(placed.get(0).width()).isLessThanOrEqualTo(300 * 0.8 + 1e-9);

        assertThat(WordCloudLayout.layout(words(5), 10, 10, MONO)).isEmpty();
        assertThat(WordCloudLayout.layout(List.of(), 500, 500, MONO)).isEmpty();
    }
}
