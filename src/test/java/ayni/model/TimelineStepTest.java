package ayni.model;

import static ayni.StepWorld.ngoDonor;
import static ayni.StepWorld.start;
import static ayni.StepWorld.steps;
import static ayni.StepWorld.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.agents.Actor;
import ayni.agents.Donor;
import ayni.agents.Ngo;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.domain.IncomeSource;
import ayni.domain.Layer;
import org.junit.jupiter.api.Test;

/**
 * Step tests of the scenario's timeline (docs/ODD.md 7.1, 7.25): ties of the scenario laid between groups by their
 * share, ties and named grants that wait for an actor's entry, and exits by {@code until}, which the event log
 * records for donors and platforms. Each runs whole monthly steps of a small hand-made world.
 */
class TimelineStepTest {

    static int ties(World w, Layer layer, ActorKind fromKind) {
        int n = 0;
        for (var t : w.ties.all()) if (t.layer() == layer && w.actor(t.from()).kind() == fromKind) n++;
        return n;
    }

    /**
     * An NGO tied to a group of 100 SMEs with share 0.2 ties about 20 of them (binomial, sd 4: between 5 and 40); a
     * group of 10 SMEs tied to another group of 10 with share 0.1 ties about 10 of the 100 pairs (between 1 and 30).
     * A tie between two single actors is laid whatever its share. (Ties are laid in month 1, when the actors are present.)
     */
    @Test
    void groupTiesTieTheirShareOfTheMembers() {
        AyniModel m = start(yaml("", """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000}
                  - {id: k, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000}
                smes:
                  - {id: g, domain: organic, count: 100}
                  - {id: a, domain: sustainableProduction, count: 10}
                  - {id: b, domain: sustainableProduction, count: 10}
                ties:
                  - {from: n, to: g, layer: knowledge, weight: 0.5, share: 0.2}
                  - {from: a, to: b, layer: market, weight: 0.5, share: 0.1}
                  - {from: n, to: k, layer: legitimacy, weight: 0.5, share: 0.1}
                """));
        World w = m.world();
        m.runStep();
        int fromNgo = 0;
        for (var t : w.ties.out(w.byId("n").index())) if (t.layer() == Layer.KNOWLEDGE) fromNgo++;
        assertTrue(fromNgo >= 5 && fromNgo <= 40, "about 20 of 100: " + fromNgo);
        int pairs = ties(w, Layer.MARKET, ActorKind.SME);
        assertTrue(pairs >= 1 && pairs <= 30, "about 10 of 100 pairs: " + pairs);
        assertNotNull(w.ties.get(w.byId("n").index(), w.byId("k").index(), Layer.LEGITIMACY));
    }

    /**
     * "late" enters in 2001-01 (step 12). Its knowledge tie from n and the donor's funding tie wait for it: at step 11
     * neither exists; at step 12 both are laid and the named grant starts (the donor's 12,000 a year, grantShare 1,
     * within what late absorbs: 1,000 a month).
     */
    @Test
    void tiesAndNamedGrantsWaitForTheActorsEntry() {
        AyniModel m = start(yaml("grantShare: 1, absorptionFactor: 1", """
                donors:
                  - {id: d, kind: bilateral, budget: 12000, domains: {sustainableProduction: 1}, grantCycleYears: 2, channels: {ngo: 1}}
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000}
                  - {id: late, type: conventional, domain: organic, cash: 0, monthlyCost: 1000, from: 2001-01}
                ties:
                  - {from: n, to: late, layer: knowledge, weight: 0.5}
                  - {from: d, to: late, layer: funding, weight: 0.5}
                """));
        World w = m.world();
        Actor n = w.byId("n"), late = w.byId("late"), d = w.byId("d");
        steps(m, 12);
        assertFalse(late.active());
        assertNull(w.ties.get(n.index(), late.index(), Layer.KNOWLEDGE));
        m.runStep();
        assertTrue(late.active());
        assertNotNull(w.ties.get(n.index(), late.index(), Layer.KNOWLEDGE));
        assertNotNull(w.ties.get(d.index(), late.index(), Layer.FUNDING));
        assertEquals(1000, ((Ngo) late).income(IncomeSource.DONOR_GRANTS), 1e-9);
    }

