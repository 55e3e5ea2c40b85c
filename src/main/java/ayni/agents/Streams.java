package ayni.agents;

import ec.util.MersenneTwisterFast;
import java.nio.charset.StandardCharsets;

/**
 * Random streams derived from the run seed and a stable name (an actor's id, or "entry:..." for a population).
 * Removing one actor in a what-if therefore leaves every other actor's draws unchanged (common random numbers).
 */
public final class Streams {
    private Streams() {}

    public static MersenneTwisterFast of(long seed, String name) {
        return new MersenneTwisterFast(mix(seed, hash(name)));
    }

    /** 64-bit FNV-1a of a name: stable across JVMs, unlike String.hashCode salts or identity hashes. */
    public static long hash(String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64 finaliser over two longs. */
    public static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Order key of an actor within a phase of a step. Sorting by it shuffles actors afresh every step, yet an actor's
     * place relative to any other does not depend on who else exists.
     */
    public static long priority(long seed, int step, long idHash) {
        return mix(mix(seed, step), idHash);
    }
}
