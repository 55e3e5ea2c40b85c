package ayni.network;

import java.io.Serializable;

/**
 * The state of the relation between two actors beside their ties: cooperative (the default) or conflictive until a
 * given month (§6.5, §9.3.1: a relation can be confrontational or collaborative, whatever ties it carries). Keyed by
 * the unordered pair of actor indices; a conflict that has run its course is forgotten on the next look-up.
 */
public final class Relations implements Serializable {
    private static final long serialVersionUID = 1L;
    private final LongIntMap conflictUntil = new LongIntMap(64);
    /**
     * How many remembered pairs each actor is in (by index): a pair of which one actor is in none has no entry, so its
     * look-up is skipped. Most pairs asked about (every cooperation draw) are such.
     */
    private int[] pairs = new int[0];

    private static long key(int a, int b) {
        int lo = Math.min(a, b), hi = Math.max(a, b);
        return (((long) lo) << 32 | (hi & 0xffffffffL)) + 1; // + 1: key 0 is reserved
    }

    /** Puts the pair in conflict up to and including {@code untilStep} (a longer running conflict is kept). */
    public void conflict(int a, int b, int untilStep) {
        long k = key(a, b);
        int until = conflictUntil.get(k);
        if (until < 0) { // a new pair
            count(a, 1);
            count(b, 1);
        }
        if (until < untilStep) conflictUntil.put(k, untilStep);
    }

    private void count(int actor, int by) {
        if (actor >= pairs.length) pairs = java.util.Arrays.copyOf(pairs, Math.max(actor + 1, pairs.length * 2));
        pairs[actor] += by;
    }

    /** Whether the pair's relation is conflictive at a step. */
    public boolean inConflict(int a, int b, int step) {
        if (conflictUntil.size() == 0 || a >= pairs.length || b >= pairs.length || pairs[a] == 0 || pairs[b] == 0) return false;
        long k = key(a, b);
        int until = conflictUntil.get(k);
        if (until < 0) return false;
        if (until >= step) return true;
        conflictUntil.remove(k);
        count(a, -1);
        count(b, -1);
        return false;
    }

    /** Pairs whose conflict has not yet been forgotten (some may have ended). */
    public int size() { return conflictUntil.size(); }
}
