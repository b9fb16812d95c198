package org.grounded.analysis.network.layout;

/**
 * A layout computed step by step, so a window can animate, pause and pin (Gephi's
 * initAlgo / goAlgo / endAlgo). Not thread-safe: one thread steps it and reads {@link #current()}.
 */
public interface LayoutRun {

    /** The positions now. */
    NetworkLayout current();

    /** Moves the nodes one step; false once converged (or at the iteration limit), and then does nothing. */
    boolean step();

    boolean converged();

    /** How far along the run is, 0 to 1, for a progress bar; an estimate while it runs, 1 once converged. */
    default double progress() {
        return converged() ? 1 : 0;
    }
}
