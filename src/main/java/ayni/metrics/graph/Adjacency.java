package ayni.metrics.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * A graph's ties as arrays of node indices (nodes numbered in the graph's vertex order), for the measures that walk
 * every node's neighbours many times (shortest paths, triangles): arrays are many times faster than JGraphT's maps.
 *
 * @param nodes the vertices, index i holding node i
 * @param out   out[i]: the nodes i points at (every partner when undirected)
 * @param in    in[i]: the nodes pointing at i (every partner when undirected)
 */
record Adjacency<V>(List<V> nodes, int[][] out, int[][] in) {

    static <V, E> Adjacency<V> of(Graph<V, E> g) {
        List<V> vs = new ArrayList<>(g.vertexSet());
        int n = vs.size();
        Map<V, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) index.put(vs.get(i), i);
        int[][] out = new int[n][], in = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = Graphs.successorListOf(g, vs.get(i)).stream().mapToInt(index::get).toArray();
            in[i] = Graphs.predecessorListOf(g, vs.get(i)).stream().mapToInt(index::get).toArray();
        }
        return new Adjacency<>(List.copyOf(vs), out, in);
    }

    int size() {
        return nodes.size();
    }

    /**
     * Breadth-first search from s along the given ties (out for distances from s, in for distances to s): fills
     * dist (-1 where s is not reached) and queue (the reached nodes in order of distance) and returns how many were
     * reached, s included.
     */
    static int bfs(int s, int[][] ties, int[] dist, int[] queue) {
        java.util.Arrays.fill(dist, -1);
        dist[s] = 0;
        int head = 0, tail = 0;
        queue[tail++] = s;
        while (head < tail) {
            int v = queue[head++];
            for (int w : ties[v]) {
                if (dist[w] < 0) {
                    dist[w] = dist[v] + 1;
                    queue[tail++] = w;
                }
            }
        }
        return tail;
    }
}
