package ayni.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.StepWorld;
import ayni.Tiny;
import ayni.agents.Actor;
import ayni.agents.Donor;
import ayni.agents.Streams;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.domain.Layer;
import ayni.scenario.EventSpec;
import ayni.scenario.Scenario;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model's own step (docs/ODD.md section 3 and 7.1): the keyed order in which actors of a kind act, the number of
 * steps a scenario runs, a restart, and the tie update phase's count of dissolved ties, on small hand-made worlds.
 * (ActorOrderTest checks the order on a shipped scenario; it is not among the mutation-testing targets.)
 */
class AyniModelStepTest {

    private static final String SMES = """
            smes:
              - {id: g, domain: organic, count: 12}
            """;

    /** Section 3's order: by the actor's priority key of this step, then by id. */
    private static List<Actor> keyed(World w, ActorKind k) {
        List<Actor> list = new ArrayList<>(w.active(k));
        list.sort(Comparator.comparingLong((Actor a) -> Streams.priority(w.seed, w.step(), a.idHash())).thenComparing(Actor::id));
        return list;
    }

    /**
     * Twelve SMEs: in each step they act in the keyed order, which is not the order they were registered in (with 12
     * actors a shuffle leaves them in place with probability 1/12!); it is drawn afresh in the next step, and an exit
     * between phases takes the leaver out of the next phase's order.
     */
    @Test
    void actorsActInTheKeyedOrderOfEachStep() {
        AyniModel m = StepWorld.start(StepWorld.yaml("", SMES));
        World w = m.world();
        m.runStep();
        List<Actor> first = m.ordered(ActorKind.SME);
        assertEquals(keyed(w, ActorKind.SME), first);
        assertNotEquals(w.active(ActorKind.SME), first, "the keyed order is a shuffle");
        m.runStep();
        List<Actor> second = m.ordered(ActorKind.SME);
        assertEquals(keyed(w, ActorKind.SME), second, "drawn afresh in the next step");
        assertNotEquals(first, second);
        Actor leaver = second.get(5);
        w.deactivate(leaver);
        List<Actor> after = m.ordered(ActorKind.SME);
        assertEquals(11, after.size());
        assertFalse(after.contains(leaver));
        assertEquals(keyed(w, ActorKind.SME), after);
    }

    /**
     * An exit and an entry between two phases of a step leave as many actors as before, none in its old place: of
     * SMEs g.0001 and g.0002, g.0001 leaves (g.0002 moves to its place) and an entrant takes the second. The next
     * phase's order is the keyed order of g.0002 and the entrant, not the order it had.
     */
    @Test
    void anExitAndAnEntryWithinAStepMakeANewOrder() {
        AyniModel m = StepWorld.start(StepWorld.yaml("", """
                smes:
                  - {id: g, domain: organic, count: 2}
                """));
        World w = m.world();
        m.runStep();
        assertEquals(keyed(w, ActorKind.SME), m.ordered(ActorKind.SME));
        Actor leaver = w.byId("g.0001");
        w.deactivate(leaver);
        Actor entrant = ScenarioBuilder.newSme(w, m.scenario().smeGroups(m.getParameters().getSmeCount()).get(0), "g.e00001");
        w.activate(entrant);
        List<Actor> order = m.ordered(ActorKind.SME);
        assertEquals(2, order.size());
        assertTrue(order.contains(entrant));
        assertFalse(order.contains(leaver));
        assertEquals(keyed(w, ActorKind.SME), order);
    }

    /**
     * A scenario from 2000-01 to 2004-12 runs exactly 60 monthly steps: runStep returns true 60 times, then false.
     * A model that was not started has nothing to run.
     */
    @Test
    void aScenarioRunsItsMonthsAndNoMore() {
        AyniModel notStarted = new AyniModel(Tiny.parse(StepWorld.yaml("", SMES)), 11);
        assertFalse(notStarted.runStep());
        AyniModel m = StepWorld.start(StepWorld.yaml("", SMES));
        int n = 0;
        while (m.runStep()) n++;
        assertEquals(60, n);
        assertEquals(YearMonth.of(2004, 12), m.date());
        assertFalse(m.runStep());
    }

    /** Starting a model again (the console's stop and play) begins the scenario anew: its first step is 2000-01. */
    @Test
    void aRestartBeginsAtTheFirstMonth() {
        AyniModel m = StepWorld.start(StepWorld.yaml("", SMES));
        StepWorld.steps(m, 3);
        m.start();
        m.runStep();
        assertEquals(0, m.world().step());
        assertEquals(YearMonth.of(2000, 1), m.date());
    }

