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

    private static long key(int a, int b) {
        int lo = Math.min(a, b), hi = Math.max(a, b);
        return (((long) lo) << 32 | (hi & 0xffffffffL)) + 1; // + 1: key 0 is reserved
    }

    /** Puts the pair in conflict up to and including {@code untilStep} (a longer running conflict is kept). */
    public void conflict(int a, int b, int untilStep) {
        long k = key(a, b);
        if (conflictUntil.get(k) < untilStep) conflictUntil.put(k, untilStep);
    }

    /** Whether the pair's relation is conflictive at a step. */
    public boolean inConflict(int a, int b, int step) {
        if (conflictUntil.size() == 0) return false;
        long k = key(a, b);
        int until = conflictUntil.get(k);
        if (until < 0) return false;
        if (until >= step) return true;
        conflictUntil.remove(k);
        return false;
    }

    /** Pairs whose conflict has not yet been forgotten (some may have ended). */
    public int size() { return conflictUntil.size(); }
}
