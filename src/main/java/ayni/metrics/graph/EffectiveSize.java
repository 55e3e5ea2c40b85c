package ayni.metrics.graph;

import java.util.HashMap;
import java.util.LinkedHashMap;
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
        Map<V, Double> sum = new HashMap<>(), max = new HashMap<>();
        for (V v : a.vertexSet()) {
            double s = 0, m = 0;
            for (DefaultWeightedEdge e : a.edgesOf(v)) {
                s += a.getEdgeWeight(e);
                m = Math.max(m, a.getEdgeWeight(e));
            }
            sum.put(v, s);
            max.put(v, m);
        }
        Map<V, Double> size = new LinkedHashMap<>();
        for (V i : g.vertexSet()) {
            int k = a.degreeOf(i);
            if (k == 0) {
                size.put(i, Double.NaN);
                continue;
            }
            double redundancy = 0; // sum over partners j and q of p_iq m_jq, for q tied to j
            for (DefaultWeightedEdge iq : a.edgesOf(i)) {
                V q = Graphs.getOppositeVertex(a, iq, i);
                double piq = a.getEdgeWeight(iq) / sum.get(i);
                for (DefaultWeightedEdge qj : a.edgesOf(q)) {
                    V j = Graphs.getOppositeVertex(a, qj, q);
                    if (!j.equals(i) && a.containsEdge(i, j)) redundancy += piq * a.getEdgeWeight(qj) / max.get(j);
                }
            }
            size.put(i, k - redundancy);
        }
        return size;
    }
}
