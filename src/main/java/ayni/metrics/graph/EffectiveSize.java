package ayni.metrics.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Burt's effective size (Burt 1992, ch. 2): the number of an actor's partners less their redundancy,
 * e_i = sum_j (1 - sum_{q != i, j} p_iq m_jq) over i's partners j, with p_iq = a_iq / sum_k a_ik the share of i's ties
 * invested in q and m_jq = a_jq / max_k a_jk the strength of j's tie to q relative to j's strongest tie, on mutual
 * weights a_ij = w_ij + w_ji (both directions, as for {@link BurtConstraint}). With equal weights and no direction it
 * is Borgatti's (1997) n - 2t/n, t the ties among the n partners: k_i when no two partners are tied (every tie reaches
 * somewhere new), down to 1 when all are tied to each other. As networkx's {@code effective_size(G, weight)}, except
 * that networkx leaves it undefined (NaN) for a node of a directed graph without outgoing ties; here it is defined for
 * every node with a tie in either direction, as the formula is. NaN for an isolate.
 */
public final class EffectiveSize {
    private EffectiveSize() {}

    public static <V, E> Map<V, Double> of(Graph<V, E> g) {
        Graph<V, DefaultWeightedEdge> a = Symmetrised.of(g);
        // each vertex's partners and mutual weights read once into arrays, in the graph's own edge order, so that
        // every sum runs in the same order as over the graph; a mark per partner replaces the edge look-ups
        List<V> vertices = new ArrayList<>(a.vertexSet());
        Map<V, Integer> index = new HashMap<>();
        for (int i = 0; i < vertices.size(); i++) index.put(vertices.get(i), i);
        int n = vertices.size();
        int[][] partner = new int[n][];
        double[][] weight = new double[n][];
        double[] sum = new double[n], max = new double[n];
        for (int i = 0; i < n; i++) {
            V v = vertices.get(i);
            java.util.Set<DefaultWeightedEdge> edges = a.edgesOf(v);
            partner[i] = new int[edges.size()];
            weight[i] = new double[edges.size()];
            int k = 0;
            double s = 0, m = 0;
            for (DefaultWeightedEdge e : edges) {
                double x = a.getEdgeWeight(e);
                partner[i][k] = index.get(Graphs.getOppositeVertex(a, e, v));
                weight[i][k++] = x;
                s += x;
                m = Math.max(m, x);
            }
            sum[i] = s;
            max[i] = m;
        }
        int[] partnerOf = new int[n];
        java.util.Arrays.fill(partnerOf, -1);
        Map<V, Double> size = new LinkedHashMap<>();
        for (V v : g.vertexSet()) {
            int i = index.get(v), k = partner[i].length;
            if (k == 0) {
                size.put(v, Double.NaN);
                continue;
            }
            for (int q : partner[i]) partnerOf[q] = i;
            double redundancy = 0; // sum over partners j and q of p_iq m_jq, for q tied to j
            for (int x = 0; x < k; x++) {
                int q = partner[i][x];
                double piq = weight[i][x] / sum[i];
                for (int y = 0; y < partner[q].length; y++) {
                    int j = partner[q][y];
                    if (j != i && partnerOf[j] == i) redundancy += piq * weight[q][y] / max[j];
                }
            }
            size.put(v, k - redundancy);
        }
        return size;
    }
}
