package ayni.metrics.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.ClusteringCoefficient;

/**
 * Clustering (Watts and Strogatz 1998), computed by JGraphT on the undirected tie graph (directions and weights
 * ignored): the local coefficient C_i = t_i / (k_i (k_i - 1) / 2) is the share of pairs of i's partners that are tied
 * to each other (0 when i has fewer than two); transitivity is 3 x triangles / connected triples (the global
 * coefficient); the average is the mean of C_i over all nodes.
 */
public final class Clustering {
    private Clustering() {}

    public record Result<V>(Map<V, Double> local, double transitivity, double average) {}

    public static <V, E> Result<V> of(Graph<V, E> g) {
        ClusteringCoefficient<V, ?> c = new ClusteringCoefficient<>(Symmetrised.of(g));
        Map<V, Double> local = new LinkedHashMap<>();
        for (V v : g.vertexSet()) local.put(v, c.getVertexScore(v));
        if (g.vertexSet().isEmpty()) return new Result<>(local, Double.NaN, Double.NaN);
        return new Result<>(local, c.getGlobalClusteringCoefficient(), c.getAverageClusteringCoefficient());
    }
}
