package org.grounded.analysis.network.layout;

import java.util.Set;
import org.grounded.analysis.network.CodeNetwork;

/**
 * The one entry to the layouts. Deterministic for a seed (the Figure and tree layouts need none);
 * pinned nodes never move. Positions are px at zoom 1 around the origin; nodes keep
 * {@link org.grounded.analysis.network.NetworkNode#radius()} clear of each other.
 */
public final class Layouts {

    private Layouts() {
    }

    /**
     * Starts a layout.
     *
     * @param start  positions to start from (may be empty, or hold only some nodes); nodes without
     *               one are placed from the seed
     * @param pinned nodes that keep their start position
     */
    public static LayoutRun start(CodeNetwork network, LayoutKind kind, long seed, NetworkLayout start,
                                  Set<String> pinned) {
        NetworkLayout usable = finite(start);
        return switch (kind) {
            case FORCE -> force(network, ForceSettings.defaults(), seed, usable, pinned);
            case FIGURE -> new FixedRun(FigureLayout.compute(network, usable, pinned));
            case TREE -> new FixedRun(TreeLayout.compute(network, usable, pinned));
        };
    }

    /** The force-directed layout with settings of one's own (the benchmark, the tests). */
    public static LayoutRun force(CodeNetwork network, ForceSettings settings, long seed, NetworkLayout start,
                                  Set<String> pinned) {
        return new ForceAtlas2(network, settings, seed, start, pinned);
    }

    /** The start positions that are numbers: a damaged saved position is dropped, not spread through a layout. */
    private static NetworkLayout finite(NetworkLayout start) {
        java.util.Map<String, Point> kept = new java.util.LinkedHashMap<>();
        start.positions().forEach((id, point) -> {
            if (Double.isFinite(point.x()) && Double.isFinite(point.y())) {
                kept.put(id, point);
            }
        });
        return kept.size() == start.positions().size() ? start : new NetworkLayout(kept);
    }

    /** Runs a layout to convergence (or its iteration limit). */
    public static NetworkLayout run(CodeNetwork network, LayoutKind kind, long seed, NetworkLayout start,
                                    Set<String> pinned) {
        LayoutRun run = start(network, kind, seed, start, pinned);
        while (run.step()) {
            // until converged
        }
        return run.current();
    }
}
