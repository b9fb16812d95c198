package org.grounded.analysis.network.layout;

import java.util.ArrayList;
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
 * run ends). Edge weights are divided by their mean,
 * so counts and c-coefficients give pictures of one scale. Nodes without a start position are put
 * beside their placed neighbours, or at random from the seed; pinned nodes push and pull but never
 * move. Everything runs in node order, so one seed gives one picture.
 */
final class ForceAtlas2 implements LayoutRun {

    /** k_s and k_smax of the paper's node speed. */
    private static final double NODE_SPEED = 0.1;
    private static final double MAX_DISPLACEMENT = 10;
    /** Repulsion between overlapping nodes, relative to k_r (the paper's k_r'). */
    private static final double OVERLAP_REPULSION = 100;
    /** After the free run, the displacement cap shrinks by this factor every iteration (cooling). */
    private static final double COOLING = 0.99;
    /** Room between the graph and the column of nodes without edges, and between columns, px. */
    private static final double PARKING_MARGIN = 120;
    private static final double MIN_COLUMN_HEIGHT = 400;
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
        placeStart(nodes, start, pinnedIds, new Random(seed));
        int free = 0;
        for (int i = 0; i < n; i++) {
            parked[i] = !pinned[i] && mass[i] == 1;
            if (!pinned[i] && !parked[i]) {
                free++;
            }
        }
        movable = free;
        park();
        converged = movable == 0;
        if (converged) {
            finish();
        }
    }

    private void placeStart(List<NetworkNode> nodes, NetworkLayout start, Set<String> pinnedIds, Random random) {
        int n = nodes.size();
        boolean[] placed = new boolean[n];
        double sumX = 0;
        double sumY = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            Point point = start.positions().get(ids[i]);
            if (point != null) {
                x[i] = point.x();
                y[i] = point.y();
                placed[i] = true;
                sumX += x[i];
                sumY += y[i];
                count++;
            }
        }
        double centreX = count > 0 ? sumX / count : 0;
        double centreY = count > 0 ? sumY / count : 0;
        double side = 60 * Math.sqrt(n) + 100;
        List<List<Integer>> neighbours = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            neighbours.add(new ArrayList<>());
        }
        for (int e = 0; e < sources.length; e++) {
            neighbours.get(sources[e]).add(targets[e]);
            neighbours.get(targets[e]).add(sources[e]);
        }
        for (int i = 0; i < n; i++) {
            double jitterX = random.nextDouble() - 0.5;
            double jitterY = random.nextDouble() - 0.5;
            if (placed[i]) {
                continue;
            }
            double nx = 0;
            double ny = 0;
            int known = 0;
            for (int j : neighbours.get(i)) {
                if (placed[j]) {
                    nx += x[j];
                    ny += y[j];
                    known++;
                }
            }
            if (known > 0) {
                // A node added to a laid-out network ("grow") starts beside the nodes it joins.
                x[i] = nx / known + jitterX * 4 * radius[i];
                y[i] = ny / known + jitterY * 4 * radius[i];
            } else {
                x[i] = centreX + jitterX * side;
                y[i] = centreY + jitterY * side;
            }
        }
        for (int i = 0; i < n; i++) {
            pinned[i] = pinnedIds.contains(ids[i]);
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
        park();
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
        park();
        if (settings.preventOverlap()) {
            // Forces keep nodes apart only on balance; the last step makes sure no two overlap.
            Overlaps.separate(x, y, radius, pinned, OVERLAP_GAP, 200);
        }
    }

    /**
     * Puts the nodes without edges in columns to the right of the others, top to bottom, so they
     * neither float in the middle of the graph nor drift off; they carry no force worth drawing.
     */
    private void park() {
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        double widest = 0;
        boolean any = false;
        for (int i = 0; i < ids.length; i++) {
            if (parked[i]) {
                widest = Math.max(widest, radius[i]);
                any = true;
            } else {
                minY = Math.min(minY, y[i] - radius[i]);
                maxX = Math.max(maxX, x[i] + radius[i]);
                maxY = Math.max(maxY, y[i] + radius[i]);
            }
        }
        if (!any) {
            return;
        }
        if (maxX == Double.NEGATIVE_INFINITY) {
            minY = 0;
            maxX = 0;
            maxY = 60 * Math.sqrt(ids.length) + 100;
        }
        // A small graph still gets a column of some height, not one column per loose node.
        maxY = Math.max(maxY, minY + MIN_COLUMN_HEIGHT);
        double columnX = maxX + PARKING_MARGIN + widest;
        double cursor = minY;
        for (int i = 0; i < ids.length; i++) {
            if (parked[i]) {
                if (cursor + 2 * radius[i] > maxY && cursor > minY) {
                    columnX += 2 * widest + PARKING_MARGIN;
                    cursor = minY;
                }
                x[i] = columnX;
                y[i] = cursor + radius[i];
                cursor += 2 * radius[i] + 2 * OVERLAP_GAP;
            }
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
