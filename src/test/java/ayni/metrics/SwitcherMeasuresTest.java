package ayni.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ayni.Tiny;
import ayni.agents.World;
import ayni.model.AyniModel;
import ayni.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A chain donor -> NGO -> SMEs across discourse clusters: the NGO is the only broker and the only switcher. */
class SwitcherMeasuresTest {
    @Test
    void theIntermediaryHoldsAllBetweennessAndAllSwitching() {
        Scenario s = Tiny.parse(Tiny.HEADER + """
                parameters: {partnerSearchProbability: 0, ngoEntryRate: 0, smeEntryRate: 0, smeExitRate: 0, refusalWeight: 1}
                donors:
                  - {id: d1, kind: bilateral, budget: 120000, domains: {organic: 1}, discourse: [0.6, 0.6]}
                ngos:
                  - {id: n1, type: conventional, domain: organic, monthlyCost: 1000, discourse: [0.6, -0.6]}
                smes:
                  - {id: g, domain: organic, count: 5, discourse: [-0.6, -0.6], discourseSpread: 0, embeddedness: [1, 1]}
                ties:
                  - {from: d1, to: n1, layer: funding, weight: 0.8}
                  - {from: n1, to: g, layer: knowledge, weight: 0.8}
                """);
        AyniModel m = new AyniModel(s, s.seed());
        m.start();
        m.runStep();
        World w = m.world();
        Map<String, Double> r = new LinkedHashMap<>();
        SwitcherMeasures.measure(w, r, null);
        // every shortest path between two others runs through n1: d1 -> n1 -> each of 5 SMEs
        assertEquals(1.0, r.get("betweenness_ngo"), 1e-12);
        // each of those 2-paths joins the donor's cluster to the SMEs' cluster through n1's own: a liaison act
        assertEquals(1.0, r.get("switcher_ngo"), 1e-12);
        assertEquals(0.0, r.get("switcher_donor"), 1e-12);
    }
}
