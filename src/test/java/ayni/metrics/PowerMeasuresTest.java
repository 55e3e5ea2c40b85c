package ayni.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ayni.Tiny;
import ayni.agents.World;
import ayni.model.AyniModel;
import ayni.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Power measures on hand-made networks whose answers can be worked out on paper. */
class PowerMeasuresTest {
    /** A donor funding ten NGOs by named ties; nobody searches for partners, nobody is founded. */
    static String donorAndTen(String extraDonor, String extraTies) {
        StringBuilder sb = new StringBuilder(Tiny.HEADER).append("""
                parameters: {partnerSearchProbability: 0, ngoEntryRate: 0, grantShare: 0.05}
                donors:
                  - {id: d1, kind: bilateral, budget: 1200000, domains: {organic: 1}}
                """).append(extraDonor == null ? "" : extraDonor).append("ngos:\n");
        for (int i = 1; i <= 10; i++) sb.append("  - {id: n").append(i).append(", type: conventional, domain: organic, monthlyCost: 1000}\n");
        sb.append("ties:\n");
        for (int i = 1; i <= 10; i++) sb.append("  - {from: d1, to: n").append(i).append(", layer: funding, weight: 0.5}\n");
        if (extraTies != null) sb.append(extraTies);
        return sb.toString();
    }

    static AyniModel oneStep(String yaml) {
        Scenario s = Tiny.parse(yaml);
        AyniModel m = new AyniModel(s, s.seed());
        m.start();
        m.runStep();
        return m;
    }

    static Map<String, Double> measure(World w) {
        Map<String, Double> r = new LinkedHashMap<>();
        PowerMeasures.measure(w, r);
        return r;
    }

    @Test
    void theOnlyFunderOfTenNgosHoldsAllTheirDependenceAndNoneOnceGone() {
        AyniModel m = oneStep(donorAndTen(null, null));
        World w = m.world();
        Map<String, Double> r = measure(w);
        // each NGO depends only on d1 (funding and the knowledge ties its grants bring): 10 units, all the donor's
        assertEquals(1.0, r.get("dependence_donor"), 1e-12);
        assertEquals(0.0, r.get("dependence_ngo"), 1e-12);
        assertEquals(1.0, r.get("fundingHhi_ngo"), 1e-12, "one funder: Herfindahl 1");
        // a star on the funding layer: 11 actors, the hub sends to 10: (11 x 10 - 10) / (10 x 10) = 1
        assertEquals(1.0, r.get("centralization_funding"), 1e-12);
        assertEquals(1.0, r.get("controlFunding_donor"), 1e-12, "all funding this month came from the donor");
        w.deactivate(w.byId("d1"));
        Map<String, Double> after = measure(w);
        assertEquals(0.0, after.get("dependence_donor"), 1e-12);
        assertEquals(0.0, after.get("centralization_funding"), 1e-12);
    }

    @Test
    void twoEqualFundersHalveEachDependenceAndTheConcentration() {
        String d2 = "  - {id: d2, kind: bilateral, budget: 1200000, domains: {organic: 1}}\n";
        StringBuilder ties = new StringBuilder();
        for (int i = 1; i <= 10; i++) ties.append("  - {from: d2, to: n").append(i).append(", layer: funding, weight: 0.5}\n");
        World w = oneStep(donorAndTen(d2, ties.toString())).world();
        Map<String, Double> r = measure(w);
        assertEquals(0.5, r.get("fundingHhi_ngo"), 1e-9, "two equal funders: 0.5^2 + 0.5^2");
        assertEquals(1.0, r.get("dependence_donor"), 1e-12, "still all on donors");
        // two hubs of out-degree 10 among 12 actors: (12 x 10 - 20) / (11 x 11) = 100 / 121
        assertEquals(100.0 / 121.0, r.get("centralization_funding"), 1e-12);
    }

    @Test
    void sharesOfNothingAreZeroNotNaN() {
        double[] s = PowerMeasures.shares(new double[] {0, 0, 0});
        assertEquals(0.0, s[0]);
        double[] t = PowerMeasures.shares(new double[] {1, 3});
        assertEquals(0.25, t[0], 1e-12);
    }

    @Test
    void subgroupSharesSplitTheNgoShareByTypeAndEverythingByDomain() {
        World w = oneStep(donorAndTen(null, null)).world();
        double[] perActor = new double[w.actors().size()];
        for (var a : w.actors()) perActor[a.index()] = a.id().equals("n1") ? 3 : 1; // 11 active actors: total 13
        Map<String, Double> r = new LinkedHashMap<>();
        PowerMeasures.bySubgroup(w, perActor, "x", r);
        assertEquals(12.0 / 13.0, r.get("xNgo_conventional"), 1e-12, "ten conventional NGOs: 3 + 9 of 13");
        assertEquals(0.0, r.get("xNgo_market"), 1e-12);
        assertEquals(1.0, r.get("xDomain_organic"), 1e-12, "everyone works in organic");
    }

    /**
     * Informational and anchoring power per actor, on arrays, against a plain sum over tie handles (9.2): out-strength
     * on the knowledge layer; each tie's weight to a local actor, times the holder's rootedness (an SME's embeddedness).
     */
    @Test
    void nodePowerEqualsAPlainSumOverTieHandles() throws Exception {
        Scenario s = ayni.scenario.ScenarioLoader.load(java.nio.file.Path.of("scenarios/organic-production.yaml"));
        AyniModel m = new AyniModel(s, s.seed());
        m.start();
        for (int i = 0; i < 24; i++) m.runStep();
        World w = m.world();
        int n = w.actors().size();
        double[] informational = new double[n], anchoring = new double[n];
        for (ayni.network.Tie t : w.ties.all()) {
            ayni.agents.Actor a = w.actor(t.from()), b = w.actor(t.to());
            if (t.layer() == ayni.domain.Layer.KNOWLEDGE) informational[a.index()] += t.weight();
            if (PowerMeasures.isLocal(b)) anchoring[a.index()] += t.weight() * (a instanceof ayni.agents.Sme e ? e.embeddedness() : 1.0);
            if (PowerMeasures.isLocal(a)) anchoring[b.index()] += t.weight() * (b instanceof ayni.agents.Sme e ? e.embeddedness() : 1.0);
        }
        PowerMeasures.NodePower p = PowerMeasures.nodes(w);
        double total = 0;
        for (int i = 0; i < n; i++) {
            assertEquals(informational[i], p.informational()[i], 1e-9, "informational " + i);
            assertEquals(anchoring[i], p.anchoring()[i], 1e-9, "anchoring " + i);
            total += anchoring[i];
        }
        org.junit.jupiter.api.Assertions.assertTrue(total > 0, "some anchoring to check");
    }
}
