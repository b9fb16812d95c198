package org.grounded.analysis.network.layout;

/** A layout computed in one go (Figure, tree): already converged, nothing to step. */
record FixedRun(NetworkLayout current) implements LayoutRun {

    @Override
    public boolean step() {
        return false;
    }

    @Override
    public boolean converged() {
        return true;
    }
}
