package ayni.metrics.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.EigenvectorCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

/**
 * The measures on two networks whose values are published: Padgett's Florentine marriage network (16 families, 20
 * ties) and Zachary's karate club (34 members, 78 ties). Values marked networkx were computed with networkx 3.6,
 * whose betweenness, eigenvector and PageRank values for these networks are the ones its documentation and many
 * textbooks print; the others are worked out in the comments.
 */
class PublishedNetworksTest {
    static final Network FLORENCE = Networks.undirected("florentine-marriage.csv");
    static final Network KARATE = Networks.undirected("karate.csv");
    static final double EPS = 1e-9;

    @Test
    void theEdgeListsHoldThePublishedNumbersOfNodesAndTies() {
        assertEquals(16, FLORENCE.graph().vertexSet().size());
        assertEquals(20, FLORENCE.graph().edgeSet().size());
        assertEquals(0, FLORENCE.graph().degreeOf("Pucci"));
        assertEquals(34, KARATE.graph().vertexSet().size());
        assertEquals(78, KARATE.graph().edgeSet().size());
        // Zachary's degree sequence, members 1..34
        int[] degrees = {16, 9, 10, 6, 3, 4, 4, 4, 5, 2, 3, 1, 2, 5, 2, 2, 2, 2, 2, 3, 2, 2, 2, 5, 3, 3, 2, 4, 3, 4, 4, 6, 12, 17};
        for (int i = 0; i < 34; i++) assertEquals(degrees[i], KARATE.graph().degreeOf(String.valueOf(i + 1)), "member " + (i + 1));
    }

    @Test
    void florentineBetweennessIsThePublishedOne() {
        Map<String, Double> b = Betweenness.exact(FLORENCE.graph()).score();
        assertEquals(47.5, b.get("Medici"), EPS);
        assertEquals(23.0 + 1.0 / 6, b.get("Guadagni"), EPS);
        assertEquals(19.0 + 1.0 / 3, b.get("Albizzi"), EPS);
        assertEquals(13.0, b.get("Salviati"), EPS);
        assertEquals(10.0 + 1.0 / 3, b.get("Ridolfi"), EPS);
        assertEquals(9.5, b.get("Bischeri"), EPS);
        assertEquals(9.0 + 1.0 / 3, b.get("Strozzi"), EPS);
        assertEquals(8.5, b.get("Barbadori"), EPS);
        assertEquals(8.0 + 1.0 / 3, b.get("Tornabuoni"), EPS);
        assertEquals(5.0, b.get("Castellani"), EPS);
        assertEquals(2.0, b.get("Peruzzi"), EPS);
        for (String f : List.of("Acciaiuoli", "Ginori", "Lamberteschi", "Pazzi", "Pucci")) assertEquals(0, b.get(f), EPS, f);
        // normalised over the 15 families with ties, as Wasserman and Faust print it: 47.5 / C(14, 2) = 0.522
        assertEquals(0.522, b.get("Medici") / (14 * 13 / 2.0), 5e-4);
    }

    @Test
    void florentineDensityAndCentralization() {
        assertEquals(20.0 / 120, Density.of(FLORENCE.graph()), EPS); // 20 ties among C(16, 2) = 120 pairs
        List<Integer> deg = Degrees.of(FLORENCE.graph()).values().stream().map(Degrees.Degree::total).toList();
        // Medici has 6 ties, all 16 have 40: (16 * 6 - 40) / (15 * 14) = 56 / 210
        assertEquals(56.0 / 210, Centralization.degree(deg), EPS);
        // betweenness sums to 156: (16 * 47.5 - 156) / (15^2 * 14 / 2) = 604 / 1575
        assertEquals(604.0 / 1575, Centralization.betweenness(Betweenness.exact(FLORENCE.graph()).score().values(), false), EPS);
    }

