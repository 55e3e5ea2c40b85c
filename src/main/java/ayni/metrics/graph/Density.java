package ayni.metrics.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jgrapht.Graph;

/**
 * Density (Wasserman and Faust 1994, ch. 4): ties present over ties possible, m / (n(n-1)) in a directed graph and
 * 2m / (n(n-1)) in an undirected one. Between groups G and H (a block of the group-by-group density matrix) it is
 * ties from G to H over |G||H|; within G, ties inside G over |G|(|G|-1) (directed) or |G|(|G|-1)/2 (undirected).
 * In an undirected graph the matrix is symmetric. NaN where no tie is possible (a group of one, within itself).
 */
public final class Density {
    private Density() {}

    public static <V, E> double of(Graph<V, E> g) {
        double n = g.vertexSet().size(), m = g.edgeSet().size();
        return ratio(g.getType().isDirected() ? m : 2 * m, n * (n - 1));
    }

    /** One block of the density matrix: ties from one group to another (or within one) and the possible number. */
    public record Block(String from, String to, long ties, double possible) {
        public double density() {
            return ratio(ties, possible);
        }
    }

    /** Every ordered pair of groups (groups in alphabetical order), including each group with itself. */
    public static <V, E> List<Block> byGroup(Graph<V, E> g, Map<V, String> group) {
        boolean directed = g.getType().isDirected();
        Map<String, Long> size = new TreeMap<>();
        for (V v : g.vertexSet()) size.merge(group.get(v), 1L, Long::sum);
        Map<String, Map<String, Long>> ties = new TreeMap<>();
        for (E e : g.edgeSet()) {
            String a = group.get(g.getEdgeSource(e)), b = group.get(g.getEdgeTarget(e));
            ties.computeIfAbsent(a, k -> new TreeMap<>()).merge(b, 1L, Long::sum);
            if (!directed && !a.equals(b)) ties.computeIfAbsent(b, k -> new TreeMap<>()).merge(a, 1L, Long::sum);
        }
        List<Block> blocks = new ArrayList<>();
        for (Map.Entry<String, Long> from : size.entrySet()) {
            for (Map.Entry<String, Long> to : size.entrySet()) {
                long t = ties.getOrDefault(from.getKey(), Map.of()).getOrDefault(to.getKey(), 0L);
                double a = from.getValue(), b = to.getValue();
                double possible = !from.getKey().equals(to.getKey()) ? a * b : directed ? a * (a - 1) : a * (a - 1) / 2;
                blocks.add(new Block(from.getKey(), to.getKey(), t, possible));
            }
        }
        return blocks;
    }

    private static double ratio(double ties, double possible) {
        return possible > 0 ? ties / possible : Double.NaN;
    }
}
