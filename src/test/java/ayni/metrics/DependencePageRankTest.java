package ayni.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ayni.Tiny;
import ayni.agents.Actor;
import ayni.agents.World;
import ayni.model.AyniModel;
import ayni.network.Tie;
import ayni.scenario.Scenario;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.junit.jupiter.api.Test;

class DependencePageRankTest {

    private static World world(String ngosAndTies) {
        Scenario s = Tiny.parse(Tiny.HEADER + ngosAndTies);
        AyniModel m = new AyniModel(s, 1);
        m.start();
        m.runStep(); // actors become active and initial ties are laid in the first step's events phase
        return m.world();
    }

    @Test
    void aSymmetricRingGivesEveryoneEqualPower() {
        StringBuilder y = new StringBuilder("parameters: {tieDecayRate: 0, partnerSearchProbability: 0}\nngos:\n");
        for (int i = 0; i < 5; i++) y.append("  - {id: n").append(i).append(", type: conventional, domain: organic}\n");
        y.append("ties:\n");
        for (int i = 0; i < 5; i++) {
            y.append("  - {from: n").append(i).append(", to: n").append((i + 1) % 5).append(", layer: knowledge, weight: 1}\n");
        }
        World w = world(y.toString());
        double[] pr = new DependencePageRank().compute(w, 0.85);
        for (int i = 0; i < 5; i++) assertEquals(0.2, pr[w.byId("n" + i).index()], 1e-9);
    }

    @Test
    void theOnlyFunderOfTenNgosHoldsMostPowerAndAgreesWithJGraphT() {
        StringBuilder y = new StringBuilder("parameters: {partnerSearchProbability: 0}\n"
                + "donors:\n  - {id: d, kind: bilateral, budget: 0, domains: {organic: 1}}\nngos:\n");
        for (int i = 0; i < 10; i++) y.append("  - {id: n").append(i).append(", type: conventional, domain: organic}\n");
        y.append("ties:\n");
        for (int i = 0; i < 10; i++) y.append("  - {from: d, to: n").append(i).append(", layer: funding, weight: 0.5}\n");
        World w = world(y.toString());
        double[] pr = new DependencePageRank().compute(w, 0.85);
        Actor d = w.byId("d");
        for (int i = 0; i < 10; i++) {
            org.junit.jupiter.api.Assertions.assertTrue(pr[d.index()] > 5 * pr[w.byId("n" + i).index()]);
        }

        // same graph in JGraphT: each funding tie read as "receiver depends on giver"
        Graph<Integer, DefaultWeightedEdge> g = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (Actor a : w.actors()) if (a.active()) g.addVertex(a.index());
        for (Tie t : w.ties.all()) {
            DefaultWeightedEdge e = g.addEdge(DependencePageRank.dependent(t), DependencePageRank.provider(t));
            g.setEdgeWeight(e, t.weight());
        }
        PageRank<Integer, DefaultWeightedEdge> ref = new PageRank<>(g, 0.85, 1000, 1e-12);
        for (Actor a : w.actors()) if (a.active()) assertEquals(ref.getVertexScore(a.index()), pr[a.index()], 1e-8);
    }
}
