package ayni.metrics.graph;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;

/**
 * Weighted PageRank (Brin and Page 1998), computed by JGraphT: PR_i = (1 - d)/n + d * sum_j PR_j w_ji / s_j^out,
 * with damping d = 0.85; a node with no outgoing ties spreads its score evenly over all nodes. The scores sum to 1.
 * In an undirected graph every tie counts in both directions. A node ranks high when ties point at it from nodes
 * that themselves rank high: in the model's files, funding, knowledge and legitimacy ties point from giver to
 * receiver, so PageRank there finds the well-supplied receivers (read the model's own {@code pagerank} attribute for
 * the dependence view, which reverses them).
 */
public final class PageRankCentrality {
    private PageRankCentrality() {}

    public static final double DAMPING = 0.85;

    public static <V, E> Map<V, Double> of(Graph<V, E> g) {
        if (g.vertexSet().isEmpty()) return Map.of();
        return new PageRank<>(g, DAMPING, 10_000, 1e-12).getScores();
    }
}
