package ayni.metrics;

import ayni.agents.Actor;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.metrics.graph.Betweenness;
import ayni.metrics.graph.Brokerage;
import ayni.metrics.graph.Eigenvector;
import ayni.network.LongIntMap;
import ayni.network.TieStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Centrality and brokerage on the live network (all layers summed into one weighted tie per ordered pair), shares by
 * kind: betweenness (exact up to {@link Betweenness#EXACT_LIMIT} actors, else estimated from {@link #SAMPLES} random
 * sources drawn from a stream of the run seed, so runs stay reproducible), eigenvector centrality, and switchers
 * (§2.3.3): Gould-Fernandez brokerage acts that connect actors of different discourse clusters (every role but
 * coordinator; clusters are the quadrants of the policy realm, {@code Discourse.cluster}), since switchers connect
 * networks that hold different discourses (§3.4, §8.6.1). Above {@link Betweenness#EXACT_LIMIT} actors a broker with
 * more than {@link #BROKERAGE_PAIRS} in × out pairs is estimated from that many sampled pairs (from a stream of the
 * run seed; {@link Brokerage#of(int[][], int[][], int[], int, java.util.random.RandomGenerator)} states the error).
 * Everything runs on primitive arrays built from the tie store, neighbours in the order their first tie appears,
 * which is the order JGraphT's graph had, so results are unchanged to the last bit. The observer computes these
 * every {@link #INTERVAL} months (or its own interval, if longer).
 */
public final class SwitcherMeasures {
    static final int SAMPLES = 100;
    public static final int INTERVAL = 12;

    private SwitcherMeasures() {}

    /** Brokers with more in × out pairs than this are estimated from a sample of pairs, above the exact limit. */
    static final int BROKERAGE_PAIRS = 10_000;

    /**
     * Puts the shares by kind into {@code r} and returns the eigenvector scores by actor index (0 for actors absent or
     * isolated). Above {@link Betweenness#EXACT_LIMIT} actors the eigenvector is found by restarted Lanczos started
     * from {@code warm}, the scores the last measurement returned (null: none), to the same tolerance as power
     * iteration; at or below it, power iteration starts from the uniform vector, so small scenarios keep their
     * results to the last bit.
     */
    public static double[] measure(World w, Map<String, Double> r, double[] warm) {
        Result res = compute(read(w, warm));
        r.putAll(res.shares());
        return res.scores();
    }

    /**
     * The network as the measures see it, read from the world in one pass and owned by no one else: the measures can
     * run on another thread while the model goes on ({@code StepObserver} does so for a single run).
     */
    public record Input(int actors, int n, int edges, int[] src, int[] dst, double[] weight, int[][] out, int[][] in,
                        int[] cluster, int[] actorOf, int[] kindOf, boolean exact, double[] start,
                        long betweennessSeed, long brokerageSeed) {}

    /** The shares by kind, in column order, and the eigenvector scores by actor index. */
    public record Result(LinkedHashMap<String, Double> shares, double[] scores) {}

    /** The columns' names are these prefixes followed by an actor kind's key. */
    private static final String[] PREFIXES = {"betweenness_", "eigenvector_", "switcher_"};

    /** The column names, in the order {@link #compute} fills them. */
    public static LinkedHashMap<String, Double> columns(double value) {
        LinkedHashMap<String, Double> m = new LinkedHashMap<>();
        for (String prefix : PREFIXES) {
            for (ActorKind k : ActorKind.values()) m.put(prefix + k.key(), value);
        }
        return m;
    }

    /** Reads the graph on arrays (see {@link #measure}); the seeds of the sampled estimates are drawn here. */
    public static Input read(World w, double[] warm) {
        // the graph on arrays: active actors by kind, ties summed over layers per ordered pair, neighbours in the
        // order their first tie appears in the store (the order the measures' sums run in)
        int[] vertex = new int[w.actors().size()];
        java.util.Arrays.fill(vertex, -1);
        int n = 0;
        for (ActorKind k : ActorKind.values()) for (Actor a : w.active(k)) vertex[a.index()] = n++;
        int[] actorOf = new int[n], cluster = new int[n], kindOf = new int[n];
        for (ActorKind k : ActorKind.values()) {
            for (Actor a : w.active(k)) {
                actorOf[vertex[a.index()]] = a.index();
                cluster[vertex[a.index()]] = a.discourse().cluster();
                kindOf[vertex[a.index()]] = k.ordinal();
            }
        }
        TieStore ts = w.ties;
        int m = ts.size();
        LongIntMap pairEdge = new LongIntMap(m);
        int[] src = new int[m], dst = new int[m], outDeg = new int[n], inDeg = new int[n];
        double[] weight = new double[m];
        int edges = 0;
        for (int i = 0; i < m; i++) {
            int s = ts.slotAt(i), f = vertex[ts.from(s)], t = vertex[ts.to(s)];
            if (f < 0 || t < 0) throw new IllegalStateException("a tie touches an actor that is not present: " + ts.tie(s));
            long key = ((long) f << 32 | t) + 1;
            int e = pairEdge.get(key);
            if (e < 0) {
                pairEdge.put(key, edges);
                src[edges] = f;
                dst[edges] = t;
                weight[edges++] = ts.weight(s);
                outDeg[f]++;
                inDeg[t]++;
            } else {
                weight[e] += ts.weight(s);
            }
        }
        int[][] out = new int[n][], in = new int[n][];
        for (int v = 0; v < n; v++) {
            out[v] = new int[outDeg[v]];
            in[v] = new int[inDeg[v]];
        }
        int[] oc = new int[n], ic = new int[n];
        for (int e = 0; e < edges; e++) {
            out[src[e]][oc[src[e]]++] = dst[e];
            in[dst[e]][ic[dst[e]]++] = src[e];
        }
        boolean exact = n <= Betweenness.EXACT_LIMIT;
        double[] start = null;
        if (n > 2 && !exact && warm != null) {
            start = new double[n];
            for (int v = 0; v < n; v++) start[v] = actorOf[v] < warm.length ? warm[actorOf[v]] : 0;
        }
        boolean sampled = n > 2 && !exact;
        long betweennessSeed = sampled ? w.stream("measures:" + w.step()).nextLong() : 0;
        long brokerageSeed = sampled ? w.stream("brokerage:" + w.step()).nextLong() : 0;
        return new Input(w.actors().size(), n, edges, src, dst, weight, out, in, cluster, actorOf, kindOf, exact, start,
                betweennessSeed, brokerageSeed);
    }

    /** Betweenness, eigenvector and brokerage on what {@link #read} took, touching nothing else. */
    public static Result compute(Input g) {
        int n = g.n();
        double[] bet = new double[ActorKind.values().length], eig = bet.clone(), sw = bet.clone();
        double[] scores = new double[g.actors()];
        if (n > 2) {
            boolean exact = g.exact();
            double[] b = Betweenness.of(g.out(), g.in(), true, exact ? n : SAMPLES,
                    exact ? null : new SplittableRandom(g.betweennessSeed()))[0];
            double[] e = undirected(n, g.edges(), g.src(), g.dst(), g.weight(), g.start(), exact).x();
            double[][] br = Brokerage.of(g.out(), g.in(), g.cluster(), exact ? Integer.MAX_VALUE : BROKERAGE_PAIRS,
                    exact ? null : new SplittableRandom(g.brokerageSeed()));
            for (int v = 0; v < n; v++) {
                int k = g.kindOf()[v];
                bet[k] += b[v];
                eig[k] += e[v];
                scores[g.actorOf()[v]] = e[v];
                double acts = 0;
                for (Brokerage.Role role : Brokerage.Role.values()) if (role != Brokerage.Role.COORDINATOR) acts += br[v][role.ordinal()];
                sw[k] += acts;
            }
        }
        LinkedHashMap<String, Double> shares = new LinkedHashMap<>();
        put(shares, "betweenness_", PowerMeasures.shares(bet));
        put(shares, "eigenvector_", PowerMeasures.shares(eig));
        put(shares, "switcher_", PowerMeasures.shares(sw));
        return new Result(shares, scores);
    }

    /**
     * Eigenvector centrality on the undirected graph a_ij = w_ij + w_ji, each vertex's neighbours in the order the
     * pair's first tie appears (as {@code Symmetrised} builds it).
     */
    private static Eigenvector.Scores undirected(int n, int edges, int[] src, int[] dst, double[] weight, double[] start,
                                                 boolean exact) {
        LongIntMap pair = new LongIntMap(edges);
        int[] ua = new int[edges], ub = new int[edges], deg = new int[n];
        double[] uw = new double[edges];
        int u = 0;
        for (int e = 0; e < edges; e++) {
            int a = src[e], b = dst[e];
            long key = ((long) Math.min(a, b) << 32 | Math.max(a, b)) + 1;
            int id = pair.get(key);
            if (id < 0) {
                pair.put(key, u);
                ua[u] = a;
                ub[u] = b;
                uw[u++] = weight[e];
                deg[a]++;
                deg[b]++;
            } else {
                uw[id] += weight[e];
            }
        }
        int[][] nb = new int[n][];
        double[][] w = new double[n][];
        for (int v = 0; v < n; v++) {
            nb[v] = new int[deg[v]];
            w[v] = new double[deg[v]];
        }
        int[] fill = new int[n];
        for (int i = 0; i < u; i++) {
            nb[ua[i]][fill[ua[i]]] = ub[i];
            w[ua[i]][fill[ua[i]]++] = uw[i];
            nb[ub[i]][fill[ub[i]]] = ua[i];
            w[ub[i]][fill[ub[i]]++] = uw[i];
        }
        // power iteration to the last bit within the exact limit; above it restarted Lanczos, which needs tens of
        // matrix products where power iteration on a few hubs of similar reach needs thousands (docs/measures.md)
        return exact ? Eigenvector.of(nb, w, start) : Eigenvector.lanczos(nb, w, start);
    }

    private static void put(Map<String, Double> r, String prefix, double[] byKind) {
        for (ActorKind k : ActorKind.values()) r.put(prefix + k.key(), byKind[k.ordinal()]);
    }
}
