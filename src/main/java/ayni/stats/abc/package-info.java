/**
 * Approximate Bayesian computation by sequential Monte Carlo (ABC-SMC): priors, distances, the perturbation kernel
 * and the population loop. Numbers in, numbers out: a {@link ayni.stats.abc.Simulator} maps a parameter vector and a
 * seed to output values, and nothing here knows which model it runs. Every proposal is keyed by (generation, index)
 * with its own random streams, so a calibration gives the same posterior whatever the number of threads or shards,
 * and a {@link ayni.stats.abc.SimulationStore} lets a killed calibration resume without repeating a simulation.
 * Formulas and sources: {@code docs/statistics.md}.
 */
package ayni.stats.abc;
