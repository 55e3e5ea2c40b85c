package ayni.metrics;

import ayni.agents.Actor;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.domain.Layer;
import ayni.network.Tie;
import java.util.Arrays;
import java.util.List;
import ayni.network.TieStore;

/**
 * PageRank on the combined dependence network: every tie is read as "the receiver of a resource depends on its giver"
 * (funding, knowledge and legitimacy ties point from giver to receiver, so the dependence edge is reversed; a market
 * tie points from the selling SME to the buyer, who gives it market access, so it is kept). An actor many others
 * depend on, who are themselves depended on, ranks high (Brin and Page 1998). Weights are tie weights summed over
 * layers. Runs over the tie store directly (no graph is rebuilt) and starts from the previous step's scores, so a
 * step usually needs few iterations.
 */
public final class DependencePageRank implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final double tolerance;
    private final int maxIterations;
    /** The last scores, this computation's warm start; volatile since successive computations may run on different threads. */
    private volatile double[] previous = new double[0];
    private int lastIterations;

    public DependencePageRank(double tolerance, int maxIterations) {
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    public DependencePageRank() {
        this(1e-10, 200);
    }

    /** Dependent end of a tie: who receives the resource it carries. */
    public static int dependent(Tie t) {
        return t.layer() == Layer.MARKET ? t.from() : t.to();
    }

    /** The other end: who gives it. */
    public static int provider(Tie t) {
        return t.layer() == Layer.MARKET ? t.to() : t.from();
    }

    /** {@link #dependent(Tie)} of the tie in a slot. */
    public static int dependent(TieStore ts, int slot) {
        return ts.layer(slot) == Layer.MARKET ? ts.from(slot) : ts.to(slot);
    }

    /** {@link #provider(Tie)} of the tie in a slot. */
    public static int provider(TieStore ts, int slot) {
        return ts.layer(slot) == Layer.MARKET ? ts.to(slot) : ts.from(slot);
    }

    /**
     * The network as PageRank reads it: which actors are active, and the ties as three primitive columns in store
     * order with each dependent's out-strength (the sums run in the same order every time).
     */
    public record Input(boolean[] on, int active, int[] dep, int[] prov, double[] wt, double[] outStrength) {
        /** PageRank's view of a copy: its dependent, provider and weight columns as they are (no second copy). */
        public static Input of(NetworkCopy c) {
            int[] dep = c.dep(), prov = c.prov();
            double[] wt = c.weight(), outStrength = new double[c.actors()];
            if (c.active() > 0) for (int i = 0; i < dep.length; i++) outStrength[dep[i]] += wt[i];
            return new Input(c.on(), c.active(), dep, prov, wt, outStrength);
        }
    }

    /** Scores indexed by actor index (0 for inactive actors); they sum to 1 over active actors. */
    public double[] compute(World w, double damping) {
        return compute(Input.of(NetworkCopy.of(w)), damping);
    }

    /**
     * The same from a copy of the network ({@link NetworkCopy}); the warm start is the last computation's result, so
     * copies must be computed in the order they were taken.
     */
    public double[] compute(Input in, double damping) {
        boolean[] on = in.on();
        int n = on.length, active = in.active();
        double[] pr = new double[n];
        if (active == 0) return pr;
        int[] dep = in.dep(), prov = in.prov();
        double[] wt = in.wt(), outStrength = in.outStrength();
        int m = dep.length;
        // warm start from last step's scores, renormalised over today's active actors
        double sum = 0;
        for (int i = 0; i < n; i++) {
            pr[i] = on[i] ? (i < previous.length && previous[i] > 0 ? previous[i] : 1.0 / active) : 0;
            sum += pr[i];
        }
        for (int i = 0; i < n; i++) pr[i] /= sum;
        double[] next = new double[n];
        int it = 0;
        for (; it < maxIterations; it++) {
            double dangling = 0;
            for (int i = 0; i < n; i++) if (on[i] && outStrength[i] == 0) dangling += pr[i];
            double base = (1.0 - damping) / active + damping * dangling / active;
            for (int i = 0; i < n; i++) next[i] = on[i] ? base : 0;
            for (int i = 0; i < m; i++) {
                int from = dep[i];
                next[prov[i]] += damping * pr[from] * wt[i] / outStrength[from];
            }
            double diff = 0;
            for (int i = 0; i < n; i++) diff += Math.abs(next[i] - pr[i]);
            double[] tmp = pr;
            pr = next;
            next = tmp;
            if (diff < tolerance) { it++; break; }
        }
        lastIterations = it;
        previous = Arrays.copyOf(pr, n);
        return pr;
    }

    public int lastIterations() {
        return lastIterations;
    }

    /** Share of total PageRank held by each actor kind. */
    public static double[] byKind(World w, double[] pr) {
        return ActorGroups.of(w).byKind(pr);
    }
}
