package ayni.metrics.graph;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The undirected tie graph behind measures defined on mutual ties (eigenvector centrality, clustering, constraint):
 * a tie between i and j whenever either points at the other, weighted a_ij = w_ij + w_ji. For an undirected graph
 * this is a copy with a_ij = w_ij.
 */
final class Symmetrised {
    private Symmetrised() {}

    static <V, E> Graph<V, DefaultWeightedEdge> of(Graph<V, E> g) {
        Graph<V, DefaultWeightedEdge> s = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (V v : g.vertexSet()) s.addVertex(v);
        for (E e : g.edgeSet()) {
            V a = g.getEdgeSource(e), b = g.getEdgeTarget(e);
            if (a.equals(b)) continue;
            DefaultWeightedEdge t = s.getEdge(a, b);
            if (t == null) Graphs.addEdge(s, a, b, g.getEdgeWeight(e));
            else s.setEdgeWeight(t, s.getEdgeWeight(t) + g.getEdgeWeight(e));
        }
        return s;
    }
}
