package ayni.agents;

import static ayni.StepWorld.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.StepWorld;
import ayni.domain.Layer;
import ayni.model.AyniModel;
import org.junit.jupiter.api.Test;

/**
 * A Bioferia's stands on hand-made worlds (docs/ODD.md 7.26, {@link Stands}): free stands go to producers who apply, up
 * to the stands it has, brokers' producers first; producers below the requirement, holding a stand, or selling to a
 * buyer that buys first do not apply; a stand whose holder sold nothing there is taken back and given to another.
 * Each runs whole monthly steps (a Bioferia reassigns its stands in the act phase).
 */
class StandsStepTest {

    private static final String QUIET_MARKET = "smeCapitalFactor: 0, revertProbability: 0, lossRevertProbability: 0";

    /** An NGO "n" that may broker, and a Bioferia "feria" with one stand and requirement 0.5. */
    private static final String BROKER_AND_STAND = """
            ngos:
              - {id: n, type: conventional, domain: organic, cash: 100000, monthlyCost: 0}
            companies:
              - {id: feria, domain: organic, demand: 1, premium: 0.3, requirement: 0.5, bioferia: true}
            """;

    /** Whether NGO "n" brokers for the Bioferia (a market tie n -> feria). */
    private static boolean brokers(World w) {
        return w.ties.get(w.byId("n").index, w.byId("feria").index, Layer.MARKET) != null;
    }

    private static boolean holds(World w, String sme, String feria) {
        return w.ties.get(w.byId(sme).index, w.byId(feria).index, Layer.MARKET) != null;
    }

    @Test
    void freeStandsGoToProducersWhoApplyUpToTheStandsItHas() {
        AyniModel m = StepWorld.start(yaml(QUIET_MARKET, """
                companies:
                  - {id: feria, domain: organic, demand: 2, premium: 0.3, requirement: 0.5, bioferia: true}
                smes:
                  - {id: g, domain: organic, count: 6, practice: [0.6, 0.6]}
                """));
        World w = m.world();
        m.runStep();
        int holders = 0;
        for (int i = 1; i <= 6; i++) if (holds(w, String.format("g.%04d", i), "feria")) holders++;
        assertEquals(2, holders, "its demand is its number of stands");
        assertEquals(2, w.counters.marketTiesFormed);
        assertEquals(0, w.counters.marketTiesBrokered, "no broker: producers applied on their own");
        m.runStep();
        assertEquals(0, w.counters.marketTiesFormed, "no stand free the next month (both sold)");
    }

    @Test
    void producersBelowTheRequirementHoldingAStandOrSellingFirstElsewhereDoNotApply() {
        AyniModel m = StepWorld.start(yaml(QUIET_MARKET, """
                companies:
                  - {id: feria, domain: organic, demand: 9, premium: 0.3, requirement: 0.5, bioferia: true}
                  - {id: other, domain: organic, demand: 1, premium: 0.3, requirement: 0.5, bioferia: true}
                  - {id: shop, domain: organic, demand: 1, premium: 0.4, requirement: 0.6}
                  - {id: cheap, domain: organic, demand: 1, premium: 0.1, requirement: 0.2}
                  - {id: same, domain: organic, demand: 1, premium: 0.3, requirement: 0.2}
                  - {id: abroad, domain: organic, demand: 1, premium: 0.3, requirement: 0.2, exportBuyer: true}
                  - {id: picky, domain: organic, demand: 1, premium: 0.4, requirement: 0.9}
                smes:
                  - {id: low, domain: organic, count: 1, practice: [0.4, 0.4]}
                  - {id: edge, domain: organic, count: 1, practice: [0.5, 0.5]}
                  - {id: held, domain: organic, count: 1, practice: [0.6, 0.6]}
                  - {id: sold, domain: organic, count: 1, practice: [0.6, 0.6]}
                  - {id: poor, domain: organic, count: 1, practice: [0.6, 0.6]}
                  - {id: tie, domain: organic, count: 1, practice: [0.6, 0.6]}
                  - {id: exporter, domain: organic, count: 1, exportShare: 1, practice: [0.6, 0.6]}
                  - {id: unmet, domain: organic, count: 1, practice: [0.6, 0.6]}
                  - {id: free, domain: organic, count: 1, practice: [0.6, 0.6]}
                ties:
                  - {from: held, to: other, layer: market, weight: 1}
                  - {from: sold, to: shop, layer: market, weight: 1}
                  - {from: poor, to: cheap, layer: market, weight: 1}
                  - {from: tie, to: same, layer: market, weight: 1}
                  - {from: exporter, to: abroad, layer: market, weight: 1}
                  - {from: unmet, to: picky, layer: market, weight: 1}
                """));
        World w = m.world();
        m.runStep();
        assertFalse(holds(w, "low.0001", "feria"), "practice below the requirement");
        assertTrue(holds(w, "edge.0001", "feria"), "practice at the requirement");
        assertFalse(holds(w, "held.0001", "feria"), "holds a stand at another Bioferia");
        assertFalse(holds(w, "sold.0001", "feria"), "a buyer with a higher premium takes its output (practice at its requirement)");
        assertTrue(holds(w, "poor.0001", "feria"), "its buyer pays less than the Bioferia");
        assertTrue(holds(w, "tie.0001", "feria"), "a domestic buyer with the same premium does not buy first");
        assertFalse(holds(w, "exporter.0001", "feria"), "an export buyer with the same premium buys first");
        assertTrue(holds(w, "unmet.0001", "feria"), "a better buyer whose requirement it does not meet");
        assertTrue(holds(w, "free.0001", "feria"));
    }

