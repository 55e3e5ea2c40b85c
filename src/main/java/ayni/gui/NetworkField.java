package ayni.gui;

import ayni.agents.Actor;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.network.Tie;
import ayni.style.RingLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Double2D;

/**
 * The MASON fields the display draws, copied from the world at each redraw: a {@link Continuous2D} holding an
 * {@link ActorNode} per present actor at its place on the rings, and a {@link Network} with a {@link TieEdge} per
 * live tie. The layout covers every actor ever registered (present or not), so an actor keeps its place while others
 * come and go; it is recomputed only when new actors are registered.
 */
public final class NetworkField {
    /** Side of the square field, in field units (the batch picture's pixels). */
    public static final double SIZE = 1100;
    private static final double STRETCH = 1.12;
    /** Kinds in drawing order: SMEs first, so the few named actors are drawn on top. */
    private static final ActorKind[] DRAW_ORDER = {ActorKind.SME, ActorKind.NGO, ActorKind.PLATFORM, ActorKind.COMPANY,
            ActorKind.GOVERNMENT, ActorKind.DONOR};

    final Continuous2D nodes = new Continuous2D(SIZE / 20, SIZE, SIZE);
    final Network ties = new Network(true);
    private World world;
    private Map<Integer, double[]> layout = Map.of();
    private int laidOut = -1;
    private final Map<Integer, ActorNode> nodeCache = new HashMap<>();
    private final Map<Tie, TieEdge> edgeCache = new HashMap<>(); // handles on one tie are equal
    private volatile double maxShare;

    /** Forgets everything drawn for an earlier run. */
    void reset(World w) {
        world = w;
        laidOut = -1;
        nodeCache.clear();
        edgeCache.clear();
        nodes.clear();
        ties.clear();
        maxShare = 0;
    }

    /** Largest power share among the actors drawn (node sizes are relative to it). */
    double maxShare() { return maxShare; }

    ActorNode node(Actor a) {
        return nodeCache.computeIfAbsent(a.index(), i -> new ActorNode(a, world));
    }

    /** Position of an actor in field units, or null if it has none yet. */
    Double2D position(Actor a) {
        double[] p = layout.get(a.index());
        // the rings leave a wide margin for the batch picture's legend; the display has its legend above, so use more room
        return p == null ? null : new Double2D((0.5 + (p[0] - 0.5) * STRETCH) * SIZE, (0.5 + (p[1] - 0.5) * STRETCH) * SIZE);
    }

    /** Copies the present actors and live ties into the fields. Call from the model thread (between steps). */
    void update(double[] pagerank) {
        if (world == null) return;
        List<Actor> all = world.actors();
        if (all.size() != laidOut) {
            List<RingLayout.Item> items = new ArrayList<>(all.size());
            for (Actor a : all) {
                items.add(new RingLayout.Item(a.index(), a.id(), a.kind(), a.domain() == null ? "" : a.domain().key()));
            }
            layout = RingLayout.place(items);
            laidOut = all.size();
        }
        nodes.clear();
        ties.clear();
        double max = 0;
        for (ActorKind k : DRAW_ORDER) {
            for (Actor a : world.active(k)) {
                ActorNode n = node(a);
                double share = a.index() < pagerank.length ? pagerank[a.index()] : 0;
                n.setShare(share);
                max = Math.max(max, share);
                nodes.setObjectLocation(n, position(a));
                ties.addNode(n);
            }
        }
        maxShare = max;
        edgeCache.keySet().removeIf(t -> !t.alive());
        for (Tie t : world.ties.all()) {
            TieEdge e = edgeCache.computeIfAbsent(t, x -> new TieEdge(x, world));
            ties.addEdge(node(world.actor(t.from())), node(world.actor(t.to())), e);
        }
    }
}
