package ayni.stats.abc;

/**
 * Whether a simulation still running may stop: it is told the outputs known so far (NaN for those not known yet) and
 * answers true when the simulation can no longer matter. A simulator that stops returns NaN for the outputs it did
 * not compute, so the simulation's distance is +∞.
 */
@FunctionalInterface
public interface Cutoff {
    Cutoff NEVER = partial -> false;

    boolean hopeless(double[] partial);
}
