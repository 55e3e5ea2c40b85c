package ayni.model;

import static ayni.model.SubmodelStepTest.params;
import static ayni.model.SubmodelStepTest.run;
import static ayni.model.SubmodelStepTest.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.Tiny;
import ayni.agents.Actor;
import ayni.agents.World;
import ayni.domain.Layer;
import org.junit.jupiter.api.Test;

/**
 * Step tests of conflict between organisations (ODD 7.30): confrontation with companies, the power struggle in
 * platforms, and what a conflictive relation does to cooperation. Each runs whole monthly steps on a hand-made world.
 */
class ConflictStepTest {

    /**
     * Two NGOs, each tied to one company. The watchdog (watchdog 1, watchdogWeight 1) never cooperates with the company
     * it watches, so with confrontationRate 1 it confronts it in month one for sure: P = 1 x (1 - 0); the helper at the
     * company's discourse position cooperates for sure, so it never confronts: P = 1 x (1 - 1). One of the two
     * NGO-company relations is conflictive (cooperative share 0.5), the watchdog's knowledge tie keeps 1 - 0.5 of its
     * weight and then decays once: 0.5 x 0.97 = 0.485, the helper's only decays: 0.97.
     */
    @Test
    void anNgoConfrontsACompanyItWatchesAndCollaboratesWithOneItAgreesWith() {
        String yaml = Tiny.HEADER + params("watchdogWeight: 1, confrontationRate: 1") + """
                companies:
                  - {id: c, domain: organic, demand: 0, discourse: [0.5, 0.5]}
                ngos:
                  - {id: helper, type: conventional, domain: organic, cash: 100000, watchdog: 0, discourse: [0.5, 0.5]}
                  - {id: watcher, type: conventional, domain: organic, cash: 100000, watchdog: 1, discourse: [0.5, 0.5]}
                ties:
                  - {from: helper, to: c, layer: knowledge, weight: 1}
                  - {from: watcher, to: c, layer: knowledge, weight: 1}
                """;
        World w = run(yaml, 1).world();
        Actor c = w.byId("c"), helper = w.byId("helper"), watcher = w.byId("watcher");
        assertEquals(2, w.counters.ngoCompanyRelations);
        assertEquals(1, w.counters.ngoCompanyConflictive);
        assertEquals(1, w.counters.conflictsNgoCompany);
        assertTrue(w.conflicts.inConflict(w, watcher, c));
        assertFalse(w.conflicts.inConflict(w, helper, c));
        assertEquals(0.485, w.ties.get(watcher.index(), c.index(), Layer.KNOWLEDGE).weight(), 1e-12);
        assertEquals(0.97, w.ties.get(helper.index(), c.index(), Layer.KNOWLEDGE).weight(), 1e-12);
    }

    /**
     * NGO a (knowledge 0.8) teaches NGO b (knowledge 0) on a tie of weight 1, both at one discourse position: they
     * always cooperate. Put in conflict before the first month with conflictMonths 2 and conflictCooperationLoss 1, b
     * learns nothing in months 0 and 1; in month 2 the conflict is over and b learns again. Without the conflict b
     * learns from month 0 on.
     */
    @Test
    void aConflictiveRelationCarriesNoCooperationUntilTheConflictEnds() {
        String yaml = Tiny.HEADER + params("conflictMonths: 2, conflictCooperationLoss: 1, conflictTieLoss: 0") + """
                ngos:
                  - {id: a, type: conventional, domain: organic, cash: 100000, knowledge: 0.8}
                  - {id: b, type: conventional, domain: organic, cash: 100000, knowledge: 0}
                ties:
                  - {from: a, to: b, layer: knowledge, weight: 1}
                """;
        AyniModel m = start(yaml);
        World w = m.world();
        Actor a = w.byId("a"), b = w.byId("b");
        w.conflicts.begin(w, a, b);
        m.runStep();
        m.runStep();
        assertEquals(0, b.knowledge(), 1e-12);
        m.runStep();
        assertTrue(b.knowledge() > 0, "the conflict is over: b learns again");

        World peace = run(yaml, 1).world();
        assertTrue(peace.byId("b").knowledge() > 0, "without conflict b learns in month 0");
    }

    /**
     * A platform of 10 seats with one member NGO and 10 SME members the NGO works with (knowledge ties). With
     * powerStruggleRate 1 and roleSettlingMonths 600: an even split (smeSeatShare 0.5, 4v(1-v) = 1) makes all 10 NGO-SME
     * relations conflictive in month one; SMEs holding every seat (smeSeatShare 1) or none (0) leave nothing contested.
     */
    @Test
    void smesGainingSeatsStruggleWithTheNgosOfTheirPlatform() {
        String yaml = Tiny.HEADER + params("powerStruggleRate: 1, roleSettlingMonths: 600, smeSeatShare: 0.5") + """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000}
                platforms:
                  - {id: p, domain: organic, members: [n], seats: 10, cash: 100000, monthlyCost: 1}
                smes:
                  - {id: g, domain: organic, count: 10, platform: p}
                ties:
                  - {from: n, to: g, layer: knowledge, weight: 1}
                """;
        World w = run(yaml, 1).world();
        assertEquals(10, w.counters.conflictChancesNgoSme);
        assertEquals(10, w.counters.conflictsNgoSme);
        assertTrue(w.conflicts.inConflict(w, w.byId("n"), w.byId("g.0001")));

        World all = run(yaml.replace("smeSeatShare: 0.5", "smeSeatShare: 1"), 1).world();
        assertEquals(10, all.counters.conflictChancesNgoSme);
        assertEquals(0, all.counters.conflictsNgoSme);
        World none = run(yaml.replace("smeSeatShare: 0.5", "smeSeatShare: 0"), 1).world();
        assertEquals(0, none.counters.conflictChancesNgoSme);
    }

