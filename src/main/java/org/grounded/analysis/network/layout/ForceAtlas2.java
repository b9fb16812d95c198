package org.grounded.analysis.network.layout;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.grounded.analysis.network.CodeNetwork;
import org.grounded.analysis.network.NetworkEdge;
import org.grounded.analysis.network.NetworkNode;

/**
 * ForceAtlas2 (Jacomy et al. 2014) as a step-wise {@link LayoutRun}: attraction along each edge
 * proportional to distance × weight, repulsion k_r (deg₁+1)(deg₂+1) / d through a Barnes–Hut
 * quadtree, gravity k_g (deg+1) towards the origin, and the paper's adaptive speed (global speed
 * from the ratio of traction to swinging, rising at most 50 % an iteration; each node slowed by
 * its own swinging and moved at most 10 px an iteration, a cap that cools after a free run so the
 * run ends). Edge weights are divided by their mean, so counts and c-coefficients give pictures
 * of one scale. Start positions come from {@link Placement}; pinned nodes push and pull but never
 * move; nodes without edges wait beside the graph. Everything runs in node order, so one seed
 * gives one picture.
 */
final class ForceAtlas2 implements LayoutRun {

    /** k_s and k_smax of the paper's node speed. */
    private static final double NODE_SPEED = 0.1;
    private static final double MAX_DISPLACEMENT = 10;
    /** Repulsion between overlapping nodes, relative to k_r (the paper's k_r'). */
    private static final double OVERLAP_REPULSION = 100;
    /** After the free run, the displacement cap shrinks by this factor every iteration (cooling). */
    private static final double COOLING = 0.99;
    /** The free space the final overlap pass leaves between node rims, px. */
    static final double OVERLAP_GAP = 4;
    /** How many calm iterations in a row count as converged. */
    private static final int CALM_STEPS = 5;

    private final ForceSettings settings;
    private final String[] ids;
    private final double[] x;
    private final double[] y;
    private final double[] mass;
    private final double[] radius;
    private final boolean[] pinned;
    /** Free nodes without edges: left out of the forces and parked in a column beside the graph. */
    private final boolean[] parked;
    private final int[] sources;
    private final int[] targets;
    private final double[] weights;
    private final double[] forceX;
    private final double[] forceY;
    private final double[] oldForceX;
    private final double[] oldForceY;
    private final int movable;
    private double speed = 1;
    private int iterations;
    private int calmSteps;
    private double lastMeanDisplacement;
    private boolean converged;

