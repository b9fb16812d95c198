package org.grounded.ui.network;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.grounded.ui.dialog.WindowFit;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The network's window: owned by the main window (in front of it, closing with it), reused when
 * opened again, hidden when the project closes. The network is built and laid out only while it
 * shows.
 */
public final class NetworkWindow {

    private final NetworkViewModel viewModel;
    private final Workspace workspace;
    private final Supplier<Window> owner;
    private Stage stage;
    private NetworkView view;

    public NetworkWindow(NetworkViewModel viewModel, Workspace workspace, Supplier<Window> owner) {
        this.viewModel = viewModel;
        this.workspace = workspace;
        this.owner = owner;
        workspace.sessionProperty().addListener((observable, before, after) -> {
            if (after == null && stage != null) {
                stage.hide();
            }
        });
    }

    /** Opens the window, or brings it to the front. */
    public void show() {
        if (workspace.session().isEmpty()) {
            return;
        }
        if (stage == null) {
            stage = create();
        }
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    /** The window, once it was opened (for tests). */
    public Optional<Stage> stage() {
        return Optional.ofNullable(stage);
    }

    public Optional<NetworkView> view() {
        return Optional.ofNullable(view);
    }

    private Stage create() {
        Stage window = new Stage();
        Window main = owner.get();
        if (main != null) {
            window.initOwner(main);
        }
        view = new NetworkView(viewModel);
        Scene scene = WindowFit.scene(view, main, main != null && main.getScene() != null
                ? main.getScene().getStylesheets() : java.util.List.of(), 1240, 800);
        for (NetworkShortcut shortcut : NetworkShortcut.values()) {
            shortcut.keys().ifPresent(keys -> scene.getAccelerators().put(keys, () -> run(shortcut)));
        }
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+W"), window::hide); // NON-NLS: a key combination
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                run(NetworkShortcut.CLEAR);
            }
        });
        window.setScene(scene);
        WindowFit.place(window, main, 640, 440);
        window.titleProperty().bind(Bindings.createStringBinding(() -> lang("Semantic network — %0",
                workspace.session().map(ProjectSession::name).orElse("Grounded")), workspace.sessionProperty())); // NON-NLS: the app's name
        window.setOnShown(event -> viewModel.setActive(true));
        window.setOnHidden(event -> viewModel.setActive(false));
        return window;
    }

    private void run(NetworkShortcut shortcut) {
        switch (shortcut) {
            case FIND -> view.focusSearch();
            case FIT -> viewModel.fit();
            case RELAYOUT -> viewModel.relayout();
            case CLEAR -> viewModel.clearSelection();
            default -> { }
        }
    }
}
