package ayni.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Conflictive relations: kept until their month, forgotten after, and answered the same as a plain map would. */
class RelationsTest {
    @Test
    void aConflictLastsToItsMonthAndIsForgottenAfter() {
        Relations r = new Relations();
        assertFalse(r.inConflict(1, 2, 0));
        r.conflict(2, 1, 5);
        assertTrue(r.inConflict(1, 2, 5), "unordered pair, up to and including month 5");
        assertFalse(r.inConflict(1, 3, 5), "a pair one of whose actors is in conflict with another");
        r.conflict(1, 2, 3);
        assertTrue(r.inConflict(2, 1, 5), "a longer running conflict is kept");
        assertFalse(r.inConflict(1, 2, 6));
        assertEquals(0, r.size(), "forgotten at the look-up after it ended");
        r.conflict(1, 2, 9);
        assertTrue(r.inConflict(1, 2, 7), "a new conflict of the same pair after the old one was forgotten");
    }

    /** Random conflicts and look-ups among a few actors, against a map of every pair's last month. */
    @Test
    void answersAsAPlainMapOfPairsDoes() {
        Relations r = new Relations();
        Map<Long, Integer> until = new HashMap<>();
        SplittableRandom rng = new SplittableRandom(3);
        for (int step = 0; step < 400; step++) {
            for (int k = 0; k < 5; k++) {
                int a = rng.nextInt(12), b = rng.nextInt(12), u = step + rng.nextInt(6);
                r.conflict(a, b, u);
                until.merge(pair(a, b), u, Math::max);
            }
            for (int k = 0; k < 40; k++) {
                int a = rng.nextInt(14), b = rng.nextInt(14);
                Integer u = until.get(pair(a, b));
                boolean want = u != null && u >= step;
                if (u != null && u < step) until.remove(pair(a, b));
                assertEquals(want, r.inConflict(a, b, step), a + "-" + b + " at " + step);
            }
            assertEquals(until.size(), r.size(), "the same pairs remembered at " + step);
        }
    }

    private static long pair(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }
}
