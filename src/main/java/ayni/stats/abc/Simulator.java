package ayni.stats.abc;

/** The model as the algorithm sees it: parameter values (θ, in prior order) and a seed in, output values out. */
@FunctionalInterface
public interface Simulator {
    double[] run(double[] theta, long seed);

    /**
     * As {@link #run(double[], long)}, but the simulator may ask {@code cutoff} whenever more outputs are known and stop
     * when it answers true, leaving the outputs not computed NaN. The default runs to the end.
     */
    default double[] run(double[] theta, long seed, Cutoff cutoff) {
        return run(theta, seed);
    }
}
