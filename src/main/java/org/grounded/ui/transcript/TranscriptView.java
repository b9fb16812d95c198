package org.grounded.ui.transcript;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.InlineCssTextArea;
import org.grounded.ui.common.CoderChoice;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional;
import org.grounded.model.Document;
import org.grounded.model.Quotation;
import org.grounded.model.TextSpan;
import org.grounded.ui.common.CappedWidth;
import org.grounded.ui.codes.CodeDrag;
import org.grounded.ui.prefs.Appearance;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The coding view: the transcript, read-only and selectable, in a virtualised area (only the
 * visible paragraphs exist as nodes, so a 100,000-word interview scrolls smoothly), with coded
 * passages tinted in their code's colour and the margin's brackets beside it; above it, the
 * coding bar (quick-code box, in vivo, the last code again, what selections snap to).
 *
 * <p>Codes are applied by dropping a code from the code tree on the selection (or on a coded
 * passage), through the quick-code box, in vivo, or with the last code again. Clicking a
 * highlight or a bracket selects its quotation; a selection made with the mouse snaps to whole
 * words (or sentences, paragraphs, turns) when the mouse is released, so what will be coded is
 * what is seen.
 */
public final class TranscriptView extends VBox {

    /** The widest the "Again: …" button grows; a longer code name ends in "…". */
    static final double AGAIN_MAX_WIDTH = 230;
    /** The narrowest it gets when the pane is narrow: "Apply last code" still whole. */
    static final double AGAIN_MIN_WIDTH = 140;

    private final TranscriptViewModel viewModel;
    private final CodingViewModel coding;
    private final InlineCssTextArea area = new InlineCssTextArea();
    private final MarginView margin;
    private final QuickCodeField quickCode;
    private final FindViewModel find;
    private final FindBar findBar;
    private Document shown;
    /** The styles the text area has, to restyle only what an edit changed. */
    private List<TranscriptStyle.Run> applied = List.of();
    /** Whether the dark theme is on, which draws dark codes' tints lighter. */
    private boolean dark;

