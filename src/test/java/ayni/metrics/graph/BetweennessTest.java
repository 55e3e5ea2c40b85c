package ayni.metrics.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class BetweennessTest {

    /** JGraphT's Brandes implementation, on shortest paths counted in ties: the reference. */
    private static <V> Map<V, Double> jgrapht(Graph<V, DefaultWeightedEdge> g) {
        return new BetweennessCentrality<>(new AsUnweightedGraph<>(g), false).getScores();
    }

    @Test
    void exactEqualsJGraphTUndirectedAndDirected() {
        for (Network net : List.of(PublishedNetworksTest.KARATE, PublishedNetworksTest.FLORENCE)) {
            Map<String, Double> ours = Betweenness.exact(net.graph()).score(), ref = jgrapht(net.graph());
            for (String v : net.graph().vertexSet()) assertEquals(ref.get(v), ours.get(v), 1e-9, v);
        }
        Graph<Integer, DefaultWeightedEdge> d = Networks.random(80, 0.04, true, 11);
        Map<Integer, Double> ours = Betweenness.exact(d).score(), ref = jgrapht(d);
        for (Integer v : d.vertexSet()) assertEquals(ref.get(v), ours.get(v), 1e-9);
    }

    @Test
    void samplingEverySourceGivesTheExactValueWithNoError() {
        Graph<String, DefaultWeightedEdge> g = PublishedNetworksTest.KARATE.graph();
        Betweenness.Result<String> s = Betweenness.sampled(g, 34, new SplittableRandom(3));
        Map<String, Double> exact = Betweenness.exact(g).score();
        for (String v : g.vertexSet()) {
            assertEquals(exact.get(v), s.score().get(v), 1e-9, v);
            assertEquals(0, s.standardError().get(v), 1e-12, v);
        }
        assertEquals(231.0714285714286, s.score().get("1"), 1e-9);
    }

    @Test
    void theSampledEstimateLiesWithinItsStatedError() {
        // G(1000, 0.01): about 5,000 ties, mean degree 10; 200 sources sampled
        Graph<Integer, DefaultWeightedEdge> g = Networks.random(1000, 0.01, false, 5);
        Map<Integer, Double> exact = Betweenness.exact(g).score();
        Betweenness.Result<Integer> s = Betweenness.sampled(g, 200, new SplittableRandom(42));
        List<Integer> central = new ArrayList<>(g.vertexSet());
        central.sort(Comparator.comparing(v -> -exact.get(v)));
        central = central.subList(0, 100);
        int within2 = 0, within3 = 0;
        for (Integer v : central) {
            double err = Math.abs(s.score().get(v) - exact.get(v)), se = s.standardError().get(v);
            assertTrue(se > 0);
            if (err <= 2 * se) within2++;
            if (err <= 3 * se) within3++;
        }
        // nominally 95 and 99.7; skewed dependencies make it about 90 and 95 (see Betweenness): with seeds 1-5 and 42,
        // 86-92 within 2 SE and 92-98 within 3 SE
        assertTrue(within2 >= 85, within2 + " of the 100 most central within 2 SE");
        assertTrue(within3 >= 90, within3 + " of the 100 most central within 3 SE");
        int rest = 0, restWithin2 = 0;
        for (Integer v : g.vertexSet()) {
            if (central.contains(v) || exact.get(v) == 0) continue;
            rest++;
            if (Math.abs(s.score().get(v) - exact.get(v)) <= 2 * s.standardError().get(v)) restWithin2++;
        }
        // docs/measures.md: about 8 in 10 of the others (728 of 899 with seed 42)
        assertTrue(restWithin2 >= 0.75 * rest, restWithin2 + " of " + rest + " others within 2 SE");
        double total = exact.values().stream().mapToDouble(Double::doubleValue).sum();
        double estimated = s.score().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(1, estimated / total, 0.02);
    }

    /**
     * The first row of docs/measures.md's table of the sampled estimate's error, measured as the table states it: 20
     * draws of K = 200 starting actors on the test network; the shares and the median are means over the draws.
     */
    @Test
    void theErrorTableOfTheDocsHoldsOverTwentyDraws() {
        Graph<Integer, DefaultWeightedEdge> g = Networks.random(1000, 0.01, false, 5);
        Map<Integer, Double> exact = Betweenness.exact(g).score();
        List<Integer> central = new ArrayList<>(g.vertexSet());
        central.sort(Comparator.comparing(v -> -exact.get(v)));
        List<Integer> positive = central.stream().filter(v -> exact.get(v) > 0).toList();
        int draws = 20;
        double top20 = 0, top100 = 0, all = 0, medianError = 0;
        for (int d = 1; d <= draws; d++) {
            Betweenness.Result<Integer> s = Betweenness.sampled(g, 200, new SplittableRandom(d));
            top20 += withinTwoSe(s, exact, central.subList(0, 20)) / draws;
            top100 += withinTwoSe(s, exact, central.subList(0, 100)) / draws;
            all += withinTwoSe(s, exact, positive) / draws;
            double[] rel = central.subList(0, 20).stream()
                    .mapToDouble(v -> Math.abs(s.score().get(v) / exact.get(v) - 1)).sorted().toArray();
            medianError += (rel[9] + rel[10]) / 2 / draws;
        }
        String measured = String.format("top 20 %.2f, top 100 %.2f, all %.2f, median error %.3f", top20, top100, all, medianError);
        // the figures docs/measures.md states for this network (rounded there to two digits)
        assertEquals(0.89, top20, 0.006, measured);
        assertEquals(0.89, top100, 0.006, measured);
        assertEquals(0.83, all, 0.006, measured);
        assertEquals(0.16, medianError, 0.006, measured);
    }

    private static double withinTwoSe(Betweenness.Result<Integer> s, Map<Integer, Double> exact, List<Integer> actors) {
        return actors.stream().filter(v -> Math.abs(s.score().get(v) - exact.get(v)) <= 2 * s.standardError().get(v)).count()
                / (double) actors.size();
    }

    @Test
    void theSampledEstimateIsUnbiased() {
        Graph<Integer, DefaultWeightedEdge> g = Networks.random(300, 0.03, false, 8);
        Map<Integer, Double> exact = Betweenness.exact(g).score();
        Integer top = g.vertexSet().stream().max(Comparator.comparing(exact::get)).orElseThrow();
        int reps = 100;
        double sum = 0, sumSq = 0;
        for (int r = 0; r < reps; r++) {
            double x = Betweenness.sampled(g, 30, new SplittableRandom(r)).score().get(top);
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / reps, sd = Math.sqrt(sumSq / reps - mean * mean);
        assertEquals(exact.get(top), mean, 3 * sd / Math.sqrt(reps));
    }

    @Test
    void exactUpToTheLimitSampledAboveIt() {
        SplittableRandom rng = new SplittableRandom(1);
        assertTrue(Betweenness.of(Networks.ring(50), null, rng).exact());
        assertEquals(10, Betweenness.of(Networks.ring(50), 10, rng).samples());
        assertTrue(Betweenness.of(Networks.ring(50), 50, rng).exact());
        Betweenness.Result<String> big = Betweenness.of(Networks.ring(Betweenness.EXACT_LIMIT + 1), null, rng);
        assertEquals(Betweenness.DEFAULT_SAMPLES, big.samples());
        // n = 2m + 1 = 2001 nodes on a ring: b = m(m - 1) / 2 for every node
        double b = 1000 * 999 / 2.0;
        assertEquals(b, big.score().get("r7"), 3 * big.standardError().get("r7"));
        assertEquals(b, big.score().get("r7"), 0.02 * b);
    }

    @Test
    void sampledClosenessIsExactWithEverySourceAndCloseWithAFifth() {
        Graph<Integer, DefaultWeightedEdge> g = Networks.random(600, 0.01, true, 9);
        Closeness.Result<Integer> exact = Closeness.of(g), all = Closeness.of(g, 600, new SplittableRandom(1));
        assertEquals(0, all.samples());
        for (Integer v : g.vertexSet()) assertEquals(exact.closeness().get(v), all.closeness().get(v), 1e-12);
        Closeness.Result<Integer> s = Closeness.of(g, 120, new SplittableRandom(4));
        assertEquals(120, s.samples());
        // the harmonic estimate is unbiased: its total is close to the exact total; closeness within 10 % for 9 in 10 nodes
        double exactTotal = 0, sampledTotal = 0;
        int within = 0, counted = 0;
        for (Integer v : g.vertexSet()) {
            exactTotal += exact.harmonic().get(v);
            sampledTotal += s.harmonic().get(v);
            if (exact.closeness().get(v) > 0.1) {
                counted++;
                if (Math.abs(s.closeness().get(v) / exact.closeness().get(v) - 1) < 0.1) within++;
            }
        }
        assertEquals(1, sampledTotal / exactTotal, 0.03);
        assertTrue(counted > 300 && within > 0.9 * counted, within + " of " + counted + " within 10 %");
    }
}
