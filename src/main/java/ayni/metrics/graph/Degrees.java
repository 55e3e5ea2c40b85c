package ayni.metrics.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;

/**
 * Degree and strength (Freeman 1979; strength: Barrat et al. 2004). In a directed graph the in-degree of i is the
 * number of ties pointing at i, the out-degree the number leaving it, and the degree their sum; strength is the same
 * with tie weights summed instead of ties counted: s_i^in = sum_j w_ji, s_i^out = sum_j w_ij, s_i = s_i^in + s_i^out.
 * In an undirected graph in, out and total are all the number (or summed weight) of i's ties.
 */
public final class Degrees {
    private Degrees() {}

    public record Degree(int in, int out, int total, double inStrength, double outStrength, double strength) {}

    public static <V, E> Map<V, Degree> of(Graph<V, E> g) {
        boolean directed = g.getType().isDirected();
        Map<V, Degree> m = new LinkedHashMap<>();
        for (V v : g.vertexSet()) {
            if (directed) {
                double in = 0, out = 0;
                for (E e : g.incomingEdgesOf(v)) in += g.getEdgeWeight(e);
                for (E e : g.outgoingEdgesOf(v)) out += g.getEdgeWeight(e);
                int di = g.inDegreeOf(v), dout = g.outDegreeOf(v);
                m.put(v, new Degree(di, dout, di + dout, in, out, in + out));
            } else {
                double s = 0;
                for (E e : g.edgesOf(v)) s += g.getEdgeWeight(e);
                int d = g.degreeOf(v);
                m.put(v, new Degree(d, d, d, s, s, s));
            }
        }
        return m;
    }
}
