package ayni.metrics.graph;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

/** Networks for tests: the published ones from test resources, and small hand-made ones. */
final class Networks {
    private Networks() {}

    static Path resource(String name) {
        try {
            return Path.of(Networks.class.getResource("/networks/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An undirected edge list from the test resources. */
    static Network undirected(String name) {
        try {
            return Network.of(NetworkReader.read(resource(name)), null, null, true);
        } catch (NetworkException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static Graph<String, DefaultWeightedEdge> undirectedGraph(String... edges) {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        add(g, edges);
        return g;
    }

    static Graph<String, DefaultWeightedEdge> directedGraph(String... edges) {
        Graph<String, DefaultWeightedEdge> g = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        add(g, edges);
        return g;
    }

    /** Edges written "a-b" (weight 1) or "a-b:2.5"; a lone "a" adds an isolate. */
    private static void add(Graph<String, DefaultWeightedEdge> g, String... edges) {
        for (String e : edges) {
            String[] wt = e.split(":");
            String[] ab = wt[0].split("-");
            if (ab.length == 1) {
                g.addVertex(ab[0]);
                continue;
            }
            Graphs.addEdgeWithVertices(g, ab[0], ab[1], wt.length > 1 ? Double.parseDouble(wt[1]) : 1);
        }
    }

    /** Hub "h" tied to leaves "l1".."l{leaves}". */
    static Graph<String, DefaultWeightedEdge> star(int leaves) {
        String[] e = new String[leaves];
        for (int i = 0; i < leaves; i++) e[i] = "h-l" + (i + 1);
        return undirectedGraph(e);
    }

    /** Cycle r0 - r1 - ... - r{n-1} - r0. */
    static Graph<String, DefaultWeightedEdge> ring(int n) {
        String[] e = new String[n];
        for (int i = 0; i < n; i++) e[i] = "r" + i + "-r" + (i + 1) % n;
        return undirectedGraph(e);
    }

    /** An Erdős-Rényi G(n, p) graph, undirected or directed, from a seed. */
    static Graph<Integer, DefaultWeightedEdge> random(int n, double p, boolean directed, long seed) {
        Graph<Integer, DefaultWeightedEdge> g = directed ? new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class)
                : new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) g.addVertex(i);
        for (int i = 0; i < n; i++) {
            for (int j = directed ? 0 : i + 1; j < n; j++) if (i != j && r.nextDouble() < p) g.addEdge(i, j);
        }
        return g;
    }

    /** A weighted undirected graph as neighbour and weight arrays, the form {@link Eigenvector} reads. */
    record Weighted(int[][] nb, double[][] w) {}

    /** n nodes without ties, to {@link #link} and then turn into arrays with {@link #arrays}. */
    static java.util.List<java.util.List<double[]>> nodes(int n) {
        java.util.List<java.util.List<double[]>> adj = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) adj.add(new java.util.ArrayList<>());
        return adj;
    }

    /** An undirected tie of weight w between a and b; none for w &lt;= 0. */
    static void link(java.util.List<java.util.List<double[]>> adj, int a, int b, double w) {
        if (w <= 0) return;
        adj.get(a).add(new double[] {b, w});
        adj.get(b).add(new double[] {a, w});
    }

    static Weighted arrays(java.util.List<java.util.List<double[]>> adj) {
        int n = adj.size();
        int[][] nb = new int[n][];
        double[][] w = new double[n][];
        for (int i = 0; i < n; i++) {
            nb[i] = new int[adj.get(i).size()];
            w[i] = new double[adj.get(i).size()];
            for (int j = 0; j < nb[i].length; j++) {
                nb[i][j] = (int) adj.get(i).get(j)[0];
                w[i][j] = adj.get(i).get(j)[1];
            }
        }
        return new Weighted(nb, w);
    }
}
