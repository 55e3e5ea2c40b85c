package ayni.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The primitive map behind TieStore's look-up of a tie and Relations' conflicts: every key finds its value, absent
 * keys find -1, and removal keeps the other keys of a probe run reachable, checked against a plain map.
 */
class LongIntMapTest {

    /**
     * The first {@code n} keys from 1 up whose home slot in a table of 16 slots is {@code home}, by a copy of the
     * map's (private) hash: put together they form probe runs on purpose.
     */
    private static List<Long> keysAt(int home, int n) {
        List<Long> keys = new ArrayList<>();
        for (long k = 1; keys.size() < n; k++) if (home(k) == home) keys.add(k);
        return keys;
    }

    private static int home(long k) {
        k *= 0x9E3779B97F4A7C15L;
        return (int) (k ^ (k >>> 32)) & 15;
    }

    @Test
    void keysFindTheirValuesAndAbsentKeysFindMinusOne() {
        LongIntMap m = new LongIntMap(4);
        m.put(7, 70);
        m.put(-3, 30);
        m.put(Long.MIN_VALUE, 1);
        m.put(1L << 40, 2);
        assertEquals(70, m.get(7));
        assertEquals(30, m.get(-3));
        assertEquals(1, m.get(Long.MIN_VALUE));
        assertEquals(2, m.get(1L << 40));
        assertEquals(-1, m.get(8));
        assertEquals(4, m.size());
        m.put(7, 71);
        assertEquals(71, m.get(7), "a second put replaces the value");
        assertEquals(4, m.size(), "and adds no key");
        m.remove(7);
        assertEquals(-1, m.get(7));
        assertEquals(3, m.size());
        m.remove(7);
        m.remove(12345);
        assertEquals(3, m.size(), "removing an absent key changes nothing");
        assertThrows(IllegalArgumentException.class, () -> m.put(0, 1));
    }

    /**
     * Seven keys in one probe run that wraps around the end of a table of 16 slots: homes 14, 15 and 0, put in the
     * order 15, 14, 15, 0, 14, 15, 0, so they fill slots 15, 14, 0, 1, 2, 3, 4. Removing any one of them (front,
     * middle, end of the run, either side of the wrap) must shift back exactly those after it whose home is not
     * between the gap and where they sit; every other key stays reachable with its value.
     */
    @Test
    void removingFromAProbeRunKeepsTheRestReachable() {
        List<Long> h14 = keysAt(14, 2), h15 = keysAt(15, 3), h0 = keysAt(0, 2);
        List<Long> keys = List.of(h15.get(0), h14.get(0), h15.get(1), h0.get(0), h14.get(1), h15.get(2), h0.get(1));
        for (int removed = 0; removed < keys.size(); removed++) {
            LongIntMap m = new LongIntMap(1);
            for (int i = 0; i < keys.size(); i++) m.put(keys.get(i), i + 100);
            m.remove(keys.get(removed));
            for (int i = 0; i < keys.size(); i++) {
                assertEquals(i == removed ? -1 : i + 100, m.get(keys.get(i)), "removed key " + removed + ", key " + i);
            }
            assertEquals(keys.size() - 1, m.size());
            m.put(keys.get(removed), 7);
            for (int i = 0; i < keys.size(); i++) assertEquals(i == removed ? 7 : i + 100, m.get(keys.get(i)));
        }
    }

    /**
     * Thousands of random puts and removes against a plain map, over few enough keys that probe runs meet and wrap:
     * every key's value, every absent key's -1 and the size agree, through growth of the table from 16 slots.
     */
    @Test
    void agreesWithAPlainMapUnderChurn() {
        LongIntMap m = new LongIntMap(1);
        Map<Long, Integer> ref = new HashMap<>();
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 40_000; i++) {
            long k = 1 + r.nextInt(i < 20_000 ? 24 : 3000); // first a small table with long runs, then growth
            if (r.nextInt(3) == 0) {
                m.remove(k);
                ref.remove(k);
            } else {
                m.put(k, i);
                ref.put(k, i);
            }
            if (i % 97 == 0) {
                for (long q = 1; q <= 30; q++) assertEquals(ref.getOrDefault(q, -1), m.get(q), "key " + q + " at " + i);
            }
            assertEquals(ref.size(), m.size());
        }
        for (long q = 1; q <= 3000; q++) assertEquals(ref.getOrDefault(q, -1), m.get(q), "key " + q);
    }

    /** A table sized for many keys takes them all; so does one sized for none, growing as it fills. */
    @Test
    void aTableGrowsToHoldEveryKey() {
        for (int expected : new int[] {0, 1000}) {
            LongIntMap m = new LongIntMap(expected);
            for (long k = 1; k <= 1000; k++) m.put(k * 1_000_003L, (int) k);
            for (long k = 1; k <= 1000; k++) assertEquals((int) k, m.get(k * 1_000_003L));
            assertEquals(-1, m.get(5));
            assertEquals(1000, m.size());
        }
    }
}
