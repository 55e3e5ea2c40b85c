package ayni.stats.abc;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Random streams keyed by (seed, generation, index, purpose): each proposal draws from its own generator, so which
 * thread or shard runs it changes nothing. Keys are mixed with SplitMix64's finaliser (Steele et al. 2014).
 */
public final class Streams {
    /** Purposes of a proposal's streams. */
    public static final int PROPOSE = 0, SIMULATE = 1;

    private Streams() {}

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    public static long seed(long seed, int generation, int index, int purpose) {
        long h = mix(seed + 0x9e3779b97f4a7c15L);
        h = mix(h ^ (generation * 0x9e3779b97f4a7c15L + 1));
        h = mix(h ^ (index * 0xc2b2ae3d27d4eb4fL + 2));
        return mix(h ^ (purpose * 0x165667b19e3779f9L + 3));
    }

    public static RandomGenerator random(long seed, int generation, int index, int purpose) {
        return new Well19937c(seed(seed, generation, index, purpose));
    }
}
