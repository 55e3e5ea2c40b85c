package ayni.metrics.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jgrapht.Graph;

/**
 * Closeness and harmonic closeness, with shortest paths counted in ties (weights are strengths, not lengths) and, in
 * a directed graph, measured towards the node (how easily the others reach it), as networkx does.
 *
 * <p>Closeness (Bavelas 1950; Freeman 1979) with the Wasserman and Faust (1994) correction for a network in pieces,
 * networkx's {@code closeness_centrality(G, wf_improved=True)}: C(u) = (r - 1) / sum_v d(v, u) x (r - 1) / (n - 1),
 * where the sum runs over the r - 1 other nodes that reach u. The first factor is the reciprocal of the mean
 * distance over those nodes; the second shrinks it when few nodes reach u, so a node in a small piece does not score
 * as high as one at the centre of the whole network. 0 when no node reaches u.
 *
 * <p>Harmonic closeness (Marchiori and Latora 2000; Boldi and Vigna 2014), networkx's {@code harmonic_centrality}:
 * H(u) = sum_{v != u} 1 / d(v, u), an unreached node adding 0, not normalised (divide by n - 1 for a value between 0
 * and 1). It needs no correction for a network in pieces.
 *
 * <p>One breadth-first search from each source v gives d(v, u) for every u. Exact up to
 * {@link Betweenness#EXACT_LIMIT} nodes (every node a source); above it, or when a sample size is asked for, the sums
 * over the other nodes are estimated from k sources drawn at random (Eppstein and Wang 2004): each sum is the sample's
 * sum times (n - 1) / k_u, k_u the sampled sources other than u. Harmonic closeness is then unbiased; closeness, a
 * ratio of two such sums, is a ratio estimate (slightly biased, consistent). Sampling k sources costs k searches
 * instead of n.
 */
public final class Closeness {
    private Closeness() {}

    /**
     * @param closeness closeness by node (an estimate when sampled)
     * @param harmonic  harmonic closeness by node (an estimate when sampled)
     * @param samples   sources sampled, or 0 when computed exactly
     */
    public record Result<V>(Map<V, Double> closeness, Map<V, Double> harmonic, int samples) {}

    /** Exact. */
    public static <V, E> Result<V> of(Graph<V, E> g) {
        return of(g, g.vertexSet().size(), null);
    }

    /**
     * Exact up to {@link Betweenness#EXACT_LIMIT} nodes unless {@code samples} is given; estimated from
     * {@code samples} random sources (default {@link Betweenness#DEFAULT_SAMPLES}) otherwise; exact whenever the
     * sample would hold every node.
     */
    public static <V, E> Result<V> of(Graph<V, E> g, Integer samples, RandomGenerator rng) {
        Adjacency<V> a = Adjacency.of(g);
        int n = a.size();
        int[] sources = Betweenness.sourcesFor(n, samples, rng);
        int k = sources.length;
        boolean[] sampled = new boolean[n];
        for (int s : sources) sampled[s] = true;
        int[] dist = new int[n], queue = new int[n], reach = new int[n];
        long[] total = new long[n];
        double[] harm = new double[n];
        for (int s : sources) {
            int reached = Adjacency.bfs(s, a.out(), dist, queue); // d(s, u) for every u that s reaches
            for (int i = 1; i < reached; i++) {
                int u = queue[i];
                reach[u]++;
                total[u] += dist[u];
                harm[u] += 1.0 / dist[u];
            }
        }
        Map<V, Double> closeness = new LinkedHashMap<>(), harmonic = new LinkedHashMap<>();
        for (int u = 0; u < n; u++) {
            int others = k - (sampled[u] ? 1 : 0); // sampled sources other than u: n - 1 when exact
            // (r-1)/sum x (r-1)/(n-1), with r-1 and the sum each scaled by (n-1)/others: reach/total x reach/others
            double c = total[u] == 0 ? 0 : (double) reach[u] / total[u] * ((double) reach[u] / others);
            closeness.put(a.nodes().get(u), c);
            harmonic.put(a.nodes().get(u), k == n || others == 0 ? harm[u] : harm[u] * (n - 1) / others);
        }
        return new Result<>(closeness, harmonic, k == n ? 0 : k);
    }
}
