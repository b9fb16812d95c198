package org.grounded.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.grounded.ui.help.GuidePage.Item;
import org.grounded.ui.help.GuidePage.Listing;
import org.grounded.ui.help.GuidePage.Picture;
import org.grounded.ui.help.GuidePage.Span;
import org.grounded.ui.help.GuidePage.Style;
import org.grounded.ui.help.GuidePage.Title;
import org.grounded.ui.help.GuidePage.Words;
import org.junit.jupiter.api.Test;

class GuidePageTest {

    @Test
    void markdownBecomesTheBlocksTheWindowShows() {
        GuidePage page = GuidePage.parse("""
                # Title

                A *first* paragraph with **bold** and `code`,
                over two lines.

                ![The welcome screen](../images/welcome.png)

                - one
                - two **strong**
                  1. nested

                ```
                grounded report study.grounded -o appendix/
                ```
                """);
        assertThat(page.blocks()).containsExactly(
                new Title(1, "Title"),
                new Words(List.of(new Span("A ", Style.PLAIN), new Span("first", Style.EMPHASIS),
                        new Span(" paragraph with ", Style.PLAIN), new Span("bold", Style.STRONG),
                        new Span(" and ", Style.PLAIN), new Span("code", Style.CODE), new Span(",", Style.PLAIN),
                        new Span(" ", Style.PLAIN), new Span("over two lines.", Style.PLAIN))),
                new Picture("/docs/images/welcome.png", "The welcome screen"),
                new Item("•", 0, List.of(new Span("one", Style.PLAIN))),
                new Item("•", 0, List.of(new Span("two ", Style.PLAIN), new Span("strong", Style.STRONG))),
                new Item("1.", 1, List.of(new Span("nested", Style.PLAIN))),
                new Listing("grounded report study.grounded -o appendix/"));
    }

    @Test
    void orderedListsCountFromTheirFirstNumber() {
        GuidePage page = GuidePage.parse("3. c\n4. d\n5. e\n");
        assertThat(page.blocks()).extracting(block -> ((Item) block).marker()).containsExactly("3.", "4.", "5.");
    }

    @Test
    void picturePathsAreResolvedAgainstTheGuideFolder() {
        assertThat(GuidePage.resolve("../images/a.png")).isEqualTo("/docs/images/a.png");
        assertThat(GuidePage.resolve("pictures/./b.png")).isEqualTo("/docs/guide/pictures/b.png");
        assertThat(GuidePage.resolve("/docs/images/c.png")).isEqualTo("/docs/images/c.png");
    }

    /** The guide as shipped: it loads from the jar, starts with its title, and every picture it shows is there. */
    @Test
    void theShippedGuideHasATitleAndEveryPictureItNames() throws IOException {
        GuidePage page = GuidePage.load(GuidePage.FIRST_PAGE);
        assertThat(page.blocks().get(0)).isEqualTo(new Title(1, "Code your first interview in ten minutes"));
        List<Picture> pictures = page.blocks().stream().filter(Picture.class::isInstance).map(Picture.class::cast).toList();
        assertThat(pictures).hasSizeGreaterThanOrEqualTo(6);
        for (Picture picture : pictures) {
            try (InputStream in = GuidePage.class.getResourceAsStream(picture.resource())) {
                assertThat(in).as(picture.resource()).isNotNull();
            }
            assertThat(picture.caption()).as("every picture says what it shows").isNotBlank();
        }
    }

    /** Every page in docs/guide, not only the first, names only pictures that exist in the repository. */
    @Test
    void everyGuidePageInTheRepositoryNamesExistingPictures() throws IOException {
        Path guide = Path.of("docs", "guide");
        try (Stream<Path> pages = Files.list(guide)) {
            for (Path file : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                GuidePage page = GuidePage.parse(Files.readString(file));
                page.blocks().stream().filter(Picture.class::isInstance).map(Picture.class::cast)
                        .forEach(picture -> assertThat(Path.of(picture.resource().substring(1)))
                                .as(file + " → " + picture.resource()).exists());
            }
        }
    }
}
