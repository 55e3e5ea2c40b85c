/**
 * Calibration of Ayni by approximate Bayesian computation: a calibration file's scenarios and checks as the
 * simulator and distance of {@link ayni.stats.abc.AbcSmc}, the simulations stored one file each so a killed calibration
 * resumes, and the posterior carried on to reports. The summaries a calibration fits come through {@link
 * ayni.calibration.Summaries}: timeseries observables today, the pattern checks when they land.
 */
package ayni.calibration;
