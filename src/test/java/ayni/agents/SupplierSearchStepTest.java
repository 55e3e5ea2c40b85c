package ayni.agents;

import static ayni.StepWorld.month;
import static ayni.StepWorld.start;
import static ayni.StepWorld.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.domain.Layer;
import ayni.model.AyniModel;
import ayni.network.Tie;
import org.junit.jupiter.api.Test;

/**
 * Step tests of a buyer's supplier search (docs/ODD.md 7.18): the candidates it draws and when it stops, which
 * attempts go through its brokers, recruiting a broker, the screen, what brokers introduce, and the upkeep of the
 * broker ties that carry suppliers. Each runs monthly steps of a small hand-made world (or, for a rule's return value,
 * calls it on one).
 */
class SupplierSearchStepTest {

    /** Market ties SME -> buyer, the buyer's suppliers. */
    static int suppliers(World w, Actor buyer) {
        int n = 0;
        for (Tie t : w.ties.in(buyer.index)) if (t.layer() == Layer.MARKET && w.actor(t.from()) instanceof Sme) n++;
        return n;
    }

    /**
     * No brokers (brokeredCandidateInterval 0: every attempt is the buyer's own) and every attempt that finds a
     * candidate forms a tie (formationBias 20: probability 1 - 2e-9). Among 300 SMEs that all pass the screen
     * (practice 0.9 >= 0.8 x 0.5) a buyer of demand 10 draws candidateSampleSize 3 of them: 3 suppliers, all three
     * draws distinct at this seed (a repeat is skipped, chance about 1 in 100). A buyer of demand 2 drawing 6 stops at
     * its demand: 2 suppliers.
     */
    @Test
    void aBuyerDrawsItsSampleOfCandidatesAndStopsAtItsDemand() {
        AyniModel m = start(yaml("formationBias: 20, candidateSampleSize: 3, brokeredCandidateInterval: 0", """
                companies:
                  - {id: big, domain: organic, demand: 10, requirement: 0.5}
                smes:
                  - {id: g, domain: organic, count: 300, practice: [0.9, 0.9]}
                """));
        m.runStep();
        World w = m.world();
        assertEquals(3, suppliers(w, w.byId("big")));
        assertEquals(3, w.counters.marketTiesFormed);
        assertEquals(0, w.counters.marketTiesBrokered);

        m = start(yaml("formationBias: 20, candidateSampleSize: 6, brokeredCandidateInterval: 0", """
                companies:
                  - {id: small, domain: organic, demand: 2, requirement: 0.5}
                smes:
                  - {id: g, domain: organic, count: 300, practice: [0.9, 0.9]}
                """));
        m.runStep();
        w = m.world();
        assertEquals(2, suppliers(w, w.byId("small")));
    }

    /**
     * The screen on the buyer's own draws: of 40 SMEs, 10 pass it (practice 0.9) and 30 fail it (practice 0 < 0.8 x
     * 0.5); 30 draws at formationBias 20 tie only SMEs that pass, and some (the chance that none of 30 draws hits one
     * of the 10 is 0.75^30 ~ 2e-4). A buyer in a domain with no SMEs draws no one and ties no one.
     */
    @Test
    void aBuyerTiesOnlyCandidatesThatPassItsScreen() {
        World w = month(yaml("formationBias: 20, candidateSampleSize: 30, brokeredCandidateInterval: 0", """
                companies:
                  - {id: buyer, domain: organic, demand: 100, requirement: 0.5}
                  - {id: alone, domain: socialResponsibility, demand: 100, requirement: 0.5}
                smes:
                  - {id: good, domain: organic, count: 10, practice: [0.9, 0.9]}
                  - {id: bad, domain: organic, count: 30, practice: [0, 0]}
                """));
        Actor buyer = w.byId("buyer");
        int n = 0;
        for (Tie t : w.ties.in(buyer.index)) {
            assertTrue(w.actor(t.from()).id().startsWith("good"), w.actor(t.from()).id());
            n++;
        }
        assertTrue(n > 0);
        assertEquals(0, w.ties.in(w.byId("alone").index).size());
    }

