package org.grounded.ui.search;

import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.grounded.ui.dialog.WindowFit;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The search window, owned by the main window (in front of it, closing with it), created the
 * first time it is asked for and brought back to the front afterwards.
 */
public final class SearchWindow {

    private final SearchViewModel viewModel;
    private final Supplier<Window> owner;
    private Stage stage;
    private SearchView view;

    public SearchWindow(SearchViewModel viewModel, Supplier<Window> owner) {
        this.viewModel = viewModel;
        this.owner = owner;
    }

    /** Opens the window (searching the project, or only the document in the viewer) with the keyboard in the query. */
    public void show(boolean thisDocumentOnly) {
        if (stage == null) {
            create();
        }
        viewModel.thisDocumentOnlyProperty().set(thisDocumentOnly);
        stage.show();
        stage.toFront();
        stage.requestFocus();
        view.focusQuery();
    }

    /** Hides the window (the project closed). */
    public void hide() {
        if (stage != null) {
            stage.hide();
        }
    }

    /** The window, once opened (for tests). */
    public java.util.Optional<Stage> stage() {
        return java.util.Optional.ofNullable(stage);
    }

    private void create() {
        stage = new Stage();
        Window main = owner.get();
        if (main != null) {
            stage.initOwner(main);
        }
        view = new SearchView(viewModel);
        Scene scene = WindowFit.scene(view, main, main != null && main.getScene() != null
                ? main.getScene().getStylesheets() : java.util.List.of(), 1200, 620);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+W"), stage::hide); // NON-NLS: a key combination
        stage.setScene(scene);
        stage.setTitle(lang("Search"));
        WindowFit.place(stage, main, 640, 360);
        stage.setOnShown(event -> viewModel.setActive(true));
        stage.setOnHidden(event -> viewModel.setActive(false));
    }
}