    @Test
    void aStandItsHolderSoldNothingAtIsTakenBackAndGivenToAnother() {
        AyniModel m = StepWorld.start(yaml(QUIET_MARKET, """
                companies:
                  - {id: feria, domain: organic, demand: 1, premium: 0.3, requirement: 0.5, bioferia: true}
                smes:
                  - {id: idle, domain: organic, count: 1, practice: [0.1, 0.1]}
                  - {id: keen, domain: organic, count: 1, practice: [0.6, 0.6]}
                ties:
                  - {from: idle, to: feria, layer: market, weight: 1}
                """));
        World w = m.world();
        m.runStep(); // the stand is full; its holder cannot sell there (below the requirement)
        assertTrue(holds(w, "idle.0001", "feria"));
        assertFalse(holds(w, "keen.0001", "feria"));
        m.runStep(); // held through a market phase without a sale: taken back, and given to the one who applies
        assertFalse(holds(w, "idle.0001", "feria"));
        assertTrue(holds(w, "keen.0001", "feria"));
        assertEquals(1, w.counters.marketTiesFormed);
    }

    @Test
    void aBrokersProducersGetTheFreeStandsFirst() {
        AyniModel m = StepWorld.start(yaml(QUIET_MARKET + ", candidateSampleSize: 50", BROKER_AND_STAND + """
                smes:
                  - {id: known, domain: organic, count: 1, practice: [0.6, 0.6]}
                  - {id: g, domain: organic, count: 20, practice: [0.6, 0.6]}
                ties:
                  - {from: n, to: known, layer: knowledge, weight: 1}
                  - {from: n, to: feria, layer: market, weight: 1}
                """));
        World w = m.world();
        m.runStep();
        assertTrue(holds(w, "known.0001", "feria"), "the broker's producer, of 21 who apply");
        assertEquals(1, w.counters.marketTiesBrokered);
    }

    /**
     * A stand holder sells to a shop paying more, so it sells nothing at the Bioferia; in 2000-02 the shop closes. That
     * month its stand is taken back (no sale there last month), and although it now applies (no buyer buys first),
     * it does not get a stand again that month; the month after it does.
     */
    @Test
    void aHolderWhoseStandIsTakenBackDoesNotGetOneAgainThatMonth() {
        AyniModel m = StepWorld.start(yaml(QUIET_MARKET, """
                companies:
                  - {id: feria, domain: organic, demand: 1, premium: 0.3, requirement: 0.5, bioferia: true}
                  - {id: shop, domain: organic, demand: 1, premium: 0.4, requirement: 0.5}
                smes:
                  - {id: h, domain: organic, count: 1, practice: [0.6, 0.6]}
                ties:
                  - {from: h, to: feria, layer: market, weight: 1}
                  - {from: h, to: shop, layer: market, weight: 1}
                events:
                  - {at: 2000-02, kind: actorExit, actors: [shop]}
                """));
        World w = m.world();
        m.runStep();
        assertTrue(holds(w, "h.0001", "feria"));
        m.runStep();
        assertFalse(holds(w, "h.0001", "feria"), "taken back and, though it now applies, not given again this month");
        m.runStep();
        assertTrue(holds(w, "h.0001", "feria"), "the month after it applies again");
    }

    @Test
    void withoutBrokersItRecruitsAnNgoThatKnowsProducersAndStandsGoNoFurtherThanItHas() {
        AyniModel m = StepWorld.start(yaml(QUIET_MARKET + ", formationBias: 20", BROKER_AND_STAND + """
                smes:
                  - {id: known, domain: organic, count: 2, practice: [0.6, 0.6]}
                  - {id: g, domain: organic, count: 20, practice: [0.6, 0.6]}
                ties:
                  - {from: n, to: known, layer: knowledge, weight: 1}
                """));
        World w = m.world();
        m.runStep();
        assertTrue(brokers(w), "recruited as a broker");
        assertEquals(1, w.counters.marketTiesBrokered, "one of the two producers it introduces, no more than the stand");
        assertEquals(1, w.counters.marketTiesFormed);
        assertTrue(holds(w, "known.0001", "feria") ^ holds(w, "known.0002", "feria"));
    }

    @Test
    void aFullBioferiaRecruitsNoBroker() {
        AyniModel m = StepWorld.start(yaml(QUIET_MARKET + ", formationBias: 20", BROKER_AND_STAND + """
                smes:
                  - {id: holder, domain: organic, count: 1, practice: [0.6, 0.6]}
                  - {id: known, domain: organic, count: 1, practice: [0.6, 0.6]}
                ties:
                  - {from: holder, to: feria, layer: market, weight: 1}
                  - {from: n, to: known, layer: knowledge, weight: 1}
                """));
        World w = m.world();
        StepWorld.steps(m, 2);
        assertFalse(brokers(w));
    }
}
