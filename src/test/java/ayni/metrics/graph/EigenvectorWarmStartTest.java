package ayni.metrics.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The warm start of the eigenvector's power iteration (used for networks above the exact limit): started from the
 * last measurement of a slightly changed network it reaches the same vector in fewer iterations; a component the guess
 * does not reach still wins when it leads.
 */
class EigenvectorWarmStartTest {

    /** An undirected weighted graph of n nodes: a ring (connected, not bipartite for odd n) plus random chords. */
    private static Networks.Weighted graph(int n, int chords, long seed, double bump) {
        SplittableRandom r = new SplittableRandom(seed);
        List<List<double[]>> adj = Networks.nodes(n);
        for (int i = 0; i < n; i++) Networks.link(adj, i, (i + 1) % n, 0.2 + 0.8 * r.nextDouble());
        for (int c = 0; c < chords; c++) {
            int a = r.nextInt(n), b = r.nextInt(n);
            if (a != b) Networks.link(adj, a, b, 0.2 + 0.8 * r.nextDouble());
        }
        Networks.link(adj, 0, n / 2, bump); // the change between two measurements
        return Networks.arrays(adj);
    }

    @Test
    void aWarmStartReachesTheSameVectorInFewerIterations() {
        Networks.Weighted before = graph(501, 800, 3, 0), after = graph(501, 800, 3, 0.3);
        Eigenvector.Scores last = Eigenvector.of(before.nb(), before.w());
        Eigenvector.Scores cold = Eigenvector.of(after.nb(), after.w());
        Eigenvector.Scores warm = Eigenvector.of(after.nb(), after.w(), last.x());
        assertTrue(cold.converged() && warm.converged());
        assertTrue(warm.iterations() < 0.8 * cold.iterations(),
                "warm " + warm.iterations() + " iterations, cold " + cold.iterations());
        for (int i = 0; i < cold.x().length; i++) assertEquals(cold.x()[i], warm.x()[i], 1e-9);
        assertEquals(cold.eigenvalue(), warm.eigenvalue(), 1e-9);
    }

    @Test
    void aComponentTheGuessMissesStillLeads() {
        // a weak pair (0-1) and a strong triangle (2-3-4); the guess knows only the pair
        int[][] nb = {{1}, {0}, {3, 4}, {2, 4}, {2, 3}};
        double[][] w = {{0.1}, {0.1}, {1, 1}, {1, 1}, {1, 1}};
        Eigenvector.Scores warm = Eigenvector.of(nb, w, new double[] {0.7, 0.7, 0, 0, 0});
        Eigenvector.Scores cold = Eigenvector.of(nb, w);
        for (int i = 0; i < 5; i++) assertEquals(cold.x()[i], warm.x()[i], 1e-9);
        assertEquals(1 / Math.sqrt(3), warm.x()[2], 1e-9);
    }
}
