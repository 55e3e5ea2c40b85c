package ayni.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.StepWorld;
import ayni.Tiny;
import ayni.agents.Ngo;
import ayni.agents.Platform;
import ayni.agents.Sme;
import ayni.agents.World;
import ayni.domain.IncomeSource;
import org.junit.jupiter.api.Test;

class DynamicsTest {

    private static AyniModel run(String yaml, int steps) {
        return StepWorld.run(yaml, 5, steps);
    }

    private static final String QUIET = StepWorld.drifting("discourseRejectionDistance: 2.9");

    @Test
    void tiedActorsMoveTowardEachOtherByTheInfluenceRate() {
        String yaml = Tiny.HEADER + QUIET + """
                ngos:
                  - {id: a, type: conventional, domain: organic, cash: 1000000, discourse: [0, 0]}
                  - {id: b, type: market, domain: organic, cash: 1000000, discourse: [1, 0.5]}
                ties:
                  - {from: a, to: b, layer: knowledge, weight: 1}
                """;
        World w = run(yaml, 1).world();
        // both move a tenth of the way toward the other, computed from the old positions
        assertEquals(0.1, w.byId("a").discourse().x(), 1e-12);
        assertEquals(0.05, w.byId("a").discourse().y(), 1e-12);
        assertEquals(0.9, w.byId("b").discourse().x(), 1e-12);
        assertEquals(0.45, w.byId("b").discourse().y(), 1e-12);
    }

    @Test
    void fundedActorsMoveTowardTheirFunders() {
        String yaml = Tiny.HEADER + QUIET.replace("discourseInfluenceRate: 0.1, funderPressureRate: 0",
                "discourseInfluenceRate: 0, funderPressureRate: 0.2") + """
                donors:
                  - {id: d, kind: bilateral, budget: 12000, domains: {organic: 1}, discourse: [1, 1]}
                ngos:
                  - {id: n, type: conventional, domain: organic, monthlyCost: 1000, discourse: [0, 0]}
                ties:
                  - {from: d, to: n, layer: funding, weight: 1}
                """;
        World w = run(yaml, 1).world();
        assertEquals(0.2, w.byId("n").discourse().x(), 1e-12);
        assertEquals(1.0, w.byId("d").discourse().x(), 1e-12, "donors keep their positions");
    }

    @Test
    void aPlatformPassesItsProjectMoneyToMemberNgosInEqualParts() {
        String yaml = Tiny.HEADER + QUIET + """
                parameters: {platformProjectShare: 0.5, partnerSearchProbability: 0, ngoEntryRate: 0, grantShare: 1,
                  absorptionFactor: 100}
                donors:
                  - {id: d, kind: bilateral, budget: 24000, domains: {organic: 1}, channels: {platform: 1}}
                ngos:
                  - {id: n1, type: conventional, domain: organic, monthlyCost: 0}
                  - {id: n2, type: conventional, domain: organic, monthlyCost: 0}
                platforms:
                  - {id: p, domain: organic, members: [n1, n2], cash: 100, monthlyCost: 100}
                """.replace(QUIET, "");
        World w = run(yaml.replace(Tiny.HEADER + QUIET, Tiny.HEADER), 1).world();
        // the platform pays its 100 of costs from its 100 of cash; then 2,000 arrives, half of it is project money,
        // split between the two members; it keeps the other 1,000
        assertEquals(500.0, ((Ngo) w.byId("n1")).income(IncomeSource.PLATFORM_FUNDS), 1e-9);
        assertEquals(500.0, ((Ngo) w.byId("n2")).income(IncomeSource.PLATFORM_FUNDS), 1e-9);
        assertEquals(1000.0, w.byId("p").cash(), 1e-9);
        assertFalse(((Platform) w.byId("p")).dormant());
    }

    @Test
    void anUnsupportedUnembeddedAdopterWithoutABuyerReverts() {
        String yaml = Tiny.HEADER + QUIET + """
                parameters: {lossRevertProbability: 1, partnerSearchProbability: 0, ngoEntryRate: 0, smeExitRate: 0,
                  smeEntryRate: 0, savingsRate: 0}
                smes:
                  - {id: g, domain: organic, count: 3, embeddedness: [0, 0], associationShare: 0, creditAccess: 0}
                """.replace(QUIET, "");
        AyniModel m = StepWorld.start(yaml.replace(Tiny.HEADER + QUIET, Tiny.HEADER), 5);
        m.runStep();
        Sme s = (Sme) m.world().byId("g.0001");
        assertFalse(s.adopted(), "no benefit, no support: it does not adopt");
        s.setAdopted(true);
        m.runStep();
        assertFalse(s.adopted(), "its practice does not pay: with lossRevertProbability 1 it reverts at once");
        assertTrue(m.world().counters.reversions >= 1);
    }
}
