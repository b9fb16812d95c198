package org.grounded.ui.main;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.grounded.ui.analysis.agreement.AgreementView;
import org.grounded.ui.analysis.citations.CitationTableView;
import org.grounded.ui.analysis.cooccurrence.CooccurrenceView;
import org.grounded.ui.analysis.quotations.QuotationsBrowserView;
import org.grounded.ui.analysis.statistics.ParticipantStatisticsView;
import org.grounded.ui.analysis.words.WordFrequencyView;
import org.grounded.ui.dialog.WindowFit;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;

import static org.grounded.ui.i18n.Localization.lang;
import static org.grounded.ui.i18n.Localization.langKey;

/**
 * The Analysis menu's windows: one window per analysis, owned by the main window (it stays in
 * front of it and closes with it), brought back to the front when opened again. The windows close
 * when the project does. A window's view model counts only while the window shows.
 */
public final class AnalysisWindows {

    /** The analyses that have a window. */
    public enum Kind {
        CITATIONS(langKey("Citations table"), 1240, 800),
        COOCCURRENCE(langKey("Code co-occurrence"), 1240, 820),
        STATISTICS(langKey("Participant statistics"), 820, 700),
        AGREEMENT(langKey("Intercoder agreement"), 1100, 760),
        WORDS(langKey("Word frequencies"), 1180, 740),
        QUOTATIONS(langKey("Quotations"), 1240, 780);

        private final String title;
        private final double width;
        private final double height;

        Kind(String title, double width, double height) {
            this.title = title;
            this.width = width;
            this.height = height;
        }

        /** The window's title in the window's language. */
        public String title() {
            return lang(title);
        }
    }

    private final AnalysisViewModels viewModels;
    private final Workspace workspace;
    private final Supplier<Window> owner;
    private final Map<Kind, Stage> stages = new EnumMap<>(Kind.class);

    /** @param owner the main window, once it exists */
    public AnalysisWindows(AnalysisViewModels viewModels, Workspace workspace, Supplier<Window> owner) {
        this.viewModels = viewModels;
        this.workspace = workspace;
        this.owner = owner;
        workspace.sessionProperty().addListener((observable, before, after) -> {
            if (after == null) {
                stages.values().forEach(Stage::hide);
            }
        });
    }

    /** Opens the analysis' window, or brings it to the front if it is open. */
    public void show(Kind kind) {
        if (workspace.session().isEmpty()) {
            return;
        }
        Stage stage = stages.get(kind);
        if (stage == null || !stage.isShowing()) {
            // The count starts before the window is built and styled, so that the two overlap
            // (issue 21); showing the window asks again, which then costs nothing.
            activation(kind).accept(true);
        }
        stage = stages.computeIfAbsent(kind, this::create);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    /** The window, if it was ever opened (for tests). */
    public Optional<Stage> stage(Kind kind) {
        return Optional.ofNullable(stages.get(kind));
    }

    private static java.util.List<String> stylesheets(Window main) {
        return main != null && main.getScene() != null ? main.getScene().getStylesheets() : java.util.List.of();
    }

    /** Turns the analysis' counting on (its window shows) or off. */
    private Consumer<Boolean> activation(Kind kind) {
        return switch (kind) {
            case CITATIONS -> viewModels.citations()::setActive;
            case COOCCURRENCE -> viewModels.cooccurrence()::setActive;
            case WORDS -> viewModels.words()::setActive;
            case AGREEMENT -> viewModels.agreement()::setActive;
            case QUOTATIONS -> viewModels.quotations()::setActive;
            case STATISTICS -> viewModels.statistics()::setActive;
        };
    }

    private Stage create(Kind kind) {
        Stage stage = new Stage();
        Window main = owner.get();
        if (main != null) {
            stage.initOwner(main);
        }
        Parent content;
        Consumer<Boolean> active = activation(kind);
        Runnable copy;
        switch (kind) {
            case CITATIONS -> {
                content = new CitationTableView(viewModels.citations());
                copy = viewModels.citations()::copy;
            }
            case COOCCURRENCE -> {
                content = new CooccurrenceView(viewModels.cooccurrence());
                copy = viewModels.cooccurrence()::copy;
            }
            case WORDS -> {
                content = new WordFrequencyView(viewModels.words());
                copy = viewModels.words()::copy;
            }
            case AGREEMENT -> {
                content = new AgreementView(viewModels.agreement());
                copy = viewModels.agreement()::copy;
            }
            case QUOTATIONS -> {
                content = new QuotationsBrowserView(viewModels.quotations());
                copy = viewModels.quotations()::copyRows;
            }
            default -> {
                content = new ParticipantStatisticsView(viewModels.statistics());
                copy = viewModels.statistics()::copy;
            }
        }
        Scene scene = WindowFit.scene(content, main, stylesheets(main), kind.width, kind.height);
        // Ctrl+C copies the whole table (a text field that has the focus keeps its own Ctrl+C);
        // Ctrl+W closes this window, not the project.
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+C"), copy); // NON-NLS: key names
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+W"), stage::hide); // NON-NLS: key names
        stage.setScene(scene);
        WindowFit.place(stage, main, 560, 400);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> lang("%0 — %1", kind.title(),
                workspace.session().map(ProjectSession::name).orElse("Grounded")), // NON-NLS: the application's name
                workspace.sessionProperty()));
        stage.setOnShown(event -> active.accept(true));
        stage.setOnHidden(event -> active.accept(false));
        return stage;
    }
}
