package ayni.metrics.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

/** Small graphs whose answers are worked out on paper in the comments. */
class HandMadeTest {
    static final double EPS = 1e-9;

    private static Map<String, String> oneGroup(Graph<String, ?> g) {
        Map<String, String> m = new HashMap<>();
        for (String v : g.vertexSet()) m.put(v, "x");
        return m;
    }

    @Test
    void aStarGivesTheHubAllBetweennessAllBrokerageAndCentralizationOne() {
        Graph<String, DefaultWeightedEdge> g = Networks.star(4); // n = 5
        Map<String, Double> b = Betweenness.exact(g).score();
        assertEquals(6, b.get("h"), EPS); // every one of the C(4, 2) leaf pairs passes through the hub
        for (int i = 1; i <= 4; i++) assertEquals(0, b.get("l" + i), EPS);
        assertEquals(1, Centralization.betweenness(b.values(), false), EPS);
        List<Integer> deg = Degrees.of(g).values().stream().map(Degrees.Degree::total).toList();
        assertEquals(1, Centralization.degree(deg), EPS);

        Map<String, Brokerage.Counts> br = Brokerage.of(g, oneGroup(g));
        assertEquals(12, br.get("h").total()); // 4 x 3 ordered leaf pairs, none tied directly
        assertEquals(12, br.get("h").get(Brokerage.Role.COORDINATOR));
        for (int i = 1; i <= 4; i++) assertEquals(0, br.get("l" + i).total());

        Map<String, Double> c = BurtConstraint.of(g);
        assertEquals(4 * (0.25 * 0.25), c.get("h"), EPS); // four unconnected partners, p = 1/4
        assertEquals(1, c.get("l1"), EPS); // one partner: p = 1

        // a star is bipartite, where plain power iteration oscillates; leading eigenvector (2, 1, 1, 1, 1) / sqrt(8)
        Eigenvector.Result<String> ev = Eigenvector.of(g);
        assertEquals(2 / Math.sqrt(8), ev.score().get("h"), 1e-9);
        assertEquals(1 / Math.sqrt(8), ev.score().get("l3"), 1e-9);
        assertEquals(2, ev.eigenvalue(), 1e-9); // sqrt(leaves)
        assertTrue(ev.converged());
    }

    @Test
    void closenessHarmonicNormalisedBetweennessAndEffectiveSizeOfAStar() {
        Graph<String, DefaultWeightedEdge> g = Networks.star(4); // n = 5
        Closeness.Result<String> c = Closeness.of(g);
        assertEquals(1, c.closeness().get("h"), EPS); // everyone at distance 1
        assertEquals(4.0 / 7, c.closeness().get("l1"), EPS); // 1 + 3 x 2 = 7 over 4 others
        assertEquals(4, c.harmonic().get("h"), EPS);
        assertEquals(1 + 3 / 2.0, c.harmonic().get("l1"), EPS);
        // the hub lies on all C(4, 2) = 6 leaf pairs' paths: normalised 1, directed would divide by 4 x 3
        assertEquals(1, Betweenness.normalized(6, 5, false), EPS);
        assertEquals(0.5, Betweenness.normalized(6, 5, true), EPS);
        Map<String, Double> e = EffectiveSize.of(g);
        assertEquals(4, e.get("h"), EPS); // four partners, none tied to another: nothing redundant
        assertEquals(1, e.get("l1"), EPS);
        // a triangle: each of two partners is redundant by half: 2 - 2 x 1 / 2 = 1 (Borgatti: n - 2t/n = 2 - 2/2)
        assertEquals(1, EffectiveSize.of(Networks.undirectedGraph("a-b", "b-c", "c-a")).get("a"), EPS);
        // weighted: a ties to b (3) and c (1), b-c tied (1): p_ab = 3/4, p_ac = 1/4; m_bc = 1/3 (b's strongest is a),
        // m_cb = 1 / 1 (c's ties weigh 1 each): e_a = 2 - (p_ac m_bc + p_ab m_cb) = 2 - (1/12 + 3/4) = 7/6
        Graph<String, DefaultWeightedEdge> w = Networks.undirectedGraph("a-b:3", "a-c:1", "b-c:1");
        assertEquals(7.0 / 6, EffectiveSize.of(w).get("a"), EPS);
        assertTrue(EffectiveSize.of(Networks.undirectedGraph("a-b", "z")).get("z").isNaN());
    }

