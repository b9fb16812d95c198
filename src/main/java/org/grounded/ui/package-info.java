/**
 * The window. Per feature a package with a view ({@code XView}: controls and layout) and a view
 * model ({@code XViewModel}: JavaFX properties and commands, no controls, tested without a stage).
 * Panes share a {@link org.grounded.ui.session.Workspace}; everything from outside comes through
 * {@link org.grounded.ui.main.AppServices}; slow work through {@link org.grounded.ui.task.TaskExecutor};
 * every edit through {@link org.grounded.ui.undo.UndoManager}, made by the
 * {@link org.grounded.ui.session.Editor} from the model's edit factories.
 *
 * <p>Adding a pane: write {@code ui/mypane/MyPaneViewModel} over the workspace (listen to its
 * session, revision and selection), a {@code MyPaneView} that binds to it, create the view model
 * in {@link org.grounded.ui.main.MainWindowViewModel} and place the view in the coding
 * workbench's panes ({@code ui.main.WorkspaceView}). Text fields that edit the project commit
 * through {@link org.grounded.ui.common.CommitOnPause}; commands with shortcuts are
 * {@link org.grounded.ui.main.Command}s, which the menus and the shortcuts help both read.
 *
 * <p>Packages and their arrows (ArchitectureTest keeps the sub-packages free of cycles):
 * {@code ui.main} is the application's wiring (GroundedApp, AppServices, the main window, which
 * knows every feature); feature packages ({@code codes}, {@code memos}, {@code analysis.citations}
 * …) know the shared ones and never each other in a circle; the shared packages know no feature:
 * {@code ui.common} (formats, list-plus-details panes, commit-on-pause fields, list selection),
 * {@code ui.dialog} (generic dialogs; a feature's own dialog is shown through
 * {@code DialogService.showDialog}), {@code ui.analysis} (the analysis-window skeleton),
 * {@code ui.session}, {@code ui.task}, {@code ui.undo}, {@code ui.prefs}, {@code ui.i18n} (the
 * window's words in English, Spanish and Malay: every visible string is
 * {@code Localization.lang("English words")}, decision 0035) and {@code ui.instance} (a second
 * start hands its file to the running window).
 */
package org.grounded.ui;
