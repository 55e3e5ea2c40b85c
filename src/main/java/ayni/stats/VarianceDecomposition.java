package ayni.stats;

/**
 * How much of an output's spread over a posterior ensemble comes from parameter uncertainty and how much from the
 * model's own randomness: M parameter sets each run with K seeds (rows = sets, columns = seeds), split by the law of
 * total variance with the one-way random-effects ANOVA estimators. σ²_stochastic = MSW, the mean of the rows' sample
 * variances; σ²_parameter = max(0, s²(row means) − MSW / K), the variance of the row means less what the seeds alone
 * would give them.
 *
 * @param mean       grand mean
 * @param parameter  variance due to parameter uncertainty (estimate, truncated at 0)
 * @param stochastic variance due to the random draws within a parameter set (estimate)
 */
public record VarianceDecomposition(double mean, double parameter, double stochastic, int sets, int seeds) {

    public static VarianceDecomposition of(double[][] y) {
        int m = y.length;
        if (m < 2) throw new IllegalArgumentException("a decomposition needs at least 2 parameter sets, got " + m);
        int k = y[0].length;
        if (k < 2) throw new IllegalArgumentException("a decomposition needs at least 2 seeds per parameter set, got " + k);
        double[] rowMeans = new double[m];
        double msw = 0, grand = 0;
        for (int i = 0; i < m; i++) {
            if (y[i].length != k) throw new IllegalArgumentException("every parameter set needs " + k + " seeds");
            double s = 0;
            for (double v : y[i]) s += v;
            rowMeans[i] = s / k;
            double ss = 0;
            for (double v : y[i]) ss += (v - rowMeans[i]) * (v - rowMeans[i]);
            msw += ss / (k - 1) / m;
            grand += rowMeans[i] / m;
        }
        double between = 0;
        for (double r : rowMeans) between += (r - grand) * (r - grand) / (m - 1);
        return new VarianceDecomposition(grand, Math.max(0, between - msw / k), msw, m, k);
    }

    public double total() {
        return parameter + stochastic;
    }

    /** Share of the total variance due to parameter uncertainty (NaN when there is no spread at all). */
    public double parameterShare() {
        return total() == 0 ? Double.NaN : parameter / total();
    }
}