    /**
     * Actors with {@code until: 2000-06} are present through June (step 5) and gone from July (step 6). The NGO simply
     * leaves; the platform's dissolution and the donor's exit (at grant end: it pays its named grant, 1,000 a month,
     * to the grant's end in step 23) are written to the event log for July.
     */
    @Test
    void actorsLeaveAfterTheirUntilMonthAndTheLogSaysSoForDonorsAndPlatforms() {
        AyniModel m = start(yaml("grantShare: 1, absorptionFactor: 1", ngoDonor(12000, ", until: 2000-06") + """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000, until: 2000-06}
                  - {id: m, type: conventional, domain: organic, cash: 0, monthlyCost: 1000}
                platforms:
                  - {id: p, domain: organic, members: [m], monthlyCost: 0, until: 2000-06}
                ties:
                  - {from: d, to: m, layer: funding, weight: 0.5}
                """));
        World w = m.world();
        steps(m, 6);
        assertTrue(w.byId("n").active() && w.byId("p").active());
        assertFalse(((Donor) w.byId("d")).leaving());
        m.runStep();
        assertFalse(w.byId("n").active());
        assertFalse(w.byId("p").active());
        assertTrue(((Donor) w.byId("d")).leaving());
        assertTrue(w.byId("d").active(), "at grant end");
        assertEquals(1000, ((Ngo) w.byId("m")).income(IncomeSource.DONOR_GRANTS), 1e-9);
        var kinds = new java.util.ArrayList<String>();
        for (var e : m.eventLog().entries()) if (e.step() == 6) kinds.add(e.kind() + ":" + e.targets());
        assertTrue(kinds.contains("donorExit:d"), kinds.toString());
        assertTrue(kinds.contains("platformDissolve:p"), kinds.toString());
        assertEquals(2, kinds.size(), "the NGO's exit is not logged: " + kinds);
    }
    /**
     * With share 1 every member is tied: a group of 10 SMEs tied to another group of 10 gives all 10 x 10 = 100 pairs
     * (not one tie per member of either group, which would be 10), and an NGO tied to a group of 12 ties all 12.
     */
    @Test
    void aShareOfOneTiesEveryPairOfTwoGroupsAndEveryMember() {
        AyniModel m = start(yaml("", """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000}
                smes:
                  - {id: g, domain: organic, count: 12}
                  - {id: a, domain: sustainableProduction, count: 10}
                  - {id: b, domain: sustainableProduction, count: 10}
                ties:
                  - {from: n, to: g, layer: knowledge, weight: 0.5, share: 1}
                  - {from: a, to: b, layer: market, weight: 0.5, share: 1}
                """));
        World w = m.world();
        m.runStep();
        assertEquals(100, ties(w, Layer.MARKET, ActorKind.SME));
        assertEquals(12, ties(w, Layer.KNOWLEDGE, ActorKind.NGO));
    }

    /**
     * An actorEntry event moves n2's entry from its {@code from} 2003-01 to 2000-03 (step 2); an actorExit takes it
     * out in 2000-06 (step 5). Its old entry date was cancelled when the entry moved, so it does not come back in
     * 2003-01 (step 36).
     */
    @Test
    void aMovedEntryReplacesTheScenarioEntryDate() {
        AyniModel m = start(yaml("", """
                ngos:
                  - {id: n1, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000}
                  - {id: n2, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000, from: 2003-01}
                events:
                  - {at: 2000-03, kind: actorEntry, actors: [n2]}
                  - {at: 2000-06, kind: actorExit, actors: [n2]}
                """));
        World w = m.world();
        steps(m, 3);
        assertTrue(w.byId("n2").active());
        assertEquals(2, w.byId("n2").enteredStep());
        steps(m, 3);
        assertFalse(w.byId("n2").active());
        steps(m, 32);
        assertFalse(w.byId("n2").active(), "not back at its old entry date");
        assertEquals(2, w.byId("n2").enteredStep());
    }
}
