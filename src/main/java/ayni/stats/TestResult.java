package ayni.stats;

/**
 * Outcome of one test: the estimate with its confidence interval, a two-sided p-value, an effect size.
 *
 * @param test       name of the test, e.g. "paired t"
 * @param estimate   the location or slope estimate (see each method of {@link Tests})
 * @param low        lower end of the confidence interval (may be -Infinity when the data are too few for the level)
 * @param high       upper end of the confidence interval (may be +Infinity, as {@code low})
 * @param pValue     two-sided p-value; NaN when the sample is too small for the test
 * @param effectSize the effect size named by {@code effectName}
 * @param effectName e.g. "Cohen's d_z", "rank-biserial r", "Pearson r", "Kendall tau-b"
 * @param statistic  the test statistic (t, W+, U_b, t, S)
 * @param n          the number of observations the test saw (pairs, a + b, points)
 */
public record TestResult(String test, double estimate, double low, double high, double pValue,
                         double effectSize, String effectName, double statistic, int n) {

    /** Whether the p-value is below {@code alpha} (false when the p-value is NaN). */
    public boolean significant(double alpha) {
        return pValue < alpha;
    }
}
