package ayni.agents;

import static ayni.StepWorld.month;
import static ayni.StepWorld.start;
import static ayni.StepWorld.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.domain.Layer;
import ayni.model.AyniModel;
import ayni.domain.IncomeSource;
import ayni.network.Tie;
import org.junit.jupiter.api.Test;

/**
 * Step tests of what the world does between actors (docs/ODD.md 7.8, 7.20, 7.24, 7.27): knowledge passed on a tie,
 * cooperation counted inside and across discourse clusters, accreditation along legitimacy ties, and an actor's exit
 * (holdings written off, ties gone, platforms left). Each runs one monthly step of a small hand-made world.
 */
class WorldStepTest {

    /**
     * An NGO (knowledge 0.9) teaching on ties of weight 1 {@code same} SMEs (0.1) in its discourse quadrant and one
     * across the y axis, all at the same spot up to 1e-9 (cooperationDistanceScale 5: cooperation probability ~1),
     * with knowledgeTransferRate 0.1.
     */
    static String cooperation(int same) {
        return yaml("knowledgeTransferRate: 0.1, cooperationDistanceScale: 5", """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000, knowledge: 0.9, discourse: [0.000000001, 0.000000001]}
                smes:
                  - {id: same, domain: organic, count: %d, knowledge: [0.1, 0.1], discourse: [0.000000001, 0.000000001], discourseSpread: 0}
                  - {id: across, domain: organic, count: 1, knowledge: [0.1, 0.1], discourse: [-0.000000001, 0.000000001], discourseSpread: 0}
                ties:
                  - {from: n, to: same, layer: knowledge, weight: 1}
                  - {from: n, to: across, layer: knowledge, weight: 1}
                """.formatted(same));
    }

    /**
     * An agency without a budget tied on a legitimacy tie of weight 0.5 to a certifier NGO of legitimacy 0.2 and, with
     * {@code sme}, to an SME too; accreditationRate 0.1 and {@code params}.
     */
    static String accreditation(String params, boolean sme) {
        return yaml("accreditationRate: 0.1, " + params, """
                governments:
                  - {id: gov, domain: organic, budget: 0}
                ngos:
                  - {id: cert, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000, legitimacy: 0.2}
                """ + (sme ? "smes:\n  - {id: s, domain: organic, count: 1}\n" : "") + """
                ties:
                  - {from: gov, to: cert, layer: legitimacy, weight: 0.5}
                """ + (sme ? "  - {from: gov, to: s, layer: legitimacy, weight: 0.5}\n" : ""));
    }

    /**
     * An NGO (0.9) teaches two SMEs (0.1) on ties of weight 1 with knowledgeTransferRate 0.1: each learns
     * 0.1 x 1 x (0.9 - 0.1) x (1 - 0.1) = 0.072, and the month's knowledge transferred is 0.144. One SME stands in the
     * NGO's discourse quadrant, the other across the axis at the same spot up to 1e-9 (cooperationDistanceScale 5: both
     * cooperate with probability ~1): 2 cooperation attempts, 1 within a cluster, 2 cooperations, 1 within.
     */
    @Test
    void knowledgeFlowsOnTiesAndCooperationIsCountedWithinAndAcrossClusters() {
        World w = month(cooperation(1));
        assertEquals(0.172, w.byId("same.0001").knowledge(), 1e-9);
        assertEquals(0.172, w.byId("across.0001").knowledge(), 1e-9);
        assertEquals(0.144, w.counters.knowledgeTransferred, 1e-9);
        assertEquals(2, w.counters.cooperationAttempts);
        assertEquals(1, w.counters.cooperationAttemptsWithin);
        assertEquals(2, w.counters.cooperations);
        assertEquals(1, w.counters.cooperationsWithin);
    }

    /**
     * Accreditation: the agency (legitimacy set by governmentLegitimacy 0.5) lends accreditationRate 0.1 x 0.5 x tie
     * weight 0.5 = 0.025 of its gap to 1 to the certifier NGO (0.2 -> 0.22). It lends nothing to an SME on a
     * legitimacy tie (endorsement runs the other way, 7.15).
     */
    @Test
    void anAgencyAccreditsAnOrganisationButNotAnSme() {
        AyniModel m = start(accreditation("governmentLegitimacy: 0.5", true));
        World w = m.world();
        double sme = w.byId("s.0001").legitimacy();
        m.runStep();
        assertEquals(0.22, w.byId("cert").legitimacy(), 1e-12);
        assertEquals(sme, w.byId("s.0001").legitimacy(), 1e-12);
        assertEquals(1, w.counters.accreditations);
    }