    /**
     * A funding tie of weight 0.051 from an agency with no budget carries nothing, so in the update phase it decays
     * by tieDecayRate 0.03 to 0.04947, below tieDissolveThreshold 0.05: it dissolves, and the month counts one
     * dissolved tie.
     */
    @Test
    void aTieThatDecaysBelowTheThresholdDissolvesAndIsCounted() {
        AyniModel m = StepWorld.start(StepWorld.yaml("tieDecayRate: 0.03, tieDissolveThreshold: 0.05", """
                governments:
                  - {id: gov, domain: organic, budget: 0}
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000, monthlyCost: 1000}
                ties:
                  - {from: gov, to: n, layer: funding, weight: 0.051}
                """));
        World w = m.world();
        m.runStep();
        assertEquals(1, w.counters.tiesDissolved);
        assertNull(w.ties.get(w.byId("gov").index(), w.byId("n").index(), Layer.FUNDING));
    }

    /**
     * Two NGOs whose order keys at seed 11 and step 0 share their top 40 bits (found by a search over the ids "n0",
     * "n1", ...: n1131766's key is 0x9608a10b55500fa3, n2763374's 0x9608a10b5547f50e), registered in the order
     * opposite to their keys, among two others. The sort on the top 40 bits and the position cannot tell the pair
     * apart, so the run of two is put in order by the full key: n2763374 before n1131766, as section 3 says.
     */
    @Test
    void actorsWhoseKeysShareTheirTop40BitsAreOrderedByTheFullKey() {
        AyniModel m = StepWorld.start(StepWorld.yaml("", """
                ngos:
                  - {id: a, type: conventional, domain: organic, cash: 100000}
                  - {id: n1131766, type: conventional, domain: organic, cash: 100000}
                  - {id: n2763374, type: conventional, domain: organic, cash: 100000}
                  - {id: b, type: conventional, domain: organic, cash: 100000}
                """));
        World w = m.world();
        m.runStep();
        assertEquals(0, w.step());
        long k1 = Streams.priority(w.seed, 0, w.byId("n1131766").idHash());
        long k2 = Streams.priority(w.seed, 0, w.byId("n2763374").idHash());
        assertEquals(k1 >>> 24, k2 >>> 24, "the pair shares its top 40 bits");
        assertTrue(k2 < k1);
        List<Actor> order = m.ordered(ActorKind.NGO);
        assertEquals(keyed(w, ActorKind.NGO), order);
        assertTrue(order.indexOf(w.byId("n2763374")) + 1 == order.indexOf(w.byId("n1131766")), "the pair is one run");
    }

    /**
     * Events added to a running model (a forked what-if, Forks) apply as if the scenario had listed them: donor d's
     * budget of 12,000 a year is halved by a budgetChange of 2000-04 added after three steps (the next step is step 3,
     * 2000-04), so d has 500 a month from then. An event of 2000-03 is past by then, an actor entry cannot be added,
     * and a model not started takes no events.
     */
    @Test
    void eventsAddedToARunningModelApplyFromTheirMonth() {
        String body = StepWorld.ngoDonor(12000, "") + """
                ngos:
                  - {id: n, type: conventional, domain: organic, cash: 100000, monthlyCost: 100, from: 2001-01}
                """;
        Scenario plain = Tiny.parse(StepWorld.yaml("", body));
        List<EventSpec> halve = Tiny.parse(StepWorld.yaml("", body + """
                events:
                  - {at: 2000-04, kind: budgetChange, donors: [d], factor: 0.5}
                """)).events();
        List<EventSpec> past = Tiny.parse(StepWorld.yaml("", body + """
                events:
                  - {at: 2000-03, kind: budgetChange, donors: [d], factor: 0.5}
                """)).events();
        List<EventSpec> entry = Tiny.parse(StepWorld.yaml("", body + """
                events:
                  - {at: 2000-06, kind: actorEntry, actors: [n]}
                """)).events();
        AyniModel notStarted = new AyniModel(plain, 11);
        assertThrows(IllegalStateException.class, () -> notStarted.scheduleEvents(halve));
        AyniModel m = new AyniModel(plain, 11);
        m.start();
        StepWorld.steps(m, 3);
        assertEquals(3, m.nextStep());
        Donor d = (Donor) m.world().byId("d");
        assertEquals(12000, d.budget(), 0);
        assertThrows(IllegalArgumentException.class, () -> m.scheduleEvents(past));
        assertThrows(IllegalArgumentException.class, () -> m.scheduleEvents(entry));
        m.scheduleEvents(halve);
        assertEquals(12000, d.budget(), 0, "not before its month");
        m.runStep();
        assertEquals(6000, d.budget(), 0);
        assertEquals(plain, m.scenario());
    }

    /**
     * A lever can be pulled until the last month: pulled before step 59 of 60 it returns the election it schedules
     * for that step; once the 60 steps have run it is refused.
     */
    @Test
    void aLeverCanBePulledUntilTheLastMonth() {
        AyniModel m = StepWorld.start(StepWorld.yaml("", SMES));
        StepWorld.steps(m, 59);
        EventSpec e = m.pull(Lever.ELECTION, null);
        assertEquals(59, e.step());
        m.runStep();
        assertEquals(60, m.nextStep());
        assertThrows(IllegalStateException.class, () -> m.pull(Lever.ELECTION, null));
    }
}
