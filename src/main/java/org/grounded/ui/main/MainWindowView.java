package org.grounded.ui.main;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.glyphfont.FontAwesome;
import org.grounded.ui.dialog.WindowFit;
import org.grounded.ui.help.AboutDialog;
import org.grounded.ui.help.GuidePage;
import org.grounded.ui.help.GuideWindow;
import org.grounded.ui.help.ShortcutsDialog;
import org.grounded.ui.network.NetworkShortcut;
import org.grounded.ui.analysis.quotations.QuotationsBrowserView;
import org.grounded.ui.network.NetworkWindow;
import org.grounded.model.AttributeScope;
import org.grounded.ui.status.StatusBarView;
import org.grounded.ui.search.SearchWindow;
import org.grounded.ui.transcript.CodingViewModel;
import org.grounded.ui.transcript.Snap;
import org.grounded.ui.welcome.WelcomeView;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The main window's layout: menus and toolbar on top, the welcome screen or the workspace
 * (documents | transcript | codes over quotations) in the middle, the status bar below.
 * Every pane is a view over its own view model, created by {@link MainWindowViewModel}.
 */
public final class MainWindowView extends BorderPane {

    private final MainWindowViewModel viewModel;
    private final Runnable exit;
    private final FontAwesome icons;
    private final Map<Command, Runnable> actions = new EnumMap<>(Command.class);
    private final Map<Command, ObservableBooleanValue> enabled = new EnumMap<>(Command.class);
    private final AnalysisWindows analysisWindows;
    private final WorkspaceView workspace;
    private final SearchWindow searchWindow;
    private final NetworkWindow networkWindow;
    private final OpenWindows openWindows;

