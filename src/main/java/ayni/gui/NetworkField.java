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
    static final double STRETCH = 1.12;
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
    private volatile java.util.Set<Integer> labelled = java.util.Set.of();
    private volatile java.util.Set<Integer> labelledLeft = java.util.Set.of();
    /** Most actors labelled at once: the most powerful named ones whose labels do not collide. */
    static final int MAX_LABELS = 18;
    /** Label glyph size in field units at the display's scale 1 (a 10-point font over 600 pixels for SIZE units). */
    static final double CHAR_WIDTH = 10.5, LINE_HEIGHT = 22;
    /** Room kept free at the right edge, in field units: the display clips a little inside the field. */
    static final double EDGE = 60;

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

    /** Whether an actor's name is drawn to the left of its disc (near the right edge). */
    boolean labelLeft(ActorNode n) {
        return labelledLeft.contains(n.actor().index());
    }

    /** Whether an actor's name is drawn. */
    boolean labelled(ActorNode n) {
        return labelled.contains(n.actor().index());
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

    /**
     * The actors that matter, labelled by name: the named (not SME, not named by a raw id) actors with the largest power
     * shares, most powerful first, each kept only if its label's box clears the rings' names and every label and
     * labelled disc kept before.
     */
    private void chooseLabels() {
        List<ActorNode> named = new ArrayList<>();
        for (Object o : nodes.getAllObjects()) {
            ActorNode n = (ActorNode) o;
            Actor a = n.actor();
            if (a.kind() == ActorKind.SME || a.name() == null || a.name().isBlank() || a.name().equals(a.id())) continue;
            named.add(n);
        }
        named.sort(java.util.Comparator.comparingDouble(ActorNode::share).reversed()
                .thenComparing(n -> n.actor().id()));
        List<java.awt.geom.Rectangle2D> taken = new ArrayList<>();
        for (RingGuides.Guide g : RingGuides.guides()) taken.add(g.labelBox()); // names never cover a ring's name
        java.util.Set<Integer> out = new java.util.HashSet<>(), left = new java.util.HashSet<>();
        for (ActorNode n : named) {
            if (out.size() >= MAX_LABELS) break;
            NodeStyle st = n.style(maxShare);
            Double2D p = nodes.getObjectLocation(n);
            double r = st.diameter() / 2;
            java.awt.geom.Rectangle2D disc = new java.awt.geom.Rectangle2D.Double(p.x - r, p.y - r, 2 * r, 2 * r);
            java.awt.geom.Rectangle2D text = labelBox(p, r, st.label(), false);
            boolean onLeft = text.getMaxX() > SIZE - EDGE;
            if (onLeft) text = labelBox(p, r, st.label(), true);
            boolean clear = true;
            for (java.awt.geom.Rectangle2D t : taken) clear &= !t.intersects(text) && !t.intersects(disc);
            if (!clear) continue;
            taken.add(text);
            taken.add(disc);
            out.add(n.actor().index());
            if (onLeft) left.add(n.actor().index());
        }
        labelled = java.util.Set.copyOf(out);
        labelledLeft = java.util.Set.copyOf(left);
    }

    /** Where a label goes, in field units: right of the disc, or left of it near the right edge. */
    static java.awt.geom.Rectangle2D labelBox(Double2D p, double r, String label, boolean left) {
        double w = label.length() * CHAR_WIDTH;
        return new java.awt.geom.Rectangle2D.Double(left ? p.x - r - 2 - w : p.x + r + 2, p.y - LINE_HEIGHT / 2, w, LINE_HEIGHT);
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
        chooseLabels();
        edgeCache.keySet().removeIf(t -> !t.alive());
        for (Tie t : world.ties.all()) {
            TieEdge e = edgeCache.computeIfAbsent(t, x -> new TieEdge(x, world));
            ties.addEdge(node(world.actor(t.from())), node(world.actor(t.to())), e);
        }
    }
}
