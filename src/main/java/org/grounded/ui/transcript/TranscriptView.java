package org.grounded.ui.transcript;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.grounded.model.Document;

/**
 * The transcript viewer: read-only, selectable, wrapped text in a virtualised area (only the
 * visible paragraphs exist as nodes, so a 100,000-word interview scrolls smoothly). Speaker names
 * are bold and coded passages tinted in their code's colour.
 *
 * <p>The coding interactions hang off {@link #textArea()}: its selection is already reported to
 * the view model, and a paragraph graphic factory can draw the margin brackets.
 */
public final class TranscriptView extends VBox {

    private final TranscriptViewModel viewModel;
    private final InlineCssTextArea area = new InlineCssTextArea();
    private final Label heading = new Label();
    private Document shown;

    public TranscriptView(TranscriptViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("transcript-view");

        heading.getStyleClass().add("pane-title");
        heading.textProperty().bind(viewModel.headingProperty());
        heading.setMaxWidth(Double.MAX_VALUE);

        area.setId("transcript-text");
        area.getStyleClass().add("transcript-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setShowCaret(Caret.CaretVisibility.OFF);
        area.selectionProperty().addListener((observable, before, after) ->
                viewModel.userSelected(after.getStart(), after.getEnd()));

        VirtualizedScrollPane<InlineCssTextArea> scroll = new VirtualizedScrollPane<>(area);
        Label placeholder = new Label("Choose a document on the left to read it here.");
        placeholder.getStyleClass().add("placeholder");
        StackPane body = new StackPane(scroll, placeholder);
        StackPane.setAlignment(placeholder, Pos.CENTER);
        placeholder.visibleProperty().bind(viewModel.documentProperty().isNull());
        scroll.visibleProperty().bind(viewModel.documentProperty().isNotNull());
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(heading, body);

        viewModel.documentProperty().addListener((observable, before, after) -> show(after));
        viewModel.stylesProperty().addListener((observable, before, after) -> applyStyles(after));
        viewModel.revealedProperty().addListener((observable, before, after) -> reveal(after));
        show(viewModel.documentProperty().get());
        applyStyles(viewModel.stylesProperty().get());
    }

    /** The text area, for features that add to the viewer (coding, margin brackets, search hits). */
    public InlineCssTextArea textArea() {
        return area;
    }

    private void show(Document document) {
        boolean sameText = shown != null && document != null && shown.id().equals(document.id())
                && shown.text().equals(document.text());
        shown = document;
        if (sameText) {
            return;
        }
        // A carriage return would make its own paragraph break; a space keeps every offset.
        area.replaceText(document == null ? "" : document.text().replace('\r', ' '));
        area.moveTo(0);
        area.requestFollowCaret();
    }

    private void applyStyles(List<TranscriptStyle.Run> runs) {
        int length = area.getLength();
        if (length == 0) {
            return;
        }
        int covered = runs.stream().mapToInt(TranscriptStyle.Run::length).sum();
        if (runs.isEmpty() || covered != length) {
            area.clearStyle(0, length);
            return;
        }
        StyleSpansBuilder<String> spans = new StyleSpansBuilder<>(runs.size());
        for (TranscriptStyle.Run run : runs) {
            spans.add(run.style().toCss(), run.length());
        }
        area.setStyleSpans(0, spans.create());
    }

    private void reveal(TextRange range) {
        if (range == null || range.end() > area.getLength()) {
            return;
        }
        area.selectRange(range.start(), range.end());
        area.showParagraphAtCenter(area.offsetToPosition(range.start(),
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());
    }
}