    /**
     * @param exit   ends the application once the project is closed (Quit, closing the window)
     * @param icons  the toolbar's icon font
     */
    public MainWindowView(MainWindowViewModel viewModel, Runnable exit, FontAwesome icons) {
        this.viewModel = viewModel;
        this.exit = exit;
        this.icons = icons;
        getStyleClass().add("main-window");
        // First: it must see the project close while the analysis windows still show.
        this.openWindows = new OpenWindows(viewModel.workspace());
        this.analysisWindows = new AnalysisWindows(viewModel.analysis(), viewModel.workspace(),
                () -> getScene() == null ? null : getScene().getWindow());
        this.networkWindow = new NetworkWindow(viewModel.network(), viewModel.workspace(),
                () -> getScene() == null ? null : getScene().getWindow());
        workspace = new WorkspaceView(viewModel);
        this.searchWindow = new SearchWindow(viewModel.search(), () -> getScene() == null ? null : getScene().getWindow());
        viewModel.workspace().sessionProperty().addListener((observable, before, after) -> {
            if (after == null) {
                searchWindow.hide();
            }
        });
        viewModel.analysis().words().setSearch(this::searchFor);
        openWindows.track(viewModel, analysisWindows, searchWindow, networkWindow);
        defineCommands();

        setTop(new VBox(menuBar(), toolBar()));
        setCenter(center());
        StatusBarView statusBar = new StatusBarView(viewModel.statusBar());
        javafx.scene.control.Label coder = new javafx.scene.control.Label();
        coder.setId("status-coder");
        coder.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        coder.textProperty().bind(Bindings.createStringBinding(() -> lang("Coder: %0", viewModel.coderNameProperty().get()),
                viewModel.coderNameProperty()));
        coder.setTooltip(new Tooltip(lang("The name written on the quotations and memos you make (Edit → Coder name…)")));
        statusBar.getChildren().addAll(new javafx.scene.control.Separator(Orientation.VERTICAL), coder);
        setBottom(statusBar);
        enableDrop();
        sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null) {
                installExtraAccelerators(scene);
            }
        });
    }

    /** Opens the search window on a query (a word of the word-frequency window) and runs it. */
    private void searchFor(String query) {
        searchWindow.show(false);
        viewModel.search().queryProperty().set(query);
        viewModel.search().search();
    }

    /**
     * Opens the search window on the document in the viewer; what the find bar holds, if it is
     * open, is searched at once (as a phrase when it has several words, as the bar matched it).
     */
    private void searchTranscript() {
        searchWindow.show(true);
        var find = viewModel.transcript().find();
        String typed = find.queryProperty().get().replace("\"", "").strip();
        if (find.openProperty().get() && !typed.isEmpty()) {
            viewModel.search().queryProperty().set(typed.contains(" ") ? "\"" + typed + "\"" : typed);
            viewModel.search().search();
        }
    }

    private void defineCommands() {
        ObservableBooleanValue always = Bindings.createBooleanBinding(() -> true);
        actions.put(Command.NEW_PROJECT, viewModel::newProject);
        actions.put(Command.OPEN_PROJECT, viewModel::openProject);
        actions.put(Command.SAVE, viewModel::save);
        actions.put(Command.SAVE_AS, viewModel::saveAs);
        actions.put(Command.STUDY_PROPERTIES, viewModel::editStudyProperties);
        actions.put(Command.IMPORT_TRANSCRIPTS, viewModel::importTranscripts);
        actions.put(Command.IMPORT_PARTICIPANTS, () -> viewModel.importCases(AttributeScope.PARTICIPANT));
        actions.put(Command.IMPORT_DOCUMENT_ATTRIBUTES, () -> viewModel.importCases(AttributeScope.DOCUMENT));
        actions.put(Command.EXPORT_PARTICIPANTS, viewModel::exportParticipants);
        actions.put(Command.IMPORT_REFI_PROJECT, viewModel.refi()::importProject);
        actions.put(Command.MERGE_PROJECT, viewModel.merge()::mergeProject);
        actions.put(Command.EXPORT_REFI_PROJECT, viewModel.refi()::exportProject);
        actions.put(Command.IMPORT_CODEBOOK, viewModel.refi()::importCodebook);
        actions.put(Command.EXPORT_CODEBOOK, viewModel.refi()::exportCodebook);
        actions.put(Command.EXPORT_STUDY_REPORT, viewModel.studyReport()::exportStudyReport);
        actions.put(Command.CLOSE_PROJECT, viewModel::closeProject);
        actions.put(Command.QUIT, () -> viewModel.requestQuit(exit));
        actions.put(Command.CLOSE_WINDOW, () -> viewModel.requestQuit(exit));
        actions.put(Command.RESET_PANES, workspace::resetPanes);
        actions.put(Command.UNDO, viewModel::undo);
        actions.put(Command.REDO, viewModel::redo);
        actions.put(Command.CITATIONS_TABLE, () -> analysisWindows.show(AnalysisWindows.Kind.CITATIONS));
        actions.put(Command.COOCCURRENCE, () -> analysisWindows.show(AnalysisWindows.Kind.COOCCURRENCE));
        actions.put(Command.PARTICIPANT_STATISTICS, () -> analysisWindows.show(AnalysisWindows.Kind.STATISTICS));
        actions.put(Command.INTERCODER_AGREEMENT, () -> analysisWindows.show(AnalysisWindows.Kind.AGREEMENT));
        actions.put(Command.QUOTATIONS, () -> analysisWindows.show(AnalysisWindows.Kind.QUOTATIONS));
        actions.put(Command.SEARCH, () -> searchWindow.show(false));
        actions.put(Command.WORD_FREQUENCIES, () -> analysisWindows.show(AnalysisWindows.Kind.WORDS));
        actions.put(Command.FIND_IN_TRANSCRIPT, workspace::openFindBar);
        actions.put(Command.SEARCH_TRANSCRIPT, this::searchTranscript);
        actions.put(Command.NEW_NETWORK, () -> {
            if (viewModel.network().newNetwork()) {
                networkWindow.show();
            }
        });
        actions.put(Command.OPEN_NETWORK, () -> {
            if (viewModel.network().openNetwork()) {
                networkWindow.show();
            }
        });
        actions.put(Command.SHORTCUTS, () -> show(new ShortcutsDialog(Command.shortcuts(),
                lang("In the network and quotations windows"), java.util.stream.Stream.concat(
                        java.util.Arrays.stream(NetworkShortcut.values())
                                .map(key -> new ShortcutsDialog.Shortcut(key.action(), key.keysText())),
                        QuotationsBrowserView.shortcuts().stream()).toList())));
        actions.put(Command.USER_GUIDE, () -> new GuideWindow(getScene() == null ? null : getScene().getWindow(),
                getScene() == null ? List.of() : getScene().getStylesheets(), GuidePage.load(GuidePage.FIRST_PAGE)).show());
        actions.put(Command.ABOUT, () -> show(new AboutDialog(org.grounded.io.AppVersion.number())));
        for (Command command : Command.values()) {
            enabled.put(command, always);
        }
        enabled.put(Command.SAVE, viewModel.state().editableProperty());
        enabled.put(Command.SAVE_AS, viewModel.state().editableProperty());
        enabled.put(Command.STUDY_PROPERTIES, viewModel.state().editableProperty());
        enabled.put(Command.IMPORT_TRANSCRIPTS, viewModel.state().editableProperty());
        enabled.put(Command.IMPORT_PARTICIPANTS, viewModel.state().editableProperty());
        enabled.put(Command.IMPORT_DOCUMENT_ATTRIBUTES, viewModel.state().editableProperty());
        enabled.put(Command.EXPORT_PARTICIPANTS, viewModel.state().projectOpenProperty());
        enabled.put(Command.EXPORT_REFI_PROJECT, viewModel.state().projectOpenProperty());
        enabled.put(Command.IMPORT_CODEBOOK, viewModel.state().editableProperty());
        enabled.put(Command.MERGE_PROJECT, viewModel.state().editableProperty());
        enabled.put(Command.EXPORT_CODEBOOK, viewModel.state().projectOpenProperty());
        enabled.put(Command.EXPORT_STUDY_REPORT, viewModel.state().projectOpenProperty());
        enabled.put(Command.CLOSE_PROJECT, viewModel.state().projectOpenProperty());
        enabled.put(Command.UNDO, viewModel.state().canUndoProperty());
        enabled.put(Command.REDO, viewModel.state().canRedoProperty());
        enabled.put(Command.CITATIONS_TABLE, viewModel.state().projectOpenProperty());
        enabled.put(Command.COOCCURRENCE, viewModel.state().projectOpenProperty());
        enabled.put(Command.PARTICIPANT_STATISTICS, viewModel.state().projectOpenProperty());
        enabled.put(Command.INTERCODER_AGREEMENT, viewModel.state().projectOpenProperty());
        enabled.put(Command.QUOTATIONS, viewModel.state().projectOpenProperty());
        enabled.put(Command.SEARCH, viewModel.state().projectOpenProperty());
        enabled.put(Command.WORD_FREQUENCIES, viewModel.state().projectOpenProperty());
        enabled.put(Command.FIND_IN_TRANSCRIPT, viewModel.transcript().documentProperty().isNotNull());
        enabled.put(Command.SEARCH_TRANSCRIPT, viewModel.transcript().documentProperty().isNotNull());
        enabled.put(Command.NEW_NETWORK, viewModel.state().editableProperty());
        enabled.put(Command.OPEN_NETWORK, viewModel.state().projectOpenProperty());
        defineCodingCommands();
    }

    /** The Coding menu's commands: coding the selection, the selected quotation, the code tree, memos. */
    private void defineCodingCommands() {
        CodingViewModel coding = viewModel.panes().coding();
        actions.put(Command.CODER_NAME, viewModel::changeCoderName);
        actions.put(Command.PREFERENCES, viewModel::editPreferences);
        actions.put(Command.QUICK_CODE, workspace::focusQuickCode);
        actions.put(Command.CODE_IN_VIVO, coding::codeInVivo);
        actions.put(Command.APPLY_LAST_CODE, coding::applyLastCode);
        actions.put(Command.RESIZE_QUOTATION, coding::resizeSelectedQuotation);
        actions.put(Command.DELETE_QUOTATION, coding::deleteSelectedQuotation);
        actions.put(Command.NEXT_QUOTATION, () -> coding.stepQuotation(1));
        actions.put(Command.PREVIOUS_QUOTATION, () -> coding.stepQuotation(-1));
        ObservableBooleanValue canCode = coding.canCodeProperty();
        ObservableBooleanValue quotation = coding.quotationSelectedProperty();
        enabled.put(Command.QUICK_CODE, canCode);
        enabled.put(Command.CODE_IN_VIVO, canCode);
        enabled.put(Command.APPLY_LAST_CODE, coding.canCodeProperty().and(coding.lastCodeProperty().isNotNull()));
        enabled.put(Command.RESIZE_QUOTATION, coding.canCodeProperty().and(quotation));
        enabled.put(Command.DELETE_QUOTATION, quotation);
        enabled.put(Command.NEXT_QUOTATION, viewModel.transcript().documentProperty().isNotNull());
        enabled.put(Command.PREVIOUS_QUOTATION, viewModel.transcript().documentProperty().isNotNull());
        actions.put(Command.COMMENT_QUOTATION, workspace::focusComment);
        enabled.put(Command.COMMENT_QUOTATION, quotation);
        var selectedCode = viewModel.workspace().selectedCodeProperty();
        var editable = viewModel.state().editableProperty();
        actions.put(Command.NEW_CODE, () -> viewModel.codes().newCode(null));
        actions.put(Command.RENAME_CODE, () -> viewModel.codes().rename(selectedCode.get()));
        actions.put(Command.MERGE_CODE, () -> viewModel.codes().mergeInto(selectedCode.get()));
        actions.put(Command.FIND_CODE, workspace::focusCodeFilter);
        actions.put(Command.NEW_MEMO, workspace::newMemo);
        enabled.put(Command.NEW_CODE, editable);
        enabled.put(Command.RENAME_CODE, editable.and(selectedCode.isNotNull()));
        enabled.put(Command.MERGE_CODE, editable.and(selectedCode.isNotNull()));
        enabled.put(Command.FIND_CODE, viewModel.state().projectOpenProperty());
        enabled.put(Command.NEW_MEMO, editable);
    }

    private MenuBar menuBar() {
        Menu recent = new Menu(lang("Open recent"));
        recent.setId("menu-open-recent");
        recent.setOnShowing(event -> fillRecent(recent));
        fillRecent(recent);
        Menu file = new Menu(lang("File"), null,
                item(Command.NEW_PROJECT), item(Command.OPEN_PROJECT), recent, new SeparatorMenuItem(),
                item(Command.SAVE), item(Command.SAVE_AS), item(Command.STUDY_PROPERTIES), new SeparatorMenuItem(),
                item(Command.IMPORT_TRANSCRIPTS), item(Command.IMPORT_PARTICIPANTS),
                item(Command.IMPORT_DOCUMENT_ATTRIBUTES), item(Command.EXPORT_PARTICIPANTS), new SeparatorMenuItem(),
                item(Command.IMPORT_REFI_PROJECT), item(Command.EXPORT_REFI_PROJECT), item(Command.MERGE_PROJECT),
                item(Command.IMPORT_CODEBOOK), item(Command.EXPORT_CODEBOOK), new SeparatorMenuItem(),
                item(Command.EXPORT_STUDY_REPORT), new SeparatorMenuItem(),
                item(Command.CLOSE_PROJECT), item(Command.CLOSE_WINDOW), item(Command.QUIT));
        MenuItem undo = item(Command.UNDO);
        undo.textProperty().bind(viewModel.state().undoTextProperty());
        MenuItem redo = item(Command.REDO);
        redo.textProperty().bind(viewModel.state().redoTextProperty());
        Menu edit = new Menu(lang("Edit"), null, undo, redo, new SeparatorMenuItem(), item(Command.CODER_NAME),
                item(Command.PREFERENCES));
        Menu analysis = new Menu(lang("Analysis"), null, item(Command.SEARCH), item(Command.FIND_IN_TRANSCRIPT),
                item(Command.SEARCH_TRANSCRIPT), item(Command.WORD_FREQUENCIES),
                new SeparatorMenuItem(), item(Command.CITATIONS_TABLE), item(Command.COOCCURRENCE),
                item(Command.PARTICIPANT_STATISTICS), item(Command.INTERCODER_AGREEMENT), item(Command.QUOTATIONS));
        analysis.setId("menu-analysis");
        Menu network = new Menu(lang("Network"), null, item(Command.NEW_NETWORK), item(Command.OPEN_NETWORK));
        network.setId("menu-network");
        Menu view = new Menu(lang("View"), null, item(Command.RESET_PANES));
        view.setId("menu-view");
        Menu help = new Menu(lang("Help"), null, item(Command.USER_GUIDE), item(Command.SHORTCUTS), new SeparatorMenuItem(),
                item(Command.ABOUT));
        MenuBar bar = new MenuBar(file, edit, view, codingMenu(), analysis, network, help);
        bar.setId("menu-bar");
        return bar;
    }

    private Menu codingMenu() {
        MenuItem again = item(Command.APPLY_LAST_CODE);
        again.setMnemonicParsing(false);
        again.textProperty().bind(Bindings.when(viewModel.panes().coding().lastCodeNameProperty().isEmpty())
                .then(Command.APPLY_LAST_CODE.label()).otherwise(Bindings.createStringBinding(
                        () -> lang("Apply '%0' again", viewModel.panes().coding().lastCodeNameProperty().get()),
                        viewModel.panes().coding().lastCodeNameProperty())));
        Menu snap = new Menu(lang("Snap selection to"));
        snap.setId("menu-snap");
        javafx.scene.control.ToggleGroup snaps = new javafx.scene.control.ToggleGroup();
        for (Snap mode : Snap.values()) {
            javafx.scene.control.RadioMenuItem choice = new javafx.scene.control.RadioMenuItem(mode.label());
            choice.setToggleGroup(snaps);
            choice.setSelected(viewModel.panes().coding().snapProperty().get() == mode);
            choice.setOnAction(event -> viewModel.panes().coding().snapProperty().set(mode));
            viewModel.panes().coding().snapProperty().addListener((observable, before, after) -> choice.setSelected(after == mode));
            snap.getItems().add(choice);
        }
        Menu coding = new Menu(lang("Coding"), null,
                item(Command.QUICK_CODE), item(Command.CODE_IN_VIVO), again, snap, new SeparatorMenuItem(),
                item(Command.RESIZE_QUOTATION), item(Command.COMMENT_QUOTATION), item(Command.DELETE_QUOTATION),
                item(Command.NEXT_QUOTATION), item(Command.PREVIOUS_QUOTATION), new SeparatorMenuItem(),
                item(Command.NEW_CODE), item(Command.RENAME_CODE), item(Command.MERGE_CODE), item(Command.FIND_CODE),
                new SeparatorMenuItem(), item(Command.NEW_MEMO));
        coding.setId("menu-coding");
        return coding;
    }

    /** The recent projects as menu items; the list is re-read each time the menu opens. */
    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        List<WelcomeItem> items = viewModel.welcome().recent().stream()
                .map(item -> new WelcomeItem(item.name(), item.path())).toList();
        if (items.isEmpty()) {
            MenuItem none = new MenuItem(lang("No recent projects"));
            none.setDisable(true);
            recent.getItems().add(none);
            return;
        }
        for (WelcomeItem item : items) {
            MenuItem entry = new MenuItem(item.name() + "  —  " + item.path().getParent());
            entry.setMnemonicParsing(false);
            entry.setOnAction(event -> viewModel.openRecent(item.path()));
            recent.getItems().add(entry);
        }
    }

    private record WelcomeItem(String name, Path path) {
    }

    private MenuItem item(Command command) {
        MenuItem item = new MenuItem(command.label());
        item.setId("menu-" + command.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        command.accelerator().ifPresent(item::setAccelerator);
        item.setOnAction(event -> actions.get(command).run());
        item.disableProperty().bind(Bindings.not(enabled.get(command)));
        return item;
    }

    private ToolBar toolBar() {
        ToolBar bar = new ToolBar(
                button(Command.NEW_PROJECT, lang("New")), button(Command.OPEN_PROJECT, lang("Open")),
                button(Command.SAVE, lang("Save")), new javafx.scene.control.Separator(Orientation.VERTICAL),
                button(Command.IMPORT_TRANSCRIPTS, lang("Import transcripts")),
                new javafx.scene.control.Separator(Orientation.VERTICAL),
                button(Command.UNDO, lang("Undo")), button(Command.REDO, lang("Redo")));
        bar.setId("tool-bar");
        return bar;
    }

    private Button button(Command command, String text) {
        Button button = new Button(text);
        button.setId("tool-" + command.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        command.icon().ifPresent(glyph -> button.setGraphic(icons.create(glyph).size(14)));
        Tooltip tooltip = new Tooltip();
        String keys = command.acceleratorText();
        if (command == Command.UNDO) {
            tooltip.textProperty().bind(viewModel.state().undoTextProperty().concat("  (" + keys + ")"));
        } else if (command == Command.REDO) {
            tooltip.textProperty().bind(viewModel.state().redoTextProperty().concat("  (" + keys + ")"));
        } else {
            tooltip.setText(command.shortLabel() + (keys.isEmpty() ? "" : "  (" + keys + ")"));
        }
        button.setTooltip(tooltip);
        button.setFocusTraversable(false);
        button.setOnAction(event -> actions.get(command).run());
        button.disableProperty().bind(Bindings.not(enabled.get(command)));
        return button;
    }

    /** Shortcuts beyond the menu's one per item (Ctrl+Y for Redo). */
    private void installExtraAccelerators(Scene scene) {
        for (Command command : Command.values()) {
            command.accelerators().stream().skip(1).forEach(keys -> scene.getAccelerators().put(keys, () -> {
                if (enabled.get(command).get()) {
                    actions.get(command).run();
                }
            }));
        }
    }

    private StackPane center() {
        WelcomeView welcome = new WelcomeView(viewModel.welcome());
        welcome.visibleProperty().bind(viewModel.state().projectOpenProperty().not());
        OpeningView opening = new OpeningView(viewModel.openingProperty(), viewModel::cancelOpening);
        // While a project is read the workspace is laid out, see-through, under the opening screen:
        // its controls' skins and styles are made then, not in the frame that first shows the
        // project (on a large study that frame stopped the window for a large part of a second).
        workspace.visibleProperty().bind(viewModel.state().projectOpenProperty().or(opening.visibleProperty()));
        workspace.opacityProperty().bind(Bindings.when(viewModel.state().projectOpenProperty()).then(1.0).otherwise(0.0));
        // Nothing under the opening screen answers clicks meanwhile.
        welcome.disableProperty().bind(opening.visibleProperty());
        workspace.disableProperty().bind(opening.visibleProperty());
        return new StackPane(welcome, workspace, opening);
    }

    private void enableDrop() {
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && viewModel.acceptsDrop(paths(event.getDragboard().getFiles()))) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        setOnDragDropped(event -> {
            boolean files = event.getDragboard().hasFiles();
            if (files) {
                List<Path> dropped = paths(event.getDragboard().getFiles());
                // After the drop completes: the follow-up dialogs must not block the drag gesture.
                Platform.runLater(() -> viewModel.filesDropped(dropped));
            }
            event.setDropCompleted(files);
            event.consume();
        });
    }

    private static List<Path> paths(List<java.io.File> files) {
        return files.stream().map(java.io.File::toPath).toList();
    }

    private void show(Dialog<?> dialog) {
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
            dialog.getDialogPane().getStylesheets().addAll(getScene().getStylesheets());
        }
        WindowFit.fit(dialog);
        dialog.showAndWait();
    }

    /** Puts the keyboard in the quick-code box, as Ctrl+K does. */
    void focusQuickCode() {
        workspace.focusQuickCode();
    }

    /** The search window. */
    public SearchWindow searchWindow() {
        return searchWindow;
    }

    /** The Analysis menu's windows. */
    public AnalysisWindows analysisWindows() {
        return analysisWindows;
    }

    /** The semantic network's window. */
    public NetworkWindow networkWindow() {
        return networkWindow;
    }

    /** Puts the workspace's dividers where the settings say they were left. */
    void restoreDividers(WindowPlacement placement) {
        placement.restoreDividers("dividers", workspace.dividers(), workspace.getDividers().size());
        placement.restoreDividers("right-dividers", workspace.rightDividers(), 1);
    }

    /** Remembers the analysis windows open on a project in these settings, and reopens them with it. */
    void keepOpenWindowsIn(java.util.prefs.Preferences settings) {
        openWindows.keepIn(settings);
    }

    void saveDividers(WindowPlacement placement) {
        placement.saveDividers("dividers", workspace.dividers());
        placement.saveDividers("right-dividers", workspace.rightDividers());
    }

    /** Binds the window's title and routes its close button through the save-before-close logic. */
    public void attachTo(Stage stage) {
        stage.titleProperty().bind(viewModel.state().titleProperty());
        stage.setOnCloseRequest(event -> {
            event.consume();
            viewModel.requestQuit(exit);
        });
    }
}
