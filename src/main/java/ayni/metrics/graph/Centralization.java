package ayni.metrics.graph;

import java.util.Collection;

/**
 * Freeman centralization (Freeman 1979): C = sum_i (c* - c_i) / max, where c* is the largest score and max is that
 * sum in the most centralized graph of the same size, a star; so C is 1 for a star and 0 when every node scores the
 * same. The maxima used:
 * <ul>
 *   <li>degree, undirected: (n-1)(n-2);</li>
 *   <li>in- or out-degree, directed: (n-1)^2 (a star with every tie pointing in, or out);</li>
 *   <li>betweenness, undirected: (n-1)^2 (n-2) / 2; directed: (n-1)^2 (n-2) (a star with ties both ways).</li>
 * </ul>
 * NaN when the graph is too small for the maximum to be positive.
 */
public final class Centralization {
    private Centralization() {}

    /** Degree centralization of an undirected graph. */
    public static double degree(Collection<? extends Number> degrees) {
        double n = degrees.size();
        return freeman(degrees, (n - 1) * (n - 2));
    }

    /** In- or out-degree centralization of a directed graph. */
    public static double directedDegree(Collection<? extends Number> degrees) {
        double n = degrees.size();
        return freeman(degrees, (n - 1) * (n - 1));
    }

    /** Betweenness centralization from unnormalised betweenness scores. */
    public static double betweenness(Collection<? extends Number> scores, boolean directed) {
        double n = scores.size();
        return freeman(scores, (n - 1) * (n - 1) * (n - 2) / (directed ? 1 : 2));
    }

    static double freeman(Collection<? extends Number> scores, double max) {
        if (scores.isEmpty() || !(max > 0)) return Double.NaN;
        double top = Double.NEGATIVE_INFINITY, sum = 0;
        for (Number s : scores) top = Math.max(top, s.doubleValue());
        for (Number s : scores) sum += top - s.doubleValue();
        return sum / max;
    }
}
