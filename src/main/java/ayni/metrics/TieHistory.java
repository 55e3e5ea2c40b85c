package ayni.metrics;

import ayni.agents.World;
import ayni.agents.WorldState;
import ayni.domain.Layer;
import ayni.network.Tie;
import ayni.network.TieStore;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Records the life of every tie for the dynamic network file. One {@link Edge} per tie (from, to, layer): the steps
 * in which it formed and dissolved, exactly (it listens to the tie store), so a tie that dissolves and forms again is
 * one edge with several spells; and its weight at every recorded month (every {@code interval} months and the last).
 * Memory grows with ties × recordings, so large runs record yearly.
 */
public final class TieHistory implements Steppable, TieStore.Listener {
    private static final long serialVersionUID = 1L;

    /** One tie's spells ([start, end) in steps; end -1 while it lives) and recorded weights. */
    public static final class Edge implements Serializable {
        private static final long serialVersionUID = 1L;
        public final int from, to;
        public final Layer layer;
        private int[] starts = new int[1], ends = new int[1];
        private int spells;
        private int[] months = new int[0];
        private double[] weights = new double[0];
        private int recorded;

        Edge(int from, int to, Layer layer) {
            this.from = from;
            this.to = to;
            this.layer = layer;
        }

        void open(int step) {
            if (spells > 0 && ends[spells - 1] < 0) return; // already alive
            if (spells == starts.length) {
                starts = Arrays.copyOf(starts, spells * 2);
                ends = Arrays.copyOf(ends, spells * 2);
            }
            starts[spells] = step;
            ends[spells++] = -1;
        }

        void close(int step) {
            if (spells == 0 || ends[spells - 1] >= 0) return;
            if (starts[spells - 1] >= step) spells--; // formed and gone within one month: never observed
            else ends[spells - 1] = step;
        }

        void record(int step, double weight) {
            if (recorded == months.length) {
                months = Arrays.copyOf(months, Math.max(4, recorded * 2));
                weights = Arrays.copyOf(weights, months.length);
            }
            months[recorded] = step;
            weights[recorded++] = weight;
        }

        public int spells() { return spells; }
        /** Step the i-th spell began. */
        public int start(int i) { return starts[i]; }
        /** First step the i-th spell was over (-1 while it lives). */
        public int end(int i) { return ends[i]; }
        public int recorded() { return recorded; }
        public int month(int i) { return months[i]; }
        public double weight(int i) { return weights[i]; }
    }

    private final int interval;
    private final int lastStep;
    private final Map<Long, Edge> byKey = new HashMap<>(); // lookup only; output order is the list's
    private final List<Edge> edges = new ArrayList<>();
    private World world;

    /** @param lastStep the run's last step, always recorded */
    public TieHistory(int interval, int lastStep) {
        this.interval = Math.max(1, interval);
        this.lastStep = lastStep;
    }

    private static long key(int from, int to, Layer layer) {
        return ((long) from << 34) | ((long) to << 3) | layer.ordinal();
    }

    private Edge edge(int from, int to, Layer layer) {
        return byKey.computeIfAbsent(key(from, to, layer), k -> {
            Edge e = new Edge(from, to, layer);
            edges.add(e);
            return e;
        });
    }

    @Override
    public void formed(int from, int to, Layer layer, int step) {
        edge(from, to, layer).open(step);
    }

    @Override
    public void dissolved(int from, int to, Layer layer) {
        Edge e = byKey.get(key(from, to, layer));
        if (e != null) e.close(world.step());
    }

    /** Starts listening to a world's ties; the ties it holds already are taken as formed at their start step. */
    public void attach(World w) {
        if (world == w) return;
        world = w;
        for (Tie t : w.ties.all()) formed(t.from(), t.to(), t.layer(), t.startStep());
        w.ties.setListener(this);
    }

    @Override
    public void step(SimState state) {
        World w = ((WorldState) state).world();
        attach(w);
        int step = w.step();
        if (step % interval != 0 && step != lastStep) return;
        for (Tie t : w.ties.all()) edge(t.from(), t.to(), t.layer()).record(step, t.weight());
    }

    /** Every tie seen, in the order each first formed. */
    public List<Edge> edges() {
        return edges;
    }
}