    @Test
    void directedClosenessCountsThePathsTowardsTheNode() {
        // a -> b -> c, and d alone: c is reached by b (1) and a (2), b by a, a by no one
        Graph<String, DefaultWeightedEdge> g = Networks.directedGraph("a-b", "b-c", "d");
        Closeness.Result<String> c = Closeness.of(g);
        assertEquals(2.0 / 3 * 2 / 3, c.closeness().get("c"), EPS); // (r-1)/sum = 2/3, times (r-1)/(n-1) = 2/3
        assertEquals(1.0 / 3, c.closeness().get("b"), EPS); // 1/1 x 1/3
        assertEquals(0, c.closeness().get("a"), EPS);
        assertEquals(0, c.closeness().get("d"), EPS);
        assertEquals(1.5, c.harmonic().get("c"), EPS);
        // a triangle a-b-c and a pendant d on c: 1 triangle, 3 closed of 5 connected triples -> 3/5
        Clustering.Result<String> cl = Clustering.of(Networks.undirectedGraph("a-b", "b-c", "c-a", "c-d"));
        assertEquals(1, cl.triangles());
        assertEquals(3.0 / 5, cl.transitivity(), EPS);
        assertEquals(1.0 / 3, cl.local().get("c"), EPS);
    }

    @Test
    void aSymmetricRingGivesEveryoneEqualScores() {
        Graph<String, DefaultWeightedEdge> g = Networks.ring(6); // even, so bipartite too
        Map<String, Double> pr = PageRankCentrality.of(g), b = Betweenness.exact(g).score();
        Map<String, Double> c = BurtConstraint.of(g), ev = Eigenvector.of(g).score();
        for (String v : g.vertexSet()) {
            assertEquals(1.0 / 6, pr.get(v), EPS);
            // 6 pairs at distance 2 (one middle node) and 3 at distance 3 (two paths, two middle nodes each): 12 / 6
            assertEquals(2, b.get(v), EPS);
            assertEquals(0.5, c.get(v), EPS); // two partners not tied to each other: 0.5^2 + 0.5^2
            assertEquals(1 / Math.sqrt(6), ev.get(v), 1e-9);
        }
        assertEquals(0, Centralization.betweenness(b.values(), false), EPS);
        assertEquals(0, Centralization.degree(Degrees.of(g).values().stream().map(Degrees.Degree::total).toList()), EPS);
    }

    @Test
    void constraintByHand() {
        // b with two partners that are not tied: (1/2)^2 + (1/2)^2
        assertEquals(0.5, BurtConstraint.of(Networks.undirectedGraph("a-b", "b-c")).get("b"), EPS);
        // a triangle: p = 1/2 direct, plus 1/2 x 1/2 through the third: 2 x (3/4)^2
        assertEquals(1.125, BurtConstraint.of(Networks.undirectedGraph("a-b", "b-c", "a-c")).get("a"), EPS);
        // weighted: i puts 3 of 4 into j and 1 into k: 0.75^2 + 0.25^2
        assertEquals(0.625, BurtConstraint.of(Networks.undirectedGraph("i-j:3", "i-k:1")).get("i"), EPS);
        // directed ties count both ways: w_ij + w_ji = 1 + 2 = 3 again
        assertEquals(0.625, BurtConstraint.of(Networks.directedGraph("i-j:1", "j-i:2", "i-k:1")).get("i"), EPS);
        assertTrue(BurtConstraint.of(Networks.undirectedGraph("a-b", "z")).get("z").isNaN());
    }

    @Test
    void brokerageRolesFollowTheGroupsOfSourceBrokerAndTarget() {
        // broker b in group X receives from x1 (X) and y1 (Y) and sends to x2 (X), y2 (Y), z2 (Z)
        Graph<String, DefaultWeightedEdge> g = Networks.directedGraph("x1-b", "y1-b", "b-x2", "b-y2", "b-z2");
        Map<String, String> group = Map.of("b", "X", "x1", "X", "x2", "X", "y1", "Y", "y2", "Y", "z2", "Z");
        Brokerage.Counts c = Brokerage.of(g, group).get("b");
        assertEquals(1, c.get(Brokerage.Role.COORDINATOR)); // x1 -> b -> x2: X X X
        assertEquals(2, c.get(Brokerage.Role.REPRESENTATIVE)); // x1 -> b -> y2, x1 -> b -> z2: X X other
        assertEquals(1, c.get(Brokerage.Role.GATEKEEPER)); // y1 -> b -> x2: Y X X
        assertEquals(1, c.get(Brokerage.Role.ITINERANT)); // y1 -> b -> y2: Y X Y
        assertEquals(1, c.get(Brokerage.Role.LIAISON)); // y1 -> b -> z2: Y X Z
        assertEquals(6, c.total());
        // a direct tie x1 -> z2 closes that path: no brokerage there; the reverse z2 -> x1 would not
        g.addEdge("x1", "z2");
        assertEquals(1, Brokerage.of(g, group).get("b").get(Brokerage.Role.REPRESENTATIVE));
        // a path back to its start (x2 -> b -> x2) is not brokerage
        g.addEdge("x2", "b");
        assertEquals(5 + 2, Brokerage.of(g, group).get("b").total()); // x2 -> b -> y2 and x2 -> b -> z2 only
    }

