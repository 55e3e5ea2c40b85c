package ayni.metrics.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.junit.jupiter.api.Test;

class BrokerageArraysTest {

    /** A random directed graph as JGraphT graph and as arrays, with three groups. */
    private static Object[] random(int n, int m, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Graph<Integer, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
        for (int i = 0; i < n; i++) g.addVertex(i);
        while (g.edgeSet().size() < m) {
            int a = r.nextInt(n), b = r.nextInt(n);
            if (a != b) g.addEdge(a, b);
        }
        int[][] out = new int[n][], in = new int[n][];
        int[] group = new int[n];
        Map<Integer, String> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            out[i] = org.jgrapht.Graphs.successorListOf(g, i).stream().mapToInt(x -> x).toArray();
            in[i] = org.jgrapht.Graphs.predecessorListOf(g, i).stream().mapToInt(x -> x).toArray();
            group[i] = i % 3;
            groups.put(i, Integer.toString(i % 3));
        }
        return new Object[] {g, out, in, group, groups};
    }

    @Test
    @SuppressWarnings("unchecked")
    void theArraysGiveTheGraphCountsExactly() {
        Object[] x = random(60, 400, 1);
        Map<Integer, Brokerage.Counts> byGraph = Brokerage.of((Graph<Integer, DefaultEdge>) x[0], (Map<Integer, String>) x[4]);
        double[][] byArrays = Brokerage.of((int[][]) x[1], (int[][]) x[2], (int[]) x[3], Integer.MAX_VALUE, null);
        for (int v = 0; v < 60; v++) {
            for (Brokerage.Role r : Brokerage.Role.values()) assertEquals(byGraph.get(v).get(r), byArrays[v][r.ordinal()], 0.0);
        }
    }

    @Test
    void aBrokerWithMorePairsThanTheLimitIsEstimatedWithinItsStatedError() {
        // one broker (node 0, group 0) between 400 sources and 400 targets of mixed groups, a few direct ties
        int n = 801;
        int[][] out = new int[n][], in = new int[n][];
        int[] group = new int[n];
        java.util.List<java.util.List<Integer>> o = new java.util.ArrayList<>(), i = new java.util.ArrayList<>();
        for (int v = 0; v < n; v++) {
            o.add(new java.util.ArrayList<>());
            i.add(new java.util.ArrayList<>());
            group[v] = v % 3;
        }
        for (int a = 1; a <= 400; a++) { o.get(a).add(0); i.get(0).add(a); }
        for (int c = 401; c <= 800; c++) { o.get(0).add(c); i.get(c).add(0); }
        for (int a = 1; a <= 400; a += 7) { o.get(a).add(400 + a); i.get(400 + a).add(a); }
        for (int v = 0; v < n; v++) {
            out[v] = o.get(v).stream().mapToInt(x -> x).toArray();
            in[v] = i.get(v).stream().mapToInt(x -> x).toArray();
        }
        double[] exact = Brokerage.of(out, in, group, Integer.MAX_VALUE, null)[0];
        double[] est = Brokerage.of(out, in, group, 10_000, new SplittableRandom(5))[0];
        double pairs = 400.0 * 400;
        for (Brokerage.Role r : Brokerage.Role.values()) {
            double p = exact[r.ordinal()] / pairs, se = pairs * Math.sqrt(p * (1 - p) / 10_000);
            assertTrue(Math.abs(est[r.ordinal()] - exact[r.ordinal()]) <= 4 * se + 1e-9,
                    r + ": " + est[r.ordinal()] + " vs " + exact[r.ordinal()] + " (se " + se + ")");
        }
        double total = 0;
        for (double v : exact) total += v;
        assertTrue(total > 0 && total < pairs, "direct ties are no brokerage");
    }
}
