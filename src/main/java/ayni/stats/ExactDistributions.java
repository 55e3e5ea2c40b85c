package ayni.stats;

/**
 * Exact null distributions of the Wilcoxon signed-rank statistic V (sum of the ranks of the positive values among n
 * untied nonzero values) and of the Mann-Whitney statistic U (pairs with the second sample's value larger, for sizes
 * m and n without ties), by counting. The quantiles follow R's qsignrank and qwilcox: the smallest q with
 * P(X &le; q) &ge; p.
 */
final class ExactDistributions {

    private final double[] cdf; // cdf[q] = P(X <= q)

    private ExactDistributions(double[] counts, double total) {
        cdf = new double[counts.length];
        double run = 0;
        for (int q = 0; q < counts.length; q++) {
            run += counts[q];
            cdf[q] = Math.min(1.0, run / total);
        }
    }

    /** V for n values: the number of subsets of {1..n} with each rank sum, over 2^n. */
    static ExactDistributions signedRank(int n) {
        int max = n * (n + 1) / 2;
        double[] c = new double[max + 1];
        c[0] = 1;
        for (int k = 1; k <= n; k++) {
            for (int s = max; s >= k; s--) c[s] += c[s - k];
        }
        return new ExactDistributions(c, Math.pow(2, n));
    }

    /** U for samples of sizes m and n: subsets of m ranks out of {1..m+n} by rank sum minus m(m+1)/2. */
    static ExactDistributions rankSum(int m, int n) {
        int total = m + n;
        int maxSum = 0;
        for (int k = 0; k < m; k++) maxSum += total - k;
        double[][] dp = new double[m + 1][maxSum + 1];
        dp[0][0] = 1;
        for (int rank = 1; rank <= total; rank++) {
            for (int j = Math.min(m, rank); j >= 1; j--) {
                double[] to = dp[j];
                double[] from = dp[j - 1];
                for (int s = maxSum; s >= rank; s--) to[s] += from[s - rank];
            }
        }
        int offset = m * (m + 1) / 2;
        double[] c = new double[m * n + 1];
        double all = 0;
        for (int u = 0; u <= m * n; u++) {
            c[u] = dp[m][u + offset];
            all += c[u];
        }
        return new ExactDistributions(c, all);
    }

    /** P(X &le; q). */
    double cdf(int q) {
        if (q < 0) return 0;
        if (q >= cdf.length) return 1;
        return cdf[q];
    }

    /** P(X &ge; q). */
    double upper(int q) {
        return 1 - cdf(q - 1);
    }

    /** The smallest q with P(X &le; q) &ge; p (p &le; 0.5), with R's small tolerance against rounding. */
    int quantile(double p) {
        double target = p - 10 * Math.ulp(1.0);
        for (int q = 0; q < cdf.length; q++) {
            if (cdf[q] >= target) return q;
        }
        return cdf.length - 1;
    }

    /** Two-sided p-value of an observed statistic, doubling the smaller tail as R does. */
    double twoSided(int observed, double mean) {
        double p = observed > mean ? upper(observed) : cdf(observed);
        return Math.min(1.0, 2 * p);
    }
}