    /**
     * The same platform with conflicts lasting one month: the struggle's rate falls by e every roleSettlingMonths. With
     * roleSettlingMonths 1, in month 30 it is e^-29 (no conflict); with 600 it is e^-0.048 = 0.95 for each of 10
     * relations (at least 5 conflicts except with probability below 1e-5).
     */
    @Test
    void thePowerStruggleSettlesOnceRolesAreRedefined() {
        String yaml = Tiny.HEADER + params("powerStruggleRate: 1, roleSettlingMonths: 1, smeSeatShare: 0.5, conflictMonths: 1, "
                + "conflictTieLoss: 0") + """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000}
                platforms:
                  - {id: p, domain: organic, members: [n], seats: 10, cash: 100000, monthlyCost: 1}
                smes:
                  - {id: g, domain: organic, count: 10, platform: p}
                ties:
                  - {from: n, to: g, layer: knowledge, weight: 1}
                """;
        World settled = run(yaml, 30).world();
        assertEquals(10, settled.counters.conflictChancesNgoSme);
        assertEquals(0, settled.counters.conflictsNgoSme);
        World fresh = run(yaml.replace("roleSettlingMonths: 1", "roleSettlingMonths: 600"), 30).world();
        assertTrue(fresh.counters.conflictsNgoSme >= 5, "conflicts " + fresh.counters.conflictsNgoSme);
    }

    /**
     * The same settled platform (roleSettlingMonths 1, no conflict in month 20), then SMEs gain a seat: smeSeatShare
     * 0.5 -> 0.6 gives them 6 of the 10 seats. A seat has changed hands, so the settling clock starts again: in that
     * month each of the 10 relations turns conflictive with probability 4 x 0.6 x 0.4 = 0.96 (at least 5 conflicts
     * except with probability below 1e-5). Counting from the first month SMEs held seats would leave e^-20: none.
     */
    @Test
    void theStruggleFlaresUpAgainWhenASeatChangesHands() {
        String yaml = Tiny.HEADER + params("powerStruggleRate: 1, roleSettlingMonths: 1, smeSeatShare: 0.5, conflictMonths: 1, "
                + "conflictTieLoss: 0") + """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000}
                platforms:
                  - {id: p, domain: organic, members: [n], seats: 10, cash: 100000, monthlyCost: 1}
                smes:
                  - {id: g, domain: organic, count: 10, platform: p}
                ties:
                  - {from: n, to: g, layer: knowledge, weight: 1}
                """;
        AyniModel m = start(yaml);
        World w = m.world();
        for (int i = 0; i < 20; i++) m.runStep();
        assertEquals(0, w.counters.conflictsNgoSme, "settled after 20 months");
        w.params.setSmeSeatShare(0.6);
        m.runStep();
        assertEquals(20, w.conflicts.lastTransfer((ayni.agents.Platform) w.byId("p")));
        assertTrue(w.counters.conflictsNgoSme >= 5, "conflicts " + w.counters.conflictsNgoSme);
    }

    // ---- 7.31 GONGO-run projects -------------------------------------------------------------------------------

    /**
     * A donor funds one NGO (5,000 USD in hand, below its reserve target; 12,000 USD a month, half of it project money); the NGO supports its one micro SME with
     * supportShare 1 of the 1,500 USD adoption cost. The SME has no benefit from adopting (no buyer, no savings), so
     * it adopts only if the project pays the whole cost. A conventional NGO's project does: 1,500 reach the SME and it
     * adopts in month two. A GONGO spends gongoProjectOverhead 0.3 of the payment on administration (450 USD, booked
     * as running costs): 1,050 reach the SME, 450 remain for it to pay, and it does not adopt. Same dollars, fewer
     * adoptions.
     */
    @Test
    void aGongoProjectLosesItsAdministrationShareAndBuysNoAdoption() {
        String yaml = Tiny.HEADER + params("grantShare: 1, absorptionFactor: 100, supportShare: 1, savingsRate: 0, "
                + "gongoProjectOverhead: 0.3") + """
                donors:
                  - {id: d, kind: bilateral, budget: 144000, domains: {organic: 1}, discourse: [0, 0]}
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 5000, monthlyCost: 1000, discourse: [0, 0]}
                smes:
                  - {id: g, domain: organic, count: 1, discourse: [0, 0], discourseSpread: 0, practice: [0, 0]}
                """;
        AyniModel ngo = start(yaml);
        ngo.runStep();
        ayni.agents.Sme s = (ayni.agents.Sme) ngo.world().byId("g.0001");
        assertEquals(1500, s.projectMoney(), 1e-9);
        assertEquals(1500, ngo.world().counters.projectMoney[ayni.domain.NgoType.CONVENTIONAL.ordinal()], 1e-9);
        ngo.runStep();
        assertTrue(s.adopted(), "the whole cost paid: it adopts");

        AyniModel gongo = start(yaml.replace("type: conventional", "type: gongo"));
        gongo.runStep();
        World w = gongo.world();
        ayni.agents.Sme t = (ayni.agents.Sme) w.byId("g.0001");
        assertEquals(1050, t.projectMoney(), 1e-9);
        assertEquals(1500, w.counters.projectMoney[ayni.domain.NgoType.GONGO.ordinal()], 1e-9);
        assertEquals(1000 + 450, w.ledger.spentStep(ayni.exchange.Ledger.Sink.RUNNING_COSTS), 1e-9);
        gongo.runStep();
        assertFalse(t.adopted(), "450 USD left to pay for no benefit: it does not adopt");
    }
}
