/**
 * One running window per user: a second start with a file hands the file to the window already
 * running ({@link org.grounded.ui.instance.SingleInstance}), and macOS's open-file events reach it
 * ({@link org.grounded.ui.instance.MacOpenFileEvents}). Knows no feature; no JavaFX.
 */
package org.grounded.ui.instance;
