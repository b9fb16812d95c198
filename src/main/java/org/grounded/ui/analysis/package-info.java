/**
 * The analysis windows (Analysis menu): the citations table, code co-occurrence and participant
 * statistics, each in its own window owned by the main window (see
 * {@link org.grounded.ui.main.AnalysisWindows}). This package holds what they share and knows no
 * window: {@link org.grounded.ui.analysis.AnalysisWindowModel}, the skeleton every analysis
 * window's view model is built on (a new window — network, search, reports — starts there), and
 * its parts {@link org.grounded.ui.analysis.Recomputation} (count in the background over a project copy,
 * at once when the options change, a moment after edits, only while the window shows; stale
 * results dropped), {@link org.grounded.ui.analysis.AnalysisExporter} (save dialog, background
 * write), {@link org.grounded.ui.analysis.PassageCards} and
 * {@link org.grounded.ui.analysis.PassageListView} (the passages behind a count, in context;
 * double-click shows one in the transcript viewer through the workspace's selection).
 *
 * <p>The analyses themselves live in {@code org.grounded.analysis} and the file formats in
 * {@code org.grounded.export.table}: the windows only choose the request, show the result and call
 * the exporter, so what the window shows, the command line prints and the files hold agree.
 */
package org.grounded.ui.analysis;