    /**
     * Every brokeredCandidateInterval-th attempt (the 1st, 3rd, 5th of 5 at interval 2) goes through the buyer's
     * broker, which works with 4 SMEs that pass the screen. A brokered attempt forms a tie with probability
     * sigmoid(-10 + brokerWeight 20) = 1 - 5e-5, the buyer's own with sigmoid(-10) = 5e-5 (no weight on discourse or
     * legitimacy): 3 brokered market ties, and nothing else.
     */
    @Test
    void everyIntervalthAttemptGoesThroughABroker() {
        World w = month(yaml("formationBias: -10, brokerWeight: 20, discourseWeight: 0, legitimacyWeight: 0, "
                + "candidateSampleSize: 5, brokeredCandidateInterval: 2", """
                ngos:
                  - {id: broker, type: market, domain: organic, cash: 100000, monthlyCost: 1000}
                companies:
                  - {id: buyer, domain: organic, demand: 10, requirement: 0.5}
                smes:
                  - {id: g, domain: organic, count: 4, practice: [0.9, 0.9]}
                ties:
                  - {from: broker, to: buyer, layer: market, weight: 1}
                  - {from: broker, to: g, layer: knowledge, weight: 1}
                """));
        assertEquals(3, w.counters.marketTiesBrokered);
        assertEquals(3, w.counters.marketTiesFormed);
        assertEquals(3, suppliers(w, w.byId("buyer")));
    }

    /**
     * A buyer (demand 1, requirement 0.5) with no broker, one NGO "n" of its domain and one SME "s" of practice 0.9 in
     * {@code smeDomain}, the NGO and the SME joined by {@code tie}; one attempt, and every tie that can form does
     * (formationBias 20).
     */
    static String recruiting(String smeDomain, String tie) {
        return yaml("formationBias: 20, candidateSampleSize: 1", """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000}
                companies:
                  - {id: buyer, domain: organic, demand: 1, requirement: 0.5}
                smes:
                  - {id: s, domain: %s, count: 1, practice: [0.9, 0.9]}
                ties:
                  - %s
                """.formatted(smeDomain, tie));
    }

    /**
     * A buyer with no broker recruits the NGO of its domain: the NGO works with an SME only through the SME's
     * endorsement (a legitimacy tie SME -> NGO, an in-tie), which counts. The NGO ties market NGO -> buyer (one tie
     * formed, formationBias 20) and introduces that SME at the first attempt (one brokered market tie).
     */
    @Test
    void aBuyerRecruitsAnNgoThatAnSmeEndorsesAndIsIntroducedToThatSme() {
        World w = month(recruiting("organic", "{from: s, to: n, layer: legitimacy, weight: 1}"));
        Actor n = w.byId("n"), buyer = w.byId("buyer"), s = w.byId("s.0001");
        assertNotNull(w.ties.get(n.index, buyer.index, Layer.MARKET));
        assertEquals(1, w.counters.tiesFormed);
        assertNotNull(w.ties.get(s.index, buyer.index, Layer.MARKET));
        assertEquals(1, w.counters.marketTiesBrokered);
    }

    /**
     * An NGO that works with no SME of the buyer's domain (its one SME is in another domain) is not recruited, though a
     * tie would form (formationBias 20): no NGO -> buyer tie, no tie formed.
     */
    @Test
    void anNgoThatKnowsNoSmeOfTheBuyersDomainIsNotRecruited() {
        World w = month(recruiting("sustainableProduction", "{from: n, to: s, layer: knowledge, weight: 1}"));
        assertNull(w.ties.get(w.byId("n").index, w.byId("buyer").index, Layer.MARKET));
        assertEquals(0, w.counters.tiesFormed);
    }

    /**
     * recruitBroker says whether a tie formed (asked after the first month, once everyone has entered): not when no
     * NGO is in the buyer's domain (nobody in social responsibility), not when the NGO is tied to the buyer already,
     * not when the draw fails (formationBias -20: probability 2e-9 with no weight on discourse or legitimacy).
     */
    @Test
    void recruitingABrokerReportsNoTieWhenNoneForms() {
        World w = month(yaml("formationBias: -20, discourseWeight: 0, legitimacyWeight: 0", """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000}
                companies:
                  - {id: elsewhere, domain: socialResponsibility, demand: 1}
                  - {id: tied, domain: organic, demand: 1}
                  - {id: unlucky, domain: organic, demand: 1}
                smes:
                  - {id: s, domain: organic, count: 1}
                ties:
                  - {from: n, to: s, layer: knowledge, weight: 1}
                  - {from: n, to: tied, layer: market, weight: 1}
                """));
        assertFalse(SupplierSearch.recruitBroker((Company) w.byId("elsewhere"), w));
        assertFalse(SupplierSearch.recruitBroker((Company) w.byId("tied"), w));
        assertFalse(SupplierSearch.recruitBroker((Company) w.byId("unlucky"), w));
        assertEquals(0, w.counters.tiesFormed);
    }

