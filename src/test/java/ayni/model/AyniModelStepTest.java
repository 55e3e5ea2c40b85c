package ayni.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ayni.StepWorld;
import ayni.Tiny;
import ayni.agents.Actor;
import ayni.agents.Streams;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.domain.Layer;
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
}
