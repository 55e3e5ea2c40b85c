package ayni.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.domain.Layer;
import org.junit.jupiter.api.Test;

/**
 * A tie's handle: fixed endpoints, layer and start; weight and flows read live while the tie lives and as 0 (-1 for
 * the last flow step) once it has dissolved; equal to another handle exactly on the same life of the same slot.
 */
class TieTest {

    /**
     * A funding tie 3 -> 5 added in step 2 at weight 0.4, with flows of 6 and 4 in step 7: age 10 at step 12, total
     * flow 10 over 2 flows, last in step 7. Removed, it keeps its endpoints, layer and start but reads as no tie.
     */
    @Test
    void aHandleReadsItsTieWhileItLivesAndNothingOnceItHasDissolved() {
        TieStore s = new TieStore();
        Tie t = s.add(3, 5, Layer.FUNDING, 0.4, 2);
        s.flow(t, 6, 7);
        s.flow(t, 4, 7);
        assertEquals(3, t.from());
        assertEquals(5, t.to());
        assertEquals(Layer.FUNDING, t.layer());
        assertEquals(2, t.startStep());
        assertEquals(10, t.age(12));
        assertTrue(t.alive());
        assertEquals(0.4, t.weight(), 0);
        assertEquals(7, t.lastFlowStep());
        assertEquals(10, t.totalFlow(), 0);
        assertEquals(2, t.flows());
        assertEquals(Layer.FUNDING.key() + " 3->5 w=0.400", t.toString());

        s.remove(t);
        assertFalse(t.alive());
        assertEquals(0, t.weight(), 0);
        assertEquals(-1, t.lastFlowStep());
        assertEquals(0, t.totalFlow(), 0);
        assertEquals(0, t.flows());
        assertEquals(3, t.from());
        assertEquals(5, t.to());
        assertEquals(Layer.FUNDING, t.layer());
        assertEquals(2, t.startStep());
    }

    /**
     * Two handles on one tie are equal with equal hash codes; a tie formed again in the freed slot (same endpoints,
     * same slot, a new life) is not the old one, nor is a tie in another slot or of another store.
     */
    @Test
    void handlesAreEqualOnTheSameLifeOfATie() {
        TieStore s = new TieStore();
        Tie a = s.add(0, 1, Layer.KNOWLEDGE, 0.5, 0);
        Tie again = s.get(0, 1, Layer.KNOWLEDGE);
        assertEquals(a, again);
        assertEquals(a.hashCode(), again.hashCode());
        Tie other = s.add(1, 0, Layer.KNOWLEDGE, 0.5, 0);
        assertNotEquals(a, other);
        assertNotEquals(a, "0->1");

        s.remove(a);
        Tie reborn = s.add(0, 1, Layer.KNOWLEDGE, 0.5, 3);
        assertEquals(a.slot, reborn.slot, "the freed slot is used again");
        assertNotEquals(a, reborn);
        assertNotEquals(a.hashCode(), reborn.hashCode());
        assertTrue(reborn.alive());
        assertFalse(a.alive());

        TieStore t = new TieStore();
        assertNotEquals(reborn, t.add(0, 1, Layer.KNOWLEDGE, 0.5, 3), "a tie of another store");
    }
}