    public TranscriptView(TranscriptViewModel viewModel, CodingViewModel coding) {
        this.viewModel = viewModel;
        this.coding = coding;
        getStyleClass().add("transcript-view");

        Label heading = new Label();
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
        margin = new MarginView(area, viewModel::select);
        quickCode = new QuickCodeField(coding::choices, coding::quickCode, area::requestFocus);
        find = viewModel.find();
        findBar = new FindBar(find, area::requestFocus);

        VirtualizedScrollPane<InlineCssTextArea> scroll = new VirtualizedScrollPane<>(area);
        HBox textAndMargin = new HBox(scroll, margin);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        Label placeholder = new Label(lang("Choose a document on the left to read and code it here."));
        placeholder.getStyleClass().add("placeholder");
        StackPane body = new StackPane(textAndMargin, placeholder);
        StackPane.setAlignment(placeholder, Pos.CENTER);
        placeholder.visibleProperty().bind(viewModel.documentProperty().isNull());
        textAndMargin.visibleProperty().bind(viewModel.documentProperty().isNotNull());
        VBox.setVgrow(body, Priority.ALWAYS);
        HBox codingBar = codingBar();
        codingBar.visibleProperty().bind(viewModel.documentProperty().isNotNull());
        codingBar.managedProperty().bind(codingBar.visibleProperty());
        // The coder choice sits on the title line, where there is room; the coding bar is full at 1280 px.
        CoderChoice coders = new CoderChoice(viewModel.codersProperty(), viewModel.coderFilterProperty());
        coders.setId("transcript-coders");
        coders.setMinWidth(Region.USE_PREF_SIZE);
        HBox title = new HBox(heading, coders);
        HBox.setHgrow(heading, Priority.ALWAYS);
        title.setAlignment(Pos.CENTER_LEFT);
        title.getStyleClass().add("transcript-title");
        getChildren().addAll(title, codingBar, findBar, body);

        installMouse();
        installDrop();
        area.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::showContextMenu);
        area.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                find.close();
                area.deselect();
                viewModel.select(null);
                event.consume();
            }
        });

        viewModel.documentProperty().addListener((observable, before, after) -> show(after));
        viewModel.stylesProperty().addListener((observable, before, after) -> applyStyles(after));
        javafx.beans.InvalidationListener themeWatch = observable -> themeChanged();
        sceneProperty().addListener((observable, before, after) -> {
            if (before != null) {
                before.getStylesheets().removeListener(themeWatch);
            }
            if (after != null) {
                after.getStylesheets().addListener(themeWatch);
            }
            themeChanged();
        });
        find.matchesProperty().addListener((observable, before, after) -> applyStyles(viewModel.stylesProperty().get()));
        find.currentProperty().addListener((observable, before, after) -> applyStyles(viewModel.stylesProperty().get()));
        find.currentMatchProperty().addListener((observable, before, after) -> {
            if (after != null) {
                reveal(new TextRange(after.start(), after.end()));
            }
        });
        viewModel.marginProperty().addListener((observable, before, after) -> margin.setMargin(after));
        viewModel.revealedProperty().addListener((observable, before, after) -> reveal(after));
        viewModel.workspace().selectedQuotationProperty().addListener((observable, before, after) ->
                margin.setSelected(after));
        show(viewModel.documentProperty().get());
        applyStyles(viewModel.stylesProperty().get());
        margin.setMargin(viewModel.marginProperty().get());
    }

    private HBox codingBar() {
        HBox.setHgrow(quickCode, Priority.SOMETIMES);
        quickCode.setPrefColumnCount(18);
        quickCode.setMinWidth(140);
        quickCode.setMaxWidth(280);
        quickCode.disableProperty().bind(coding.canCodeProperty().not());
        quickCode.setTooltip(new Tooltip(
                lang("Type a code's name and press Enter to code the selection; a new name makes a new code")));

        Button inVivo = new Button(lang("In vivo"));
        inVivo.setId("code-in-vivo");
        inVivo.setTooltip(new Tooltip(lang("Code the selection with a code named after its words")));
        inVivo.disableProperty().bind(coding.canCodeProperty().not());
        inVivo.setOnAction(event -> coding.codeInVivo());
        inVivo.setMinWidth(Region.USE_PREF_SIZE);

        Button again = new Button();
        again.setId("apply-last-code");
        again.textProperty().bind(Bindings.when(coding.lastCodeNameProperty().isEmpty())
                .then(lang("Apply last code")).otherwise(Bindings.createStringBinding(
                        () -> lang("Again: %0", coding.lastCodeNameProperty().get()), coding.lastCodeNameProperty())));
        // A long code name ends in "…" inside the cap (the tooltip says it whole), so it never
        // widens the bar and pushes the panes beside the transcript.
        CappedWidth.capped(again, AGAIN_MIN_WIDTH, AGAIN_MAX_WIDTH, Bindings.when(coding.lastCodeNameProperty().isEmpty())
                .then(lang("Apply the last code again (F4)"))
                .otherwise(Bindings.createStringBinding(() -> lang("Apply \u201c%0\u201d again (F4)",
                        coding.lastCodeNameProperty().get()), coding.lastCodeNameProperty())));
        again.disableProperty().bind(coding.canCodeProperty().not().or(coding.lastCodeProperty().isNull()));
        again.setOnAction(event -> coding.applyLastCode());

        ChoiceBox<Snap> snap = new ChoiceBox<>();
        snap.setId("snap-mode");
        snap.getItems().setAll(Snap.values());
        snap.valueProperty().bindBidirectional(coding.snapProperty());
        snap.setTooltip(new Tooltip(lang("What a selection is widened to before it is coded")));
        snap.setMinWidth(Region.USE_PREF_SIZE);
        Label snapLabel = new Label(lang("Snap to"));
        snapLabel.getStyleClass().add("bar-label");
        snapLabel.setMinWidth(Region.USE_PREF_SIZE);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, quickCode, inVivo, again, spacer, snapLabel, snap);
        HBox.setHgrow(again, Priority.SOMETIMES);
        bar.setId("coding-bar");
        bar.getStyleClass().add("coding-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        // Longer words (Spanish, Malay, a larger text size) can make the bar wider than the pane (the
        // bar itself never gets narrower than its children's minimum, so the pane's width is compared):
        // then the "Snap to" label gives way rather than the choice box being cut at the edge
        // (its tooltip still says what it is).
        snapLabel.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> getWidth() <= 0
                        || getWidth() - snappedLeftInset() - snappedRightInset() >= widthWithEverything(bar), widthProperty()));
        snapLabel.managedProperty().bind(snapLabel.visibleProperty());
        return bar;
    }

    /** The width {@code bar} needs to show every child at its smallest, and its spacing. */
    private static double widthWithEverything(HBox bar) {
        double width = bar.snappedLeftInset() + bar.snappedRightInset()
                + bar.getSpacing() * Math.max(0, bar.getChildren().size() - 1);
        for (javafx.scene.Node child : bar.getChildren()) {
            width += child.minWidth(-1);
        }
        return width;
    }

    /** The text area, for features that add to the viewer (search hits). */
    public InlineCssTextArea textArea() {
        return area;
    }

    /** Puts the keyboard in the quick-code box (Ctrl+K). */
    public void focusQuickCode() {
        if (!quickCode.isDisabled()) {
            quickCode.open();
        }
    }

    /**
     * Opens the find bar (Ctrl+F) with the keyboard in it; a short selection of one line becomes
     * what is looked for, and the first match is the one at or after the selection.
     */
    public void openFindBar() {
        if (viewModel.documentProperty().get() == null) {
            return;
        }
        String selected = area.getSelectedText();
        if (!find.openProperty().get() && !selected.isBlank() && selected.length() <= 80
                && selected.indexOf('\n') < 0) {
            find.queryProperty().set(selected);
        }
        find.open(area.getSelection().getStart());
        findBar.focusField();
    }

    private void installMouse() {
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress() && event.getClickCount() == 1
                    && !event.isShiftDown() && area.getSelection().getLength() == 0) {
                viewModel.clickedAt(characterAt(event.getX(), event.getY()));
            }
        });
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && !event.isStillSincePress()
                    && area.getSelection().getLength() > 0) {
                TextRange selected = new TextRange(area.getSelection().getStart(), area.getSelection().getEnd());
                coding.snapped(selected).filter(range -> !range.equals(selected))
                        .ifPresent(range -> area.selectRange(range.start(), range.end()));
            }
        });
    }

    /** The character under a point of the area, or -1 past the text. */
    private int characterAt(double x, double y) {
        return area.hit(x, y).getCharacterIndex().orElse(-1);
    }

    private void installDrop() {
        area.addEventHandler(DragEvent.DRAG_OVER, event -> {
            Optional<UUID> code = CodeDrag.codeId(event.getDragboard());
            if (code.isPresent() && coding.acceptsDrop(characterAt(event.getX(), event.getY()))) {
                event.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            event.consume();
        });
        area.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            Optional<UUID> code = CodeDrag.codeId(event.getDragboard());
            boolean coded = code.isPresent() && coding.dropCode(code.get(), characterAt(event.getX(), event.getY()));
            event.setDropCompleted(coded);
            event.consume();
        });
    }

    private void showContextMenu(ContextMenuEvent event) {
        int offset = characterAt(event.getX(), event.getY());
        Optional<Quotation> under = viewModel.quotationAt(offset);
        boolean inSelection = area.getSelection().getLength() > 0 && offset >= area.getSelection().getStart()
                && offset < area.getSelection().getEnd();
        if (under.isPresent() && !inSelection) {
            viewModel.select(under.get().id());
        }
        ContextMenu menu = new ContextMenu();
        menu.setId("transcript-menu");
        MenuItem quick = new MenuItem(lang("Quick code…"));
        quick.setOnAction(e -> focusQuickCode());
        MenuItem inVivo = new MenuItem(lang("Code in vivo"));
        inVivo.setOnAction(e -> coding.codeInVivo());
        String last = coding.lastCodeNameProperty().get();
        MenuItem again = new MenuItem(last.isEmpty() ? lang("Apply last code again") : lang("Apply '%0' again", last));
        again.setMnemonicParsing(false);
        again.setOnAction(e -> coding.applyLastCode());
        again.setDisable(coding.lastCodeProperty().get() == null);
        for (MenuItem item : List.of(quick, inVivo, again)) {
            item.setDisable(item.isDisable() || !coding.canCodeProperty().get());
        }
        menu.getItems().addAll(quick, inVivo, again);
        coding.selectedQuotation().ifPresent(quotation -> {
            Menu remove = new Menu(lang("Remove code"));
            remove.setId("menu-remove-code");
            viewModel.workspace().project().ifPresent(project -> quotation.codeIds().forEach(codeId ->
                    project.code(codeId).ifPresent(code -> {
                        MenuItem item = new MenuItem(code.name());
                        item.setMnemonicParsing(false);
                        item.setOnAction(e -> coding.removeCode(quotation.id(), code.id()));
                        remove.getItems().add(item);
                    })));
            remove.setDisable(remove.getItems().isEmpty());
            MenuItem resize = new MenuItem(lang("Set quotation to selection"));
            resize.setOnAction(e -> coding.resizeSelectedQuotation());
            resize.setDisable(!coding.canCodeProperty().get());
            MenuItem delete = new MenuItem(lang("Delete quotation"));
            delete.setId("menu-delete-quotation-here");
            delete.setOnAction(e -> coding.deleteQuotation(quotation.id()));
            menu.getItems().addAll(new SeparatorMenuItem(), remove, resize, delete);
        });
        menu.setAutoHide(true);
        menu.show(area, event.getScreenX(), event.getScreenY());
        event.consume();
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
        applied = List.of();
        area.moveTo(0);
        area.requestFollowCaret();
        TextSpan match = find.currentMatchProperty().get();
        if (match != null) {
            reveal(new TextRange(match.start(), match.end()));
        }
    }

    /** The theme changed (or the view joined a window): the codes' tints and brackets are drawn again. */
    private void themeChanged() {
        boolean now = Appearance.isDark(getScene());
        if (now != dark) {
            dark = now;
            margin.setDark(now);
            applied = List.of();
            applyStyles(viewModel.stylesProperty().get());
        }
    }

    private void applyStyles(List<TranscriptStyle.Run> coded) {
        List<TranscriptStyle.Run> runs = FindMarks.overlay(coded, find.matchesProperty().get(),
                find.currentProperty().get());
        int length = area.getLength();
        if (length == 0) {
            return;
        }
        int covered = runs.stream().mapToInt(TranscriptStyle.Run::length).sum();
        if (runs.isEmpty() || covered != length) {
            area.clearStyle(0, length);
            applied = List.of();
            return;
        }
        Optional<TextRange> changed = applied.isEmpty() ? Optional.of(new TextRange(0, length))
                : StyleRuns.changed(applied, runs);
        applied = runs;
        changed.ifPresent(range -> {
            List<TranscriptStyle.Run> part = StyleRuns.slice(runs, range.start(), range.end());
            StyleSpansBuilder<String> spans = new StyleSpansBuilder<>(part.size());
            for (TranscriptStyle.Run run : part) {
                spans.add(run.style().toCss(dark), run.length());
            }
            area.setStyleSpans(range.start(), spans.create());
        });
    }

    /** Selects a passage, and scrolls to it when its first line is not in view. */
    private void reveal(TextRange range) {
        if (range == null || range.end() > area.getLength()) {
            return;
        }
        area.selectRange(range.start(), range.end());
        int paragraph = area.offsetToPosition(range.start(), TwoDimensional.Bias.Forward).getMajor();
        Optional<Bounds> first = area.getVisibleParagraphs().isEmpty() ? Optional.empty()
                : area.getCharacterBoundsOnScreen(range.start(), Math.min(range.start() + 1, area.getLength()));
        Bounds view = area.localToScreen(area.getBoundsInLocal());
        boolean inView = first.isPresent() && view != null && first.get().getMinY() >= view.getMinY()
                && first.get().getMaxY() <= view.getMaxY();
        if (!inView) {
            area.showParagraphAtCenter(paragraph);
        }
    }
}
