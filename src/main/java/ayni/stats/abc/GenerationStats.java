package ayni.stats.abc;

/**
 * One generation's line of {@code generations.csv}.
 *
 * @param tolerance   the distance of the last particle kept (the α-quantile of the merged distances)
 * @param acceptance  share of this generation's new proposals within the previous tolerance (generation 0: the share
 *                    kept, α)
 * @param ess         effective sample size of the kept particles, (Σw)² / Σw²
 * @param simulations new simulations in this generation
 * @param total       simulations so far
 */
public record GenerationStats(int generation, double tolerance, double acceptance, double ess, int simulations, long total) {}
