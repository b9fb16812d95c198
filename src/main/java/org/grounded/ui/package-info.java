/**
 * The window. Per feature a package with a view ({@code XView}: controls and layout) and a view
 * model ({@code XViewModel}: JavaFX properties and commands, no controls, tested without a stage).
 * Panes share a {@link org.grounded.ui.session.Workspace}; everything from outside comes through
 * {@link org.grounded.ui.AppServices}; slow work through {@link org.grounded.ui.task.TaskExecutor};
 * every edit through {@link org.grounded.ui.undo.UndoManager}, made by the
 * {@link org.grounded.ui.session.Editor} from the model's edit factories.
 *
 * <p>Adding a pane: write {@code ui/mypane/MyPaneViewModel} over the workspace (listen to its
 * session, revision and selection), a {@code MyPaneView} that binds to it, create the view model
 * in {@link org.grounded.ui.main.MainWindowViewModel} and place the view in the coding
 * workbench's panes ({@code ui.main.WorkspaceView}). Text fields that edit the project commit
 * through {@link org.grounded.ui.CommitOnPause}; commands with shortcuts are
 * {@link org.grounded.ui.main.Command}s, which the menus and the shortcuts help both read.
 */
package org.grounded.ui;
