package org.grounded.ui.transcript;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.grounded.model.Document;
import org.grounded.model.TextFolding;
import org.grounded.model.TextSpan;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The transcript's find bar (Ctrl+F): what is typed, every place it occurs in the document shown
 * (case and accents ignored, as the project search ignores them), which of them is the current
 * one, and "3 of 17". The matches are found on the text as shown, so their offsets are the
 * viewer's; they are the bar's own marks, drawn apart from the coding highlights.
 */
public final class FindViewModel {

    private final ObservableValue<Document> document;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open");
    private final ReadOnlyObjectWrapper<List<TextSpan>> matches = new ReadOnlyObjectWrapper<>(this, "matches", List.of());
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<TextSpan> currentMatch = new ReadOnlyObjectWrapper<>(this, "currentMatch");
    /** The folded text of the document shown, kept while its text is the same string. */
    private String foldedFrom;
    private TextFolding folding;
    /** Where the search for the first match starts when the query changes: the caret, or the current match. */
    private int anchor;

    public FindViewModel(ObservableValue<Document> document) {
        this.document = Objects.requireNonNull(document);
        query.addListener((observable, before, after) -> refind());
        open.addListener((observable, before, after) -> refind());
        document.addListener((observable, before, after) -> {
            boolean sameText = before != null && after != null && before.id().equals(after.id())
                    && before.text().equals(after.text());
            if (!sameText) {
                anchor = 0;
                refind();
            }
        });
    }

    /** What is typed in the bar. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The bar shows; closed, it marks nothing. */
    public BooleanProperty openProperty() {
        return open;
    }

    /** Every match in the document shown, in text order; empty when the bar is closed. */
    public ReadOnlyObjectProperty<List<TextSpan>> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    /** The index of the current match among {@link #matchesProperty}, -1 when none. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The current match, to select and scroll to; null when none. */
    public ReadOnlyObjectProperty<TextSpan> currentMatchProperty() {
        return currentMatch.getReadOnlyProperty();
    }

    /** "3 of 17", "No matches", or "" when nothing is typed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Opens the bar; the first match is looked for from {@code caret} on (the start of the user's selection). */
    public void open(int caret) {
        anchor = Math.max(0, caret);
        if (open.get()) {
            refind();
        } else {
            open.set(true);
        }
    }

    /** Closes the bar and takes its marks away; what was typed stays for the next time. */
    public void close() {
        open.set(false);
    }

    /** The next match (Enter), after the last the first. */
    public void next() {
        step(1);
    }

    /** The previous match (Shift+Enter), before the first the last. */
    public void previous() {
        step(-1);
    }

    private void step(int by) {
        int count = matches.get().size();
        if (count == 0) {
            return;
        }
        select(Math.floorMod(current.get() + by, count));
    }

    private void refind() {
        Document shown = document.getValue();
        if (!open.get() || shown == null || query.get().isBlank()) {
            matches.set(List.of());
            select(-1);
            return;
        }
        if (folding == null || foldedFrom != shown.text()) {
            // The viewer shows a carriage return as a space (TranscriptView); both fold to one space.
            folding = TextFolding.of(shown.text());
            foldedFrom = shown.text();
        }
        List<TextSpan> found = folding.find(query.get());
        matches.set(found);
        int first = -1;
        for (int i = 0; i < found.size() && first < 0; i++) {
            if (found.get(i).start() >= anchor) {
                first = i;
            }
        }
        select(found.isEmpty() ? -1 : Math.max(first, 0));
    }

    private void select(int index) {
        current.set(index);
        List<TextSpan> found = matches.get();
        TextSpan match = index < 0 ? null : found.get(index);
        if (match != null && match.equals(currentMatch.get())) {
            // The same match again (Enter on "1 of 1"): selected and scrolled to again all the same.
            currentMatch.set(null);
        }
        currentMatch.set(match);
        if (match != null) {
            anchor = match.start();
        }
        status.set(!open.get() || query.get().isBlank() ? ""
                : found.isEmpty() ? lang("No matches") : lang("%0 of %1", index + 1, found.size()));
    }
}
