package ayni.model;

import static ayni.StepWorld.params;
import static ayni.StepWorld.run;
import static ayni.StepWorld.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.StepWorld;
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
     * The same watchdog confrontation seen from the company's side: {@code intie} meets the company only on the
     * company's own knowledge tie to it (company to NGO), {@code both} on ties in both directions. Each is one relation
     * (2 in all, both conflictive with confrontationRate 1), and the conflict costs every knowledge tie between the
     * two, in either direction, half its weight before the month's decay: 0.5 x 0.97 = 0.485.
     */
    @Test
    void aConfrontationCountsTheCompanysOwnTiesAndWeakensThemToo() {
        String yaml = Tiny.HEADER + params("watchdogWeight: 1, confrontationRate: 1") + """
                companies:
                  - {id: c, domain: organic, demand: 0, discourse: [0.5, 0.5]}
                ngos:
                  - {id: intie, type: conventional, domain: organic, cash: 100000, watchdog: 1, discourse: [0.5, 0.5]}
                  - {id: both, type: conventional, domain: organic, cash: 100000, watchdog: 1, discourse: [0.5, 0.5]}
                ties:
                  - {from: c, to: intie, layer: knowledge, weight: 1}
                  - {from: c, to: both, layer: knowledge, weight: 1}
                  - {from: both, to: c, layer: knowledge, weight: 1}
                """;
        World w = run(yaml, 1).world();
        Actor c = w.byId("c"), inTie = w.byId("intie"), both = w.byId("both");
        assertEquals(2, w.counters.ngoCompanyRelations);
        assertEquals(2, w.counters.conflictsNgoCompany);
        assertTrue(w.conflicts.inConflict(w, inTie, c));
        assertEquals(0.485, w.ties.get(c.index(), inTie.index(), Layer.KNOWLEDGE).weight(), 1e-12);
        assertEquals(0.485, w.ties.get(c.index(), both.index(), Layer.KNOWLEDGE).weight(), 1e-12);
        assertEquals(0.485, w.ties.get(both.index(), c.index(), Layer.KNOWLEDGE).weight(), 1e-12);
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
     * One NGO "n", the only member of platform "p" (10 seats, 100,000 in hand), working with a group "g" of
     * {@code smes} SME members on knowledge ties: one NGO-SME relation per member.
     */
    private static String platform(int smes) {
        return """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000}
                platforms:
                  - {id: p, domain: organic, members: [n], seats: 10, cash: 100000, monthlyCost: 1}
                smes:
                  - {id: g, domain: organic, count: %d, platform: p}
                ties:
                  - {from: n, to: g, layer: knowledge, weight: 1}
                """.formatted(smes);
    }

    /**
     * A platform of 10 seats with one member NGO and 10 SME members the NGO works with (knowledge ties). With
     * powerStruggleRate 1 and roleSettlingMonths 600: an even split (smeSeatShare 0.5, 4v(1-v) = 1) makes all 10 NGO-SME
     * relations conflictive in month one; SMEs holding every seat (smeSeatShare 1) or none (0) leave nothing contested.
     */
    @Test
    void smesGainingSeatsStruggleWithTheNgosOfTheirPlatform() {
        String yaml = Tiny.HEADER + params("powerStruggleRate: 1, roleSettlingMonths: 600, smeSeatShare: 0.5") + platform(10);
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
     * The struggle's rate scales: powerStruggleRate 0.25 with an even split (4 x 0.5 x 0.5 = 1) in the first month
     * (no time to settle) makes each of 40 NGO-SME relations conflictive with probability 0.25: 10 expected, standard
     * deviation 2.7, so between 3 and 18 except with probability below 1e-3. A rate that did not fall with the
     * split (or with the rate) would give 30 or 40.
     */
    @Test
    void thePowerStrugglesRateScalesWithTheRateAndTheSplit() {
        String yaml = Tiny.HEADER + params("powerStruggleRate: 0.25, roleSettlingMonths: 600, smeSeatShare: 0.5") + platform(40);
        World w = run(yaml, 1).world();
        assertEquals(40, w.counters.conflictChancesNgoSme);
        assertTrue(w.counters.conflictsNgoSme >= 3 && w.counters.conflictsNgoSme <= 18, "conflicts " + w.counters.conflictsNgoSme);
    }

    /**
     * The same platform with conflicts lasting one month: the struggle's rate falls by e every roleSettlingMonths. With
     * roleSettlingMonths 1, in month 30 it is e^-29 (no conflict); with 600 it is e^-0.048 = 0.95 for each of 10
     * relations (at least 5 conflicts except with probability below 1e-5).
     */
    @Test
    void thePowerStruggleSettlesOnceRolesAreRedefined() {
        String yaml = Tiny.HEADER + params("powerStruggleRate: 1, roleSettlingMonths: 1, smeSeatShare: 0.5, conflictMonths: 1, "
                + "conflictTieLoss: 0") + platform(10);
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
                + "conflictTieLoss: 0") + platform(10);
        AyniModel m = start(yaml);
        World w = m.world();
        for (int i = 0; i < 20; i++) m.runStep();
        assertEquals(0, w.counters.conflictsNgoSme, "settled after 20 months");
        w.params.setSmeSeatShare(0.6);
        m.runStep();
        assertEquals(20, w.conflicts.lastTransfer((ayni.agents.Platform) w.byId("p")));
        assertTrue(w.counters.conflictsNgoSme >= 5, "conflicts " + w.counters.conflictsNgoSme);
    }

    // ---- 7.28a Rivalry for scarce funds -------------------------------------------------------------------------

    /** Two NGOs short of funds (running costs 1,000 a month, reserve target 120 months) and a third, well off. */
    private static final String RIVALS = """
            donors:
              - {id: d, kind: bilateral, budget: BUDGET, domains: {organic: 1}, channels: {ngo: 1}, discourse: [0, 0]}
            ngos:
              - {id: a, type: conventional, domain: organic, cash: 0, monthlyCost: 1000, discourse: [0, 0]}
              - {id: b, type: conventional, domain: organic, cash: 0, monthlyCost: 1000, discourse: [0, 0]}
              - {id: rich, type: conventional, domain: organic, cash: 10000000, monthlyCost: 1000, discourse: [0, 0]}
            ties:
              - {from: a, to: b, layer: knowledge, weight: 1}
            """;

    private static String rivals(double budget, String extra) {
        return Tiny.HEADER + params("fundingConflictProbability: 0, ngoReserveMonths: 120, conflictTieLoss: 0.5" + extra)
                + RIVALS.replace("BUDGET", String.valueOf(budget));
    }

    /**
     * An NGO without running costs is not short of funds (a donor gives it nothing, 7.2, so it has no aid to compete
     * for): "free" (costs 0, cash 0) joins the domain of the test below. Scarcity counts every NGO of the domain, 4 per
     * US$ 1.5 million, so q = min(1, 0.5 x 2.67) = 1 as there; a and b still each have one rival and clash as there (two
     * chances, one conflict), and free has none: counted among the rivals it would add a third chance and clash.
     */
    @Test
    void anNgoWithoutRunningCostsDoesNotCompeteForAid() {
        String yaml = rivals(1.5e6, ", fundingRivalryRate: 0.5").replace("\nties:",
                "\n  - {id: free, type: conventional, domain: organic, cash: 0, monthlyCost: 0, discourse: [0, 0]}\nties:");
        World w = run(yaml, 1).world();
        Actor free = w.byId("free");
        assertEquals(2, w.counters.conflictChancesNgoNgo);
        assertEquals(1, w.counters.conflictsNgoNgo);
        assertFalse(w.conflicts.inConflict(w, free, w.byId("a")));
        assertFalse(w.conflicts.inConflict(w, free, w.byId("b")));
    }

    /**
     * Rivalry needs no grant decision. The domain has 3 NGOs and a donor budget of 1.5 US$ million a year open to them:
     * scarcity 2 NGOs per US$ million; with fundingRivalryRate 0.5 a pair of NGOs short of funds clashes with
     * probability q = min(1, 0.5 x 2) = 1. The rich NGO (10 million in hand, above 120 months of costs) does not compete:
     * a turns on its only rival b, a chance, and clashes with it for sure; b turns on a, finds the relation already
     * conflictive, and has no chance. The donor's first grant this month went to a or b and the other lost it (a chance
     * of 7.28 that fundingConflictProbability 0 never takes): two chances, one conflict, and the knowledge tie a -> b
     * keeps half its weight, then decays once: 0.5 x 0.97.
     */
    @Test
    void twoNgosShortOfFundsClashOverScarceAidWithoutAGrantDecision() {
        World w = run(rivals(1.5e6, ", fundingRivalryRate: 0.5"), 1).world();
        Actor a = w.byId("a"), b = w.byId("b");
        assertEquals(2, w.counters.conflictChancesNgoNgo);
        assertEquals(1, w.counters.conflictsNgoNgo);
        assertTrue(w.conflicts.inConflict(w, a, b));
        assertFalse(w.conflicts.inConflict(w, a, w.byId("rich")));
        assertEquals(0.485, w.ties.get(a.index(), b.index(), Layer.KNOWLEDGE).weight(), 1e-12);

        World off = run(rivals(1.5e6, ", fundingRivalryRate: 0"), 1).world();
        assertEquals(0, off.counters.conflictsNgoNgo);
        assertFalse(off.conflicts.inConflict(off, off.byId("a"), off.byId("b")));
    }

    /**
     * The same world with conflicts lasting one month, over 48 months. At 1.5 US$ million (2 NGOs per million, q = 1)
     * a and b clash every month: 48 conflicts. Four times the budget (0.5 NGOs per million) gives q = 0.25: a clashes
     * with 0.25, else b with 0.25, a month has a conflict with probability 1 - 0.75^2 = 0.44, about 21 in 48 months
     * (binomial sd 3.4; the bounds 8..36 fail with probability below 1e-4). More money per NGO, less conflict.
     */
    @Test
    void rivalryFallsWhenAidPerNgoRises() {
        assertEquals(48, rivalryConflicts(1.5e6));
        int plenty = rivalryConflicts(6e6);
        assertTrue(plenty >= 8 && plenty <= 36, "conflicts " + plenty);
    }

    private static int rivalryConflicts(double budget) {
        return (int) StepWorld.sum(start(rivals(budget, ", fundingRivalryRate: 0.5, conflictMonths: 1")), 48,
                c -> c.conflictsNgoNgo);
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
