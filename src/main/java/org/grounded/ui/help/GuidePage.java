package org.grounded.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * A page of the user guide (Markdown in {@code docs/guide}, shipped in the jar) as the blocks the
 * guide window shows: headings, paragraphs of styled spans, list items, pictures and code. Kept
 * apart from JavaFX so what the guide says can be checked without a window. Only the Markdown the
 * guide uses is understood; anything else is shown as its text.
 */
public record GuidePage(List<Block> blocks) {

    /** Where the guide lives in the jar (and, below the repository root, on disk). */
    public static final String FOLDER = "/docs/guide/";
    /** The page Help → User guide opens. */
    public static final String FIRST_PAGE = "first-interview.md";

    public GuidePage {
        blocks = List.copyOf(blocks);
    }

    /** One piece of a page, in reading order. */
    public sealed interface Block permits Title, Words, Item, Picture, Listing {
    }

    /** A heading; level 1 is the page's title. */
    public record Title(int level, String text) implements Block {
    }

    /** A paragraph. */
    public record Words(List<Span> spans) implements Block {
        public Words {
            spans = List.copyOf(spans);
        }

        public String text() {
            return spans.stream().map(Span::text).reduce("", String::concat);
        }
    }

    /** A list item, with its marker ("•" or "3.") and nesting depth (0 for a top-level item). */
    public record Item(String marker, int depth, List<Span> spans) implements Block {
        public Item {
            spans = List.copyOf(spans);
        }

        public String text() {
            return spans.stream().map(Span::text).reduce("", String::concat);
        }
    }

    /** A picture: its resource path in the jar (resolved against the guide's folder) and caption. */
    public record Picture(String resource, String caption) implements Block {
    }

    /** A block of code or commands, shown in a fixed-width font. */
    public record Listing(String text) implements Block {
    }

    /** A run of text in one style. */
    public record Span(String text, Style style) {
        public Span {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }
    }

    public enum Style { PLAIN, EMPHASIS, STRONG, CODE }

    /** The guide's page of that name, read from the jar. */
    public static GuidePage load(String pageName) {
        String resource = FOLDER + pageName;
        try (InputStream in = GuidePage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("The user guide has no page " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The user guide page " + resource + " cannot be read", e);
        }
    }

    public static GuidePage parse(String markdown) {
        Collector collector = new Collector();
        Parser.builder().build().parse(markdown).accept(collector);
        return new GuidePage(collector.blocks);
    }

    /**
     * A picture's place in the jar: {@code ../images/x.png} from a guide page is
     * {@code /docs/images/x.png}; a path starting with {@code /} is taken as it is.
     */
    static String resolve(String destination) {
        if (destination.startsWith("/")) {
            return destination;
        }
        String path = FOLDER + destination;
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return "/" + String.join("/", parts);
    }

    /** Walks the Markdown tree and writes blocks. */
    private static final class Collector extends AbstractVisitor {
        private final List<Block> blocks = new ArrayList<>();
        private int listDepth = -1;

        @Override
        public void visit(Heading heading) {
            blocks.add(new Title(heading.getLevel(), plainText(heading)));
        }

        @Override
        public void visit(Paragraph paragraph) {
            // A paragraph holding only a picture is the picture.
            if (paragraph.getFirstChild() instanceof Image image && image.getNext() == null) {
                blocks.add(new Picture(resolve(image.getDestination()), plainText(image)));
                return;
            }
            if (paragraph.getParent() instanceof ListItem) {
                return; // written by its item
            }
            blocks.add(new Words(spans(paragraph)));
        }

        @Override
        public void visit(BulletList list) {
            listDepth++;
            visitChildren(list);
            listDepth--;
        }

        @Override
        public void visit(OrderedList list) {
            listDepth++;
            visitChildren(list);
            listDepth--;
        }

        @Override
        public void visit(ListItem item) {
            String marker = "•";
            if (item.getParent() instanceof OrderedList ordered) {
                int number = ordered.getMarkerStartNumber() == null ? 1 : ordered.getMarkerStartNumber();
                for (Node before = item.getPrevious(); before != null; before = before.getPrevious()) {
                    number++;
                }
                marker = number + ".";
            }
            List<Span> spans = new ArrayList<>();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Paragraph paragraph) {
                    if (!spans.isEmpty()) {
                        spans.add(new Span(" ", Style.PLAIN));
                    }
                    spans.addAll(spans(paragraph));
                }
            }
            blocks.add(new Item(marker, Math.max(0, listDepth), spans));
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (!(child instanceof Paragraph)) {
                    child.accept(this); // nested lists
                }
            }
        }

        @Override
        public void visit(FencedCodeBlock code) {
            blocks.add(new Listing(code.getLiteral().stripTrailing()));
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            blocks.add(new Listing(code.getLiteral().stripTrailing()));
        }

        private static List<Span> spans(Node parent) {
            List<Span> spans = new ArrayList<>();
            addSpans(parent, Style.PLAIN, spans);
            return spans;
        }

        private static void addSpans(Node parent, Style style, List<Span> spans) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Text text) {
                    spans.add(new Span(text.getLiteral(), style));
                } else if (node instanceof Code code) {
                    spans.add(new Span(code.getLiteral(), Style.CODE));
                } else if (node instanceof SoftLineBreak) {
                    spans.add(new Span(" ", style));
                } else if (node instanceof HardLineBreak) {
                    spans.add(new Span("\n", style));
                } else if (node instanceof StrongEmphasis) {
                    addSpans(node, Style.STRONG, spans);
                } else if (node instanceof Emphasis) {
                    addSpans(node, style == Style.STRONG ? Style.STRONG : Style.EMPHASIS, spans);
                } else {
                    addSpans(node, style, spans); // links show their text
                }
            }
        }

        private static String plainText(Node parent) {
            return spans(parent).stream().map(Span::text).reduce("", String::concat);
        }
    }
}
