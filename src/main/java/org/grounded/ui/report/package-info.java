/**
 * The study report from the window (File → Export study report…): the folder the command line's
 * {@code grounded report} writes, written in the background through the one task executor.
 */
package org.grounded.ui.report;
