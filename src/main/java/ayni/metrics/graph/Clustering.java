package ayni.metrics.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;

/**
 * Clustering (Watts and Strogatz 1998) on the undirected tie graph (directions and weights ignored), from triangles
 * counted here: the local coefficient C_i = t_i / (k_i (k_i - 1) / 2) is the share of pairs of i's partners that are
 * tied to each other (0 when i has fewer than two); transitivity is 3 x triangles / connected triples =
 * sum_i t_i / sum_i k_i (k_i - 1) / 2 (Newman 2003); the average is the mean of C_i over all nodes. As networkx's
 * {@code clustering}, {@code transitivity} and {@code average_clustering}. JGraphT 1.5.3's global coefficient is not
 * used: its triangle count changes with the order of the nodes in the file.
 */
public final class Clustering {
    private Clustering() {}

    /**
     * @param local        C_i by node
     * @param transitivity 3 x triangles / connected triples (0 without a triangle, NaN for an empty graph)
     * @param average      mean of C_i (NaN for an empty graph)
     * @param triangles    triangles in the graph
     */
    public record Result<V>(Map<V, Double> local, double transitivity, double average, long triangles) {}

    public static <V, E> Result<V> of(Graph<V, E> g) {
        Adjacency<V> a = Adjacency.of(Symmetrised.of(g));
        int n = a.size();
        int[][] nb = a.out();
        boolean[] partner = new boolean[n];
        Map<V, Double> local = new LinkedHashMap<>();
        long closed = 0, triples = 0; // sum of t_i (each triangle three times) and of k_i (k_i - 1) / 2
        double sumLocal = 0;
        for (int i = 0; i < n; i++) {
            for (int j : nb[i]) partner[j] = true;
            long links = 0; // ties among i's partners, each seen from both ends
            for (int j : nb[i]) for (int q : nb[j]) if (partner[q]) links++;
            for (int j : nb[i]) partner[j] = false;
            long k = nb[i].length, t = links / 2, pairs = k * (k - 1) / 2;
            double c = pairs == 0 ? 0 : (double) t / pairs;
            local.put(a.nodes().get(i), c);
            sumLocal += c;
            closed += t;
            triples += pairs;
        }
        // as networkx: 0 without a triangle (even without a connected triple), undefined only for an empty graph
        double transitivity = n == 0 ? Double.NaN : closed == 0 ? 0 : (double) closed / triples;
        return new Result<>(local, transitivity, n == 0 ? Double.NaN : sumLocal / n, closed / 3);
    }
}