    /**
     * An NGO holding 5,000 leaves by an event in month 1: it leaves its platform and loses its ties, and what it held
     * is written off (5,000), so the ledger still balances.
     */
    @Test
    void anActorThatLeavesIsWrittenOffAndLeavesItsTiesAndPlatforms() {
        AyniModel m = start(yaml("", """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 5000, monthlyCost: 1000}
                  - {id: k, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000}
                platforms:
                  - {id: p, domain: organic, members: [n, k], monthlyCost: 0}
                ties:
                  - {from: k, to: n, layer: knowledge, weight: 1}
                events:
                  - {at: 2000-01, kind: actorExit, actors: [n]}
                """));
        World w = m.world();
        Actor n = w.byId("n"), k = w.byId("k");
        Platform p = (Platform) w.byId("p");
        assertTrue(p.isMember(n));
        m.runStep();
        assertFalse(n.active());
        assertFalse(p.isMember(n));
        assertTrue(p.isMember(k));
        assertNull(w.ties.get(k.index(), n.index(), Layer.KNOWLEDGE));
        assertEquals(0, n.cash(), 1e-12);
        assertEquals(5000, w.ledger.writtenOff(), 1e-9);
        assertEquals(0, w.ledger.imbalance(w.held()), 1e-6);
        assertEquals(1, w.counters.exits);
    }

    /**
     * Cooperation counted within and across clusters, with more of one than the other so that the two cannot be
     * swapped: an NGO (0.9, in the quadrant x > 0, y > 0) teaches three SMEs (0.1) on ties of weight 1, two in its
     * quadrant and one across the y axis, all at the same spot up to 1e-9 (cooperationDistanceScale 5: probability
     * ~1). Attempts 3, 2 within; cooperations 3, 2 within.
     */
    @Test
    void cooperationWithinAClusterIsCountedApartFromCooperationAcross() {
        World w = month(cooperation(2));
        assertEquals(3, w.counters.cooperationAttempts);
        assertEquals(2, w.counters.cooperationAttemptsWithin);
        assertEquals(3, w.counters.cooperations);
        assertEquals(2, w.counters.cooperationsWithin);
    }

    /**
     * Every actor that enters counts: one NGO and a group of three SMEs enter in month 1 (4 entries), no one in
     * month 2. teach returns the gain it gives: asked after month 1, the NGO (0.9) teaching an SME of knowledge k on
     * their tie of weight t, at the same spot (cooperation probability 1), gives knowledgeTransferRate 0.1 x t x
     * (0.9 - k) x (1 - k), and the SME's knowledge rises by it.
     */
    @Test
    void entriesAreCountedAndTeachReturnsTheGain() {
        AyniModel m = start(yaml("knowledgeTransferRate: 0.1, cooperationDistanceScale: 5", """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000, knowledge: 0.9}
                smes:
                  - {id: g, domain: organic, count: 3, knowledge: [0.1, 0.1], discourseSpread: 0}
                ties:
                  - {from: n, to: g, layer: knowledge, weight: 1}
                """));
        m.runStep();
        World w = m.world();
        assertEquals(4, w.counters.entries);
        Actor n = w.byId("n"), s = w.byId("g.0001");
        double k = s.knowledge();
        Tie t = w.ties.get(n.index(), s.index(), Layer.KNOWLEDGE);
        double gain = w.teach(n, s, t, new ec.util.MersenneTwisterFast(1));
        assertEquals(0.1 * t.weight() * (0.9 - k) * (1 - k), gain, 1e-12);
        assertEquals(k + gain, s.knowledge(), 1e-12);
        m.runStep();
        assertEquals(0, w.counters.entries);
    }

    /**
     * A giver of no legitimacy lends nothing and its legitimacy tie is not in use: the agency (governmentLegitimacy 0)
     * makes no accreditation, and its tie to the certifier decays (tieDecayRate 0.1: 0.5 -> 0.45) instead of
     * strengthening as a tie carrying a flow would.
     */
    @Test
    void aGiverWithoutLegitimacyAccreditsNoOne() {
        World w = month(accreditation("governmentLegitimacy: 0, tieDecayRate: 0.1, tieStrengthenRate: 0.5", false));
        assertEquals(0, w.counters.accreditations);
        assertEquals(0.2, w.byId("cert").legitimacy(), 1e-12);
        assertEquals(0.45, w.ties.get(w.byId("gov").index(), w.byId("cert").index(), Layer.LEGITIMACY).weight(), 1e-12);
    }

    /**
     * Funding of nothing is no funding: fund with an amount of 0 moves no money and lays no funding tie.
     */
    @Test
    void fundingNothingLaysNoTie() {
        World w = month(yaml("", """
                ngos:
                  - {id: a, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000}
                  - {id: b, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000}
                """));
        Actor a = w.byId("a"), b = w.byId("b");
        double held = w.held();
        w.fund(a, b, 0, IncomeSource.DONOR_GRANTS);
        assertNull(w.ties.get(a.index(), b.index(), Layer.FUNDING));
        assertEquals(held, w.held(), 0);
    }

    /**
     * A watchdog's friction with business is its watchdog role times watchdogWeight: 0.5 x 0.1 = 0.05, so it
     * cooperates with a buyer at the same spot with probability 0.95 (capped at 1 only when the product exceeds 1).
     */
    @Test
    void aWatchdogsFrictionWithBusinessIsItsRoleTimesTheWeight() {
        World w = month(yaml("watchdogWeight: 0.1", """
                ngos:
                  - {id: w, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000, watchdog: 0.5}
                companies:
                  - {id: c, domain: organic, demand: 0}
                """));
        assertEquals(0.05, w.watchdogFriction(w.byId("w"), w.byId("c")), 1e-12);
        assertEquals(0.05, w.watchdogFriction(w.byId("c"), w.byId("w")), 1e-12);
    }
}