    /**
     * The screen's edge (after the first month, once the SMEs have entered; their practices stay where they started):
     * requirement 0.5 x supplierScreenFactor 0.5 = 0.25 exactly; an SME of practice 0.25 passes (at the edge, and
     * 0.5 / 0.5 = 1 would not let it), one of 0.24 does not.
     */
    @Test
    void anSmeAtTheScreensEdgePassesIt() {
        World w = month(yaml("supplierScreenFactor: 0.5", """
                companies:
                  - {id: buyer, domain: organic, demand: 1, requirement: 0.5}
                smes:
                  - {id: edge, domain: organic, count: 1, practice: [0.25, 0.25]}
                  - {id: below, domain: organic, count: 1, practice: [0.24, 0.24]}
                """));
        Company buyer = (Company) w.byId("buyer");
        assertTrue(SupplierSearch.passesScreen(buyer, (Sme) w.byId("edge.0001"), w.params));
        assertFalse(SupplierSearch.passesScreen(buyer, (Sme) w.byId("below.0001"), w.params));
    }

    /**
     * A platform tied to the buyer is a broker and introduces its SME members (no tie between them needed): the one
     * member passing the screen is the buyer's first brokered supplier (formationBias 20, one attempt).
     */
    @Test
    void aPlatformIntroducesItsMembers() {
        World w = month(yaml("formationBias: 20, candidateSampleSize: 1", """
                companies:
                  - {id: buyer, domain: organic, demand: 1, requirement: 0.5}
                platforms:
                  - {id: p, domain: organic, members: [], monthlyCost: 0}
                smes:
                  - {id: s, domain: organic, count: 1, practice: [0.9, 0.9], platform: p}
                ties:
                  - {from: p, to: buyer, layer: market, weight: 1}
                """));
        Actor buyer = w.byId("buyer"), s = w.byId("s.0001");
        assertNotNull(w.ties.get(s.index, buyer.index, Layer.MARKET));
        assertEquals(1, w.counters.marketTiesBrokered);
    }

    /**
     * Upkeep of broker ties (tieStrengthenRate 0.5, tieDecayRate 0.1, all ties of weight 0.5): the buyer has its one
     * supplier s (demand 1, so it searches no more). Brokers that work with s keep their market tie in use, whatever the
     * direction of their tie to s: NGO a (a -> s), NGO b (s -> b) and platform p (s is a member) strengthen to
     * 0.5 + 0.5 x 0.5 = 0.75; NGO c, which works with another SME, lets it decay to 0.5 x 0.9 = 0.45. keepBrokerTies
     * returns the 3 ties kept (asked again after the month).
     */
    @Test
    void brokersThatWorkWithASupplierKeepTheirTieToTheBuyer() {
        String world = """
                ngos:
                  - {id: a, type: market, domain: organic, cash: 100000, monthlyCost: 1000}
                  - {id: b, type: market, domain: organic, cash: 100000, monthlyCost: 1000}
                  - {id: c, type: market, domain: organic, cash: 100000, monthlyCost: 1000}
                companies:
                  - {id: buyer, domain: organic, demand: 1, requirement: 0.5}
                platforms:
                  - {id: p, domain: organic, members: [], monthlyCost: 0}
                smes:
                  - {id: s, domain: organic, count: 1, practice: [0.9, 0.9], platform: p}
                  - {id: other, domain: organic, count: 1, practice: [0.9, 0.9]}
                ties:
                  - {from: s, to: buyer, layer: market, weight: 0.5}
                  - {from: a, to: buyer, layer: market, weight: 0.5}
                  - {from: b, to: buyer, layer: market, weight: 0.5}
                  - {from: c, to: buyer, layer: market, weight: 0.5}
                  - {from: p, to: buyer, layer: market, weight: 0.5}
                  - {from: a, to: s, layer: knowledge, weight: 0.5}
                  - {from: s, to: b, layer: legitimacy, weight: 0.5}
                  - {from: c, to: other, layer: knowledge, weight: 0.5}
                """;
        String params = "tieStrengthenRate: 0.5, tieDecayRate: 0.1";
        World w = month(yaml(params, world));
        int buyer = w.byId("buyer").index;
        assertEquals(0.75, w.ties.get(w.byId("a").index, buyer, Layer.MARKET).weight(), 1e-12);
        assertEquals(0.75, w.ties.get(w.byId("b").index, buyer, Layer.MARKET).weight(), 1e-12);
        assertEquals(0.75, w.ties.get(w.byId("p").index, buyer, Layer.MARKET).weight(), 1e-12);
        assertEquals(0.45, w.ties.get(w.byId("c").index, buyer, Layer.MARKET).weight(), 1e-12);

        assertEquals(3, SupplierSearch.keepBrokerTies((Company) w.byId("buyer"), w));
    }
}