    ForceAtlas2(CodeNetwork network, ForceSettings settings, long seed, NetworkLayout start, Set<String> pinnedIds) {
        this.settings = settings;
        List<NetworkNode> nodes = network.nodes();
        int n = nodes.size();
        ids = new String[n];
        x = new double[n];
        y = new double[n];
        mass = new double[n];
        radius = new double[n];
        pinned = new boolean[n];
        parked = new boolean[n];
        forceX = new double[n];
        forceY = new double[n];
        oldForceX = new double[n];
        oldForceY = new double[n];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ids[i] = nodes.get(i).id();
            index.put(ids[i], i);
            radius[i] = nodes.get(i).radius();
        }
        List<NetworkEdge> edges = network.edges().stream().filter(e -> !e.sourceId().equals(e.targetId())).toList();
        sources = new int[edges.size()];
        targets = new int[edges.size()];
        weights = new double[edges.size()];
        double weightSum = 0;
        for (int e = 0; e < edges.size(); e++) {
            sources[e] = index.get(edges.get(e).sourceId());
            targets[e] = index.get(edges.get(e).targetId());
            weights[e] = Math.max(0, edges.get(e).weight());
            weightSum += weights[e];
            mass[sources[e]]++;
            mass[targets[e]]++;
        }
        double meanWeight = weightSum > 0 ? weightSum / edges.size() : 1;
        for (int e = 0; e < weights.length; e++) {
            weights[e] /= meanWeight;
        }
        for (int i = 0; i < n; i++) {
            mass[i] += 1;
        }
        Placement.start(ids, x, y, radius, sources, targets, start, new Random(seed));
        for (int i = 0; i < n; i++) {
            pinned[i] = pinnedIds.contains(ids[i]);
        }
        int free = 0;
        for (int i = 0; i < n; i++) {
            parked[i] = !pinned[i] && mass[i] == 1;
            if (!pinned[i] && !parked[i]) {
                free++;
            }
        }
        movable = free;
        Placement.park(x, y, radius, parked, OVERLAP_GAP);
        converged = movable == 0;
        if (converged) {
            finish();
        }
    }

    @Override
    public NetworkLayout current() {
        Map<String, Point> positions = new LinkedHashMap<>();
        for (int i = 0; i < ids.length; i++) {
            positions.put(ids[i], new Point(x[i], y[i]));
        }
        return new NetworkLayout(positions);
    }

    @Override
    public boolean converged() {
        return converged;
    }

    /**
     * Iterations done over those expected: the free run, then as many cooling iterations as take
     * the step cap down to the convergence threshold at the current spacing (or the limit).
     */
    @Override
    public double progress() {
        if (converged) {
            return 1;
        }
        double threshold = Math.max(1e-6, settings.tolerance() * typicalSpacing());
        double cooling = threshold >= MAX_DISPLACEMENT ? 0 : Math.log(threshold / MAX_DISPLACEMENT) / Math.log(COOLING);
        double expected = Math.min(settings.maxIterations(), settings.coolingAfter() + cooling + CALM_STEPS);
        return Math.min(0.99, iterations / expected);
    }

    double lastMeanDisplacement() {
        return lastMeanDisplacement;
    }

    int iterations() {
        return iterations;
    }

    @Override
    public boolean step() {
        if (converged) {
            return false;
        }
        computeForces();
        lastMeanDisplacement = move() / movable;
        Placement.park(x, y, radius, parked, OVERLAP_GAP);
        iterations++;
        calmSteps = lastMeanDisplacement < settings.tolerance() * typicalSpacing() ? calmSteps + 1 : 0;
        if (calmSteps >= CALM_STEPS || iterations >= settings.maxIterations()) {
            converged = true;
            finish();
        }
        return !converged;
    }

    /** Once converged: components apart, loose nodes beside them, and no two nodes overlapping. */
    private void finish() {
        boolean[] connected = new boolean[ids.length];
        for (int i = 0; i < ids.length; i++) {
            connected[i] = !parked[i];
        }
        Components.separate(x, y, radius, sources, targets, connected, pinned);
        Placement.park(x, y, radius, parked, OVERLAP_GAP);
        if (settings.preventOverlap()) {
            // Forces keep nodes apart only on balance; the last step makes sure no two overlap.
            Overlaps.separate(x, y, radius, pinned, OVERLAP_GAP, 200);
        }
    }


    /** √(bounding-box area / n): how far apart nodes typically are, the scale convergence is judged on. */
    private double typicalSpacing() {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < ids.length; i++) {
            minX = Math.min(minX, x[i]);
            minY = Math.min(minY, y[i]);
            maxX = Math.max(maxX, x[i]);
            maxY = Math.max(maxY, y[i]);
        }
        return Math.sqrt(Math.max(1, (maxX - minX) * (maxY - minY)) / ids.length);
    }

    /** The force on every node now, into {@link #forceX} / {@link #forceY}. */
    void computeForces() {
        int n = ids.length;
        for (int i = 0; i < n; i++) {
            forceX[i] = 0;
            forceY[i] = 0;
        }
        repulsion();
        gravity();
        attraction();
    }

    private void repulsion() {
        int n = ids.length;
        if (n < 2) {
            return;
        }
        double kr = settings.repulsion();
        double[] pushing = mass.clone();
        for (int i = 0; i < n; i++) {
            if (parked[i]) {
                pushing[i] = 0;
            }
        }
        BarnesHut tree = new BarnesHut(x, y, pushing);
        BarnesHut.PairForce far = (i, otherMass, j, dx, dy, d2) -> d2 > 0 ? kr * mass[i] * otherMass / d2 : 0;
        BarnesHut.PairForce near = settings.preventOverlap()
                ? (i, otherMass, j, dx, dy, d2) -> {
                    if (d2 <= 0) {
                        return 0;
                    }
                    double distance = Math.sqrt(d2);
                    double gap = distance - radius[i] - radius[j];
                    double size = gap > 0 ? kr * mass[i] * otherMass / gap
                            : OVERLAP_REPULSION * kr * mass[i] * otherMass;
                    return size / distance;
                }
                : far;
        double[] force = new double[2];
        for (int i = 0; i < n; i++) {
            if (parked[i]) {
                continue;
            }
            force[0] = 0;
            force[1] = 0;
            tree.accumulate(i, settings.theta(), near, far, force);
            forceX[i] += force[0];
            forceY[i] += force[1];
        }
    }

    private void gravity() {
        for (int i = 0; i < ids.length; i++) {
            double distance = Math.hypot(x[i], y[i]);
            if (distance > 0 && !parked[i]) {
                double factor = settings.gravity() * mass[i] / distance;
                forceX[i] -= x[i] * factor;
                forceY[i] -= y[i] * factor;
            }
        }
    }

    private void attraction() {
        for (int e = 0; e < sources.length; e++) {
            int a = sources[e];
            int b = targets[e];
            double dx = x[a] - x[b];
            double dy = y[a] - y[b];
            double factor = weights[e];
            if (settings.preventOverlap()) {
                double distance = Math.hypot(dx, dy);
                double gap = distance - radius[a] - radius[b];
                factor = gap > 0 && distance > 0 ? factor * gap / distance : 0;
            }
            forceX[a] -= dx * factor;
            forceY[a] -= dy * factor;
            forceX[b] += dx * factor;
            forceY[b] += dy * factor;
        }
    }

    /** The adaptive speed of the paper (section "Adaptive speed"); returns the total displacement. */
    private double move() {
        double swinging = 0;
        double traction = 0;
        for (int i = 0; i < ids.length; i++) {
            if (!pinned[i] && !parked[i]) {
                swinging += mass[i] * Math.hypot(forceX[i] - oldForceX[i], forceY[i] - oldForceY[i]);
                traction += mass[i] * Math.hypot(forceX[i] + oldForceX[i], forceY[i] + oldForceY[i]) / 2;
            }
        }
        if (swinging > 0) {
            double target = settings.jitterTolerance() * traction / swinging;
            speed = Math.min(target, 1.5 * speed);
        }
        double moved = 0;
        for (int i = 0; i < ids.length; i++) {
            if (!pinned[i] && !parked[i]) {
                double nodeSwinging = Math.hypot(forceX[i] - oldForceX[i], forceY[i] - oldForceY[i]);
                double nodeSpeed = NODE_SPEED * speed / (1 + speed * Math.sqrt(nodeSwinging));
                double force = Math.hypot(forceX[i], forceY[i]);
                if (force > 0) {
                    nodeSpeed = Math.min(nodeSpeed, maxDisplacement() / force);
                    x[i] += nodeSpeed * forceX[i];
                    y[i] += nodeSpeed * forceY[i];
                    moved += nodeSpeed * force;
                }
            }
            oldForceX[i] = forceX[i];
            oldForceY[i] = forceY[i];
        }
        return moved;
    }

    /**
     * ForceAtlas2 itself never stops: on dense graphs its adaptive speed keeps nodes swinging. So
     * after {@link ForceSettings#coolingAfter()} iterations the cap on a node's step shrinks
     * geometrically, as Fruchterman–Reingold's temperature does, and the layout settles.
     */
    private double maxDisplacement() {
        int cooled = iterations - settings.coolingAfter();
        return cooled <= 0 ? MAX_DISPLACEMENT : MAX_DISPLACEMENT * Math.pow(COOLING, cooled);
    }

    double[] forceX() {
        return forceX;
    }

    double[] forceY() {
        return forceY;
    }
}
