package ayni.metrics.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Restarted Lanczos against power iteration: the same leading eigenvector and eigenvalue on networks shaped like the
 * national one (a few NGO hubs of similar reach, where power iteration crawls), on a star (bipartite), on two
 * components of different strength, and from a warm start; in far fewer matrix products on the hub network.
 */
class EigenvectorLanczosTest {
    /** hubs NGOs, each SME tied to one to three of them at random, a chain of ties among the hubs. */
    private static Networks.Weighted hubs(int hubs, int smes, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<List<double[]>> adj = Networks.nodes(hubs + smes);
        for (int s = 0; s < smes; s++) {
            int links = 1 + r.nextInt(3);
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (int k = 0; k < links; k++) {
                int h = r.nextInt(hubs); // hubs of similar reach: a small spectral gap
                if (seen.add(h)) Networks.link(adj, Math.min(h, hubs - 1), hubs + s, 0.2 + 0.8 * r.nextDouble());
            }
        }
        for (int h = 1; h < hubs; h++) Networks.link(adj, h - 1, h, 0.5);
        adj.add(new ArrayList<>()); // an isolate
        return Networks.arrays(adj);
    }

    private static void assertSame(Eigenvector.Scores power, Eigenvector.Scores lanczos, double tol) {
        assertTrue(lanczos.converged(), "Lanczos converged");
        assertEquals(power.eigenvalue(), lanczos.eigenvalue(), 1e-8 * Math.max(1, power.eigenvalue()));
        double worst = 0;
        for (int i = 0; i < power.x().length; i++) worst = Math.max(worst, Math.abs(power.x()[i] - lanczos.x()[i]));
        assertTrue(worst < tol, "largest difference " + worst);
    }

    @Test
    void onAHubNetworkLanczosFindsPowerIterationsVectorInFarFewerProducts() {
        Networks.Weighted g = hubs(40, 6_000, 7);
        Eigenvector.Scores power = Eigenvector.of(g.nb(), g.w());
        Eigenvector.Scores lanczos = Eigenvector.lanczos(g.nb(), g.w(), null);
        assertTrue(power.converged());
        assertSame(power, lanczos, 1e-7);
        assertTrue(lanczos.iterations() * 4 < power.iterations(),
                "Lanczos " + lanczos.iterations() + " products, power iteration " + power.iterations());
        assertEquals(0, lanczos.x()[lanczos.x().length - 1], "an isolate scores 0");
        // from the last measurement's vector (a warm start) it converges to the same vector
        Eigenvector.Scores warm = Eigenvector.lanczos(g.nb(), g.w(), lanczos.x());
        assertSame(power, warm, 1e-7);
        assertTrue(warm.iterations() <= lanczos.iterations());
    }

    @Test
    void aStarIsBipartiteAndNeedsNoShift() {
        List<List<double[]>> adj = Networks.nodes(11);
        for (int i = 1; i <= 10; i++) Networks.link(adj, 0, i, 1);
        Networks.Weighted g = Networks.arrays(adj);
        Eigenvector.Scores lanczos = Eigenvector.lanczos(g.nb(), g.w(), null);
        // A star of k leaves: lambda = sqrt(k), the centre 1/sqrt(2), each leaf 1/sqrt(2k)
        assertEquals(Math.sqrt(10), lanczos.eigenvalue(), 1e-9);
        assertEquals(1 / Math.sqrt(2), lanczos.x()[0], 1e-9);
        for (int i = 1; i <= 10; i++) assertEquals(1 / Math.sqrt(20), lanczos.x()[i], 1e-9);
        assertSame(Eigenvector.of(g.nb(), g.w()), lanczos, 1e-8);
    }

    @Test
    void onlyTheStrongerComponentScores() {
        List<List<double[]>> adj = Networks.nodes(9);
        for (int i = 1; i <= 4; i++) Networks.link(adj, 0, i, 1); // a star of 4: lambda 2
        Networks.link(adj, 5, 6, 1); // a triangle plus a pendant: lambda about 2.17
        Networks.link(adj, 6, 7, 1);
        Networks.link(adj, 7, 5, 1);
        Networks.link(adj, 7, 8, 1);
        Networks.Weighted g = Networks.arrays(adj);
        Eigenvector.Scores power = Eigenvector.of(g.nb(), g.w()), lanczos = Eigenvector.lanczos(g.nb(), g.w(), null);
        assertSame(power, lanczos, 1e-6);
        for (int i = 0; i <= 4; i++) assertEquals(0, lanczos.x()[i], 1e-6);
        assertTrue(lanczos.x()[7] > lanczos.x()[5]);
    }
}
