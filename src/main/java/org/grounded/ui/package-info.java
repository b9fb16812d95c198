/**
 * The window. Per feature a package with a view ({@code XView}: controls and layout) and a view
 * model ({@code XViewModel}: JavaFX properties and commands, no controls, tested without a stage).
 * Panes share a {@link org.grounded.ui.session.Workspace}; everything from outside comes through
 * {@link org.grounded.ui.AppServices}; slow work through {@link org.grounded.ui.task.TaskExecutor};
 * every edit through {@link org.grounded.ui.undo.UndoManager}.
 *
 * <p>Adding a pane: write {@code ui/mypane/MyPaneViewModel} over the workspace (listen to its
 * session, revision and selection), a {@code MyPaneView} that binds to it, create the view model
 * in {@link org.grounded.ui.main.MainWindowViewModel} and place the view in
 * {@link org.grounded.ui.main.MainWindowView}'s split panes (its {@code center()} method).
 */
package org.grounded.ui;