    @Test
    void florentinePageRankEigenvectorConstraintAndClustering() {
        Map<String, Double> pr = PageRankCentrality.of(FLORENCE.graph());
        // networkx pagerank run to convergence (tol 1e-15; its default 1e-6 stops near 0.144372)
        assertEquals(0.1443734702946145, pr.get("Medici"), 1e-9);
        assertEquals(0.009900990099009903, pr.get("Pucci"), 1e-9); // an isolate keeps 0.15/16 and its share of its own mass
        assertEquals(1.0, pr.values().stream().mapToDouble(Double::doubleValue).sum(), EPS);

        Eigenvector.Result<String> r = Eigenvector.of(FLORENCE.graph());
        assertEquals(3.256103745430861, r.eigenvalue(), 1e-9); // numpy
        Map<String, Double> ev = r.score();
        assertEquals(0.4303080940409171, ev.get("Medici"), 1e-8); // networkx, on the 15 connected families
        assertEquals(0.35598044841138904, ev.get("Strozzi"), 1e-8);
        assertEquals(0.04481343589592499, ev.get("Pazzi"), 1e-8);
        assertEquals(0, ev.get("Pucci"), 1e-8);

        Map<String, Double> c = BurtConstraint.of(FLORENCE.graph());
        // Medici: six partners, p = 1/6 each; only Ridolfi-Tornabuoni are tied (p = 1/3 from each side): networkx
        // gives 0.2098765 = 4 x (1/6)^2 + 2 x (1/6 + 1/6 x 1/3)^2 = 17/81
        assertEquals(17.0 / 81, c.get("Medici"), EPS);
        assertEquals(1.0, c.get("Acciaiuoli"), EPS); // one tie
        assertEquals(1.0 / 3, c.get("Albizzi"), EPS); // three partners, none tied to each other
        assertTrue(c.get("Pucci").isNaN());

        Clustering.Result<String> cl = Clustering.of(FLORENCE.graph());
        assertEquals(0.19148936170212766, cl.transitivity(), EPS); // networkx: 3 x 3 triangles / 47 triples
        assertEquals(0.15, cl.average(), EPS); // networkx, over all 16 families
    }

    @Test
    void karateBetweennessIsThePublishedOne() {
        Map<String, Double> b = Betweenness.exact(KARATE.graph()).score();
        assertEquals(231.0714285714286, b.get("1"), 1e-9); // networkx: 0.43763528 x C(33, 2) = 528
        assertEquals(160.5515873015873, b.get("34"), 1e-9);
        assertEquals(76.69047619047619, b.get("33"), 1e-6);
        assertEquals(75.85079365079365, b.get("3"), 1e-6);
        assertEquals(73.00952380952381, b.get("32"), 1e-6);
        assertEquals(0, b.get("12"), EPS);
    }

    @Test
    void karateDensityCentralizationEigenvectorPageRankConstraintClustering() {
        Graph<String, DefaultWeightedEdge> g = KARATE.graph();
        assertEquals(78.0 / 561, Density.of(g), EPS); // C(34, 2) = 561 pairs
        List<Integer> deg = Degrees.of(g).values().stream().map(Degrees.Degree::total).toList();
        assertEquals(422.0 / 1056, Centralization.degree(deg), EPS); // (34 * 17 - 156) / (33 * 32)

        Eigenvector.Result<String> r = Eigenvector.of(g);
        assertEquals(6.725697727631732, r.eigenvalue(), 1e-9); // numpy: largest eigenvalue of the adjacency matrix
        Map<String, Double> ev = r.score(); // networkx eigenvector_centrality_numpy, unit length
        assertEquals(0.3733634702914832, ev.get("34"), 1e-8);
        assertEquals(0.3554914445245667, ev.get("1"), 1e-8);
        assertEquals(0.31719250448643166, ev.get("3"), 1e-8);
        assertEquals(0.30864421979104706, ev.get("33"), 1e-8);
        assertEquals(0.02363562810459134, ev.get("17"), 1e-8);
        assertEquals(1.0, ev.values().stream().mapToDouble(x -> x * x).sum(), 1e-9);
        Map<String, Double> jgEv = new EigenvectorCentrality<>(g, 10_000, 1e-13).getScores(); // converges: not bipartite
        for (String v : g.vertexSet()) assertEquals(jgEv.get(v), ev.get(v), 1e-9);

        Map<String, Double> pr = PageRankCentrality.of(g);
        // networkx pagerank to convergence; its default tolerance prints 0.0970018 and 0.1009179, equal to 5 decimals
        assertEquals(0.09699728538830414, pr.get("1"), 1e-9);
        assertEquals(0.10091918233261697, pr.get("34"), 1e-9);
        Map<String, Double> jg = new PageRank<>(g, 0.85, 10_000, 1e-12).getScores();
        for (String v : g.vertexSet()) assertEquals(jg.get(v), pr.get(v), 1e-12);

        Map<String, Double> c = BurtConstraint.of(g); // networkx
        assertEquals(0.15542329764660495, c.get("1"), EPS);
        assertEquals(0.15641868512110724, c.get("34"), EPS);
        assertEquals(0.18517663966049383, c.get("3"), EPS);
        assertEquals(1.0, c.get("12"), EPS);

        Clustering.Result<String> cl = Clustering.of(g); // networkx
        assertEquals(0.2556818181818182, cl.transitivity(), EPS);
        assertEquals(0.5706384782076823, cl.average(), EPS);
    }
}
