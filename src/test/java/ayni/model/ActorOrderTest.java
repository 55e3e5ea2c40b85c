package ayni.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.agents.Actor;
import ayni.agents.Streams;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The keyed order of a kind's active actors (section 3) is computed once a step and reused by the phases while the
 * kind's active actors are the same; an entry or exit between phases, or a new step, makes it be computed again.
 */
class ActorOrderTest {
    @Test
    void theOrderIsReusedWithinAStepAndFollowsEveryExitAndEntry() throws Exception {
        AyniModel m = ModelTest.started(ScenarioLoader.load(Path.of("scenarios/organic-production.yaml")));
        ModelTest.run(m, 24);
        World w = m.world();
        List<Actor> first = m.ordered(ActorKind.SME);
        assertTrue(first.size() > 10, "too few SMEs to test: " + first.size());
        assertEquals(sorted(w, ActorKind.SME), first);
        assertSame(first, m.ordered(ActorKind.SME), "not reused while nothing changed");
        // an exit between phases: the next phase's order leaves the actor out
        Actor leaver = first.get(first.size() / 2);
        w.deactivate(leaver);
        List<Actor> after = m.ordered(ActorKind.SME);
        assertFalse(after.contains(leaver));
        assertEquals(sorted(w, ActorKind.SME), after);
        // and an entry brings it back, in its keyed place
        w.activate(leaver);
        assertEquals(first, m.ordered(ActorKind.SME));
        // a new step draws new keys
        m.runStep();
        List<Actor> next = m.ordered(ActorKind.SME);
        assertNotSame(first, next);
        assertEquals(sorted(w, ActorKind.SME), next);
        assertFalse(next.equals(first) && next.size() > 10, "the order did not change from one step to the next");
    }

    /** The order as section 3 defines it: by the actor's priority key of this step, then by id. */
    private static List<Actor> sorted(World w, ActorKind k) {
        List<Actor> list = new ArrayList<>(w.active(k));
        list.sort(Comparator.comparingLong((Actor a) -> Streams.priority(w.seed, w.step(), a.idHash())).thenComparing(Actor::id));
        return list;
    }
}