    @Test
    void degreesAndStrengthsCountInAndOut() {
        Graph<String, DefaultWeightedEdge> g = Networks.directedGraph("a-b:2", "b-a:1", "a-c:0.5");
        Degrees.Degree a = Degrees.of(g).get("a");
        assertEquals(new Degrees.Degree(1, 2, 3, 1, 2.5, 3.5), a);
        Degrees.Degree u = Degrees.of(Networks.undirectedGraph("a-b:2", "a-c:0.5")).get("a");
        assertEquals(new Degrees.Degree(2, 2, 2, 2.5, 2.5, 2.5), u);
    }

    @Test
    void directedCentralizationUsesTheDirectedStar() {
        Graph<String, DefaultWeightedEdge> out = Networks.directedGraph("h-l1", "h-l2", "h-l3", "h-l4");
        Map<String, Degrees.Degree> d = Degrees.of(out);
        assertEquals(1, Centralization.directedDegree(d.values().stream().map(Degrees.Degree::out).toList()), EPS);
        // in-degrees 0, 1, 1, 1, 1: the top is 1, and only the hub falls short of it: 1 / (n-1)^2
        assertEquals(1.0 / 16, Centralization.directedDegree(d.values().stream().map(Degrees.Degree::in).toList()), EPS);
        // with ties both ways every ordered leaf pair goes through the hub: (n-1)(n-2) = 12, centralization 1
        Graph<String, DefaultWeightedEdge> both = Networks.directedGraph("h-l1", "l1-h", "h-l2", "l2-h", "h-l3", "l3-h",
                "h-l4", "l4-h");
        Map<String, Double> b = Betweenness.exact(both).score();
        assertEquals(12, b.get("h"), EPS);
        assertEquals(1, Centralization.betweenness(b.values(), true), EPS);
        assertEquals(8.0 / 20, Density.of(both), EPS); // 8 of 5 x 4 ordered pairs
    }

    @Test
    void tinyNetworksGiveUndefinedRatherThanWrongValues() throws Exception {
        for (String edges : new String[] {"source,target\n", "source,target\na,\n", "source,target\na,b\n"}) {
            Path f = Files.createTempFile("tiny", ".csv");
            Files.writeString(f, edges);
            Network net = Network.of(NetworkReader.read(f), null, null, false);
            Files.delete(f);
            NetworkReport r = NetworkReport.of(net, null, new SplittableRandom(1));
            int n = net.graph().vertexSet().size();
            assertEquals(n, r.nodes().rows().size());
            // a -> b is an in-star: centralization 1; with fewer than two nodes there is no star
            assertEquals(n < 2 ? Double.NaN : 1, r.graphMeasure("inDegreeCentralization"), edges);
            assertTrue(Double.isNaN(r.graphMeasure("betweennessCentralization")), edges);
            assertEquals(n < 2, Double.isNaN(r.graphMeasure("density")), edges);
        }
    }

    @Test
    void densityBetweenAndWithinGroups() {
        Graph<String, DefaultWeightedEdge> g = Networks.directedGraph("a1-a2", "a1-b1", "a2-b1", "b1-a1");
        Map<String, String> group = Map.of("a1", "A", "a2", "A", "b1", "B");
        Map<String, Double> d = new HashMap<>();
        for (Density.Block b : Density.byGroup(g, group)) d.put(b.from() + b.to(), b.density());
        assertEquals(0.5, d.get("AA"), EPS); // 1 of 2 x 1 ordered pairs
        assertEquals(1.0, d.get("AB"), EPS); // 2 of 2 x 1
        assertEquals(0.5, d.get("BA"), EPS); // 1 of 1 x 2
        assertTrue(d.get("BB").isNaN()); // a group of one has no pairs inside
        // undirected: within A one of C(2, 2) = 1 pair, between A and B 2 of 2 pairs, both ways round
        Graph<String, DefaultWeightedEdge> u = Networks.undirectedGraph("a1-a2", "a1-b1", "a2-b1");
        for (Density.Block b : Density.byGroup(u, group)) d.put(b.from() + b.to(), b.density());
        assertEquals(1.0, d.get("AA"), EPS);
        assertEquals(1.0, d.get("AB"), EPS);
        assertEquals(1.0, d.get("BA"), EPS);
    }
}
