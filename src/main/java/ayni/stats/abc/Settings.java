package ayni.stats.abc;

/**
 * How a calibration runs.
 *
 * @param population       particles kept in each generation (the posterior sample's size)
 * @param alpha            share of each generation's simulations kept: generation 0 simulates population / alpha draws
 *                         from the prior, later generations population / alpha − population new proposals
 * @param minAcceptance    stop when fewer than this share of a generation's new proposals fall within the previous
 *                         tolerance
 * @param minToleranceDrop stop when the tolerance falls by less than this share in a generation
 * @param seed             the master seed every stream derives from
 * @param earlyStop        let a simulation of generation 1 on stop as soon as its distance is sure to reach the previous
 *                         tolerance (it could be neither accepted nor kept; the posterior is the same, only faster)
 * @param priorPredictive how many simulations of generation 0 (the first, by index) compute every output, the prior
 *                        predictive; the rest, and every later simulation, compute only the outputs the distance reads
 *                        (held-out checks stay NaN where no report reads them). Negative: every simulation computes
 *                        every output.
 */
public record Settings(int population, double alpha, double minAcceptance, double minToleranceDrop, long seed,
                       boolean earlyStop, int priorPredictive) {

    /** Settings with early stopping on, every output computed in every simulation. */
    public Settings(int population, double alpha, double minAcceptance, double minToleranceDrop, long seed) {
        this(population, alpha, minAcceptance, minToleranceDrop, seed, true);
    }

    /** Settings with every output computed in every simulation. */
    public Settings(int population, double alpha, double minAcceptance, double minToleranceDrop, long seed,
                    boolean earlyStop) {
        this(population, alpha, minAcceptance, minToleranceDrop, seed, earlyStop, -1);
    }

    /** Whether simulation {@code index} of generation {@code generation} computes every output. */
    public boolean allOutputs(int generation, int index) {
        return priorPredictive < 0 || (generation == 0 && index < priorPredictive);
    }

    public Settings {
        if (population < 2) throw new IllegalArgumentException("population must be at least 2, got " + population);
        if (!(alpha > 0 && alpha < 1)) throw new IllegalArgumentException("alpha must lie in (0, 1), got " + alpha);
        if (!(minAcceptance >= 0 && minAcceptance < 1)) {
            throw new IllegalArgumentException("minAcceptance must lie in [0, 1), got " + minAcceptance);
        }
        if (!(minToleranceDrop >= 0 && minToleranceDrop < 1)) {
            throw new IllegalArgumentException("minToleranceDrop must lie in [0, 1), got " + minToleranceDrop);
        }
        if ((int) Math.ceil(population / alpha) - population < 1) {
            throw new IllegalArgumentException("population " + population + " with alpha " + alpha + " proposes nothing new");
        }
    }

    /** Simulations drawn from the prior in generation 0. */
    public int firstGeneration() {
        return (int) Math.ceil(population / alpha);
    }

    /** New proposals in each later generation. */
    public int perGeneration() {
        return firstGeneration() - population;
    }
}
