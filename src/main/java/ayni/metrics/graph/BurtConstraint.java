package ayni.metrics.graph;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Burt's constraint (Burt 1992, ch. 2): c_i = sum_{j != i} (p_ij + sum_{q != i, j} p_iq p_qj)^2 over i's partners j,
 * with proportional tie strength p_ij = (w_ij + w_ji) / sum_k (w_ik + w_ki), the share of i's ties (both directions)
 * invested in j. A tie to j constrains i when it is strong, or when i's other partners are themselves tied to j, so
 * that i cannot play them off against each other. Ranges from about 1/degree (many partners, none tied to each other:
 * a broker over structural holes) up to above 1 (few partners, all tied together); a single tie gives 1. Undefined
 * (NaN) for an isolate.
 */
public final class BurtConstraint {
    private BurtConstraint() {}

    public static <V, E> Map<V, Double> of(Graph<V, E> g) {
        Graph<V, DefaultWeightedEdge> a = Symmetrised.of(g);
        Map<V, Double> strength = new HashMap<>();
        for (V v : a.vertexSet()) {
            double s = 0;
            for (DefaultWeightedEdge e : a.edgesOf(v)) s += a.getEdgeWeight(e);
            strength.put(v, s);
        }
        Map<V, Double> c = new LinkedHashMap<>();
        for (V i : g.vertexSet()) {
            if (a.degreeOf(i) == 0) {
                c.put(i, Double.NaN);
                continue;
            }
            Map<V, Double> p = new LinkedHashMap<>(); // p_ij, then p_ij + indirect
            for (DefaultWeightedEdge e : a.edgesOf(i)) p.put(Graphs.getOppositeVertex(a, e, i), a.getEdgeWeight(e) / strength.get(i));
            Map<V, Double> indirect = new HashMap<>();
            for (Map.Entry<V, Double> qe : p.entrySet()) {
                V q = qe.getKey();
                double piq = qe.getValue(), sq = strength.get(q);
                // j ranges over partners of both i and q: walk the shorter list
                if (a.degreeOf(q) < p.size()) {
                    for (DefaultWeightedEdge e : a.edgesOf(q)) {
                        V j = Graphs.getOppositeVertex(a, e, q);
                        if (!j.equals(i) && p.containsKey(j)) indirect.merge(j, piq * a.getEdgeWeight(e) / sq, Double::sum);
                    }
                } else {
                    for (V j : p.keySet()) {
                        DefaultWeightedEdge e = j.equals(q) ? null : a.getEdge(q, j);
                        if (e != null) indirect.merge(j, piq * a.getEdgeWeight(e) / sq, Double::sum);
                    }
                }
            }
            double sum = 0;
            for (Map.Entry<V, Double> je : p.entrySet()) {
                double t = je.getValue() + indirect.getOrDefault(je.getKey(), 0.0);
                sum += t * t;
            }
            c.put(i, sum);
        }
        return c;
    }
}
