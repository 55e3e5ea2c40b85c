package ayni.stats.abc;

/**
 * Whether a simulation still running may stop: it is told the outputs known so far (NaN for those not known yet) and
 * answers true when the simulation can no longer matter. A simulator that stops returns NaN for the outputs it did
 * not compute, so the simulation's distance is +∞. It also says which outputs are wanted at all ({@link #needs}): a
 * simulator may leave the others NaN without computing them.
 */
@FunctionalInterface
public interface Cutoff {
    Cutoff NEVER = partial -> false;

    boolean hopeless(double[] partial);

    /** Whether output {@code k} is wanted; every output is, unless this cutoff was made by {@link #only}. */
    default boolean needs(int k) {
        return true;
    }

    /** This cutoff, wanting only the outputs {@code wanted} marks (the rest may stay NaN, never computed). */
    default Cutoff only(boolean[] wanted) {
        Cutoff self = this;
        boolean[] w = wanted.clone();
        return new Cutoff() {
            @Override
            public boolean hopeless(double[] partial) {
                return self.hopeless(partial);
            }

            @Override
            public boolean needs(int k) {
                return k < w.length && w[k] && self.needs(k);
            }
        };
    }
}
