/**
 * Statistics for experiments: hypothesis tests with estimates, confidence intervals and effect sizes
 * ({@link ayni.stats.Tests}), replication counts ({@link ayni.stats.ReplicateCount}), sweep designs
 * ({@link ayni.stats.Designs}) and sensitivity analysis (Morris elementary effects, Sobol indices by Saltelli
 * sampling). Numbers in, numbers out: nothing in this package depends on the model. Formulas and sources:
 * {@code docs/statistics.md}.
 */
package ayni.stats;
