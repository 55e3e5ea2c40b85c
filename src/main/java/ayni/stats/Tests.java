package ayni.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Two-sided hypothesis tests with an estimate, its confidence interval and an effect size. Numbers in, numbers out:
 * nothing here knows about the model. Formulas, sources and the handling of ties, zeros and tiny samples are in
 * {@code docs/statistics.md}; in short:
 * <ul>
 * <li>Any NaN or infinite input, a null or empty sample, paired samples of unequal length or a level outside (0, 1)
 * is an {@link IllegalArgumentException}.</li>
 * <li>A sample too small for the test gives a NaN p-value and NaN interval ends (the estimate is still given when it
 * exists): paired t with one pair, OLS and Mann-Kendall with fewer than three points.</li>
 * <li>Zero spread: when the estimate is 0 the p-value is 1 and the interval is [0, 0]; when it is not 0 the p-value
 * is 0 and the interval collapses to the estimate (the test statistic is then infinite).</li>
 * </ul>
 * The rank tests follow R's {@code wilcox.test} (exact p-value when fewer than 50 values and no ties or zeros,
 * otherwise the normal approximation with tie and continuity corrections), so results can be checked against R.
 */
public final class Tests {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private Tests() {
    }

    /** Paired t on d = b − a: estimate mean(d), t CI, two-sided p, effect Cohen's d_z = mean(d)/sd(d). n = pairs. */
    public static TestResult pairedT(double[] a, double[] b, double level) {
        Check.paired("paired samples", a, b);
        Check.level(level);
        int n = a.length;
        double[] d = differences(a, b);
        double mean = mean(d);
        String name = "paired t";
        String effect = "Cohen's d_z";
        if (n < 2) return new TestResult(name, mean, Double.NaN, Double.NaN, Double.NaN, Double.NaN, effect, Double.NaN, n);
        double sd = sd(d, mean);
        if (sd == 0) {
            double inf = mean == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, mean);
            return new TestResult(name, mean, mean, mean, mean == 0 ? 1 : 0, inf, effect, inf, n);
        }
        TTest tt = new TTest();
        double t = tt.pairedT(b, a);          // Commons Math differences sample1 − sample2, so (b, a) gives b − a
        double p = tt.pairedTTest(b, a);      // two-sided, from the t distribution with n − 1 df
        double half = tQuantile(level, n - 1) * sd / Math.sqrt(n);
        return new TestResult(name, mean, mean - half, mean + half, p, mean / sd, effect, t, n);
    }

    /**
     * Wilcoxon signed-rank on d = b − a (zeros dropped, average ranks for ties): estimate the Hodges–Lehmann
     * pseudo-median of d (median of Walsh averages) with its distribution-free CI; p exact for small n without
     * ties, normal approximation with tie and continuity correction otherwise; effect matched-pairs rank-biserial
     * r = (W+ − W−)/(W+ + W−). The statistic is W+ (R's V for {@code wilcox.test(b, a, paired = TRUE)}); n is the
     * number of pairs including zero differences. Exact when fewer than 50 nonzero differences, none tied and none
     * zero (as R); the exact CI takes Walsh averages at R's {@code qsignrank} ranks, the approximate one at the
     * Hollander–Wolfe large-sample ranks n(n+1)/4 ± z·σ (σ with the tie correction). All differences zero: estimate
     * 0, interval [0, 0], p = 1, r = 0.
     */
    public static TestResult wilcoxon(double[] a, double[] b, double level) {
        Check.paired("paired samples", a, b);
        Check.level(level);
        String name = "Wilcoxon signed-rank";
        String effect = "rank-biserial r";
        double[] all = differences(a, b);
        double[] d = Arrays.stream(all).filter(v -> v != 0).toArray();
        int n = d.length;
        boolean zeros = n < all.length;
        if (n == 0) return new TestResult(name, 0, 0, 0, 1, 0, effect, 0, all.length);
        double[] abs = new double[n];
        for (int i = 0; i < n; i++) abs[i] = Math.abs(d[i]);
        double[] r = Ranks.average(abs);
        double wPlus = 0;
        for (int i = 0; i < n; i++) if (d[i] > 0) wPlus += r[i];
        int total = n * (n + 1) / 2;
        double rankBiserial = (wPlus - (total - wPlus)) / total;
        double[] walsh = walshAverages(d);
        double estimate = Ranks.median(walsh);
        double tieTerm = Ranks.tieTerm(abs);
        double alpha = 1 - level;
        double p;
        double low;
        double high;
        if (n < 50 && tieTerm == 0 && !zeros) {
            ExactDistributions dist = ExactDistributions.signedRank(n);
            p = dist.twoSided((int) Math.round(wPlus), n * (n + 1) / 4.0);
            int qu = Math.max(1, dist.quantile(alpha / 2));
            low = walsh[qu - 1];
            high = walsh[total - qu];
        } else {
            double sigma = Math.sqrt(n * (n + 1.0) * (2 * n + 1) / 24 - tieTerm / 48);
            p = normalP(wPlus - n * (n + 1) / 4.0, sigma);
            int c = criticalRank(n * (n + 1) / 4.0, sigma, alpha);
            low = walsh[c - 1];
            high = walsh[total - c];
        }
        return new TestResult(name, estimate, low, high, p, rankBiserial, effect, wPlus, all.length);
    }

    /**
     * Mann–Whitney U (b vs a, independent samples): estimate Hodges–Lehmann shift (median of all b_j − a_i) with CI;
     * p (exact small / normal with ties correction); effect rank-biserial r = 2·U_b/(n_a n_b) − 1, positive when b
     * tends to exceed a. U_b = (rank sum of b in the pooled sample) − n_b(n_b + 1)/2, i.e. the number of pairs with
     * b_j &gt; a_i plus half the tied pairs (R's W for {@code wilcox.test(b, a)}). Exact when both samples have fewer
     * than 50 values and there are no ties (as R), with the CI at R's {@code qwilcox} ranks; otherwise the normal
     * approximation with tie and continuity correction and the CI at the large-sample ranks
     * n_a n_b/2 ± z·σ. n = n_a + n_b.
     */
    public static TestResult mannWhitney(double[] a, double[] b, double level) {
        Check.nonEmpty("sample a", a);
        Check.nonEmpty("sample b", b);
        Check.level(level);
        String name = "Mann-Whitney U";
        String effect = "rank-biserial r";
        int na = a.length;
        int nb = b.length;
        double[] pooled = new double[na + nb];
        System.arraycopy(b, 0, pooled, 0, nb);
        System.arraycopy(a, 0, pooled, nb, na);
        double[] r = Ranks.average(pooled);
        double rankSumB = 0;
        for (int j = 0; j < nb; j++) rankSumB += r[j];
        double u = rankSumB - nb * (nb + 1) / 2.0;
        long pairs = (long) na * nb;
        if (pairs > 50_000_000L) {
            throw new IllegalArgumentException("samples too large for the Hodges-Lehmann shift: " + na + " x " + nb
                    + " differences (limit 50,000,000)");
        }
        double[] diffs = new double[(int) pairs];
        int k = 0;
        for (double bj : b) for (double ai : a) diffs[k++] = bj - ai;
        Arrays.sort(diffs);
        double estimate = Ranks.median(diffs);
        double rankBiserial = 2 * u / pairs - 1;
        double tieTerm = Ranks.tieTerm(pooled);
        double alpha = 1 - level;
        double p;
        double low;
        double high;
        if (na < 50 && nb < 50 && tieTerm == 0) {
            ExactDistributions dist = ExactDistributions.rankSum(nb, na);
            p = dist.twoSided((int) Math.round(u), pairs / 2.0);
            int qu = Math.max(1, dist.quantile(alpha / 2));
            low = diffs[qu - 1];
            high = diffs[(int) pairs - qu];
        } else {
            int nn = na + nb;
            double sigma = Math.sqrt((pairs / 12.0) * ((nn + 1) - tieTerm / ((double) nn * (nn - 1))));
            p = normalP(u - pairs / 2.0, sigma);
            if (sigma == 0) {
                low = estimate;
                high = estimate;
            } else {
                int c = criticalRank(pairs / 2.0, sigma, alpha);
                low = diffs[c - 1];
                high = diffs[(int) pairs - c];
            }
        }
        return new TestResult(name, estimate, low, high, p, rankBiserial, effect, u, na + nb);
    }

    /**
     * OLS slope of y on x (with intercept, Commons Math {@code SimpleRegression}): estimate slope, t CI (n − 2 df),
     * two-sided p, effect Pearson r; statistic t = slope / se. Fewer than three points: slope (if any) with NaN
     * interval and p. x without spread: everything NaN (no slope exists). y without spread: slope 0, interval
     * [0, 0], p = 1, r = 0.
     */
    public static TestResult olsSlope(double[] x, double[] y, double level) {
        Check.paired("x and y", x, y);
        Check.level(level);
        String name = "OLS slope";
        String effect = "Pearson r";
        int n = x.length;
        SimpleRegression reg = new SimpleRegression(true);
        for (int i = 0; i < n; i++) reg.addData(x[i], y[i]);
        if (reg.getXSumSquares() == 0) {
            return new TestResult(name, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, effect, Double.NaN, n);
        }
        double slope = reg.getSlope();
        if (n < 3) return new TestResult(name, slope, Double.NaN, Double.NaN, Double.NaN, Double.NaN, effect, Double.NaN, n);
        double se = reg.getSlopeStdErr();
        if (reg.getTotalSumSquares() == 0) return new TestResult(name, 0, 0, 0, 1, 0, effect, 0, n);
        double r = reg.getR();
        if (se == 0) {
            double inf = Math.copySign(Double.POSITIVE_INFINITY, slope);
            return new TestResult(name, slope, slope, slope, 0, r, effect, inf, n);
        }
        double half = reg.getSlopeConfidenceInterval(1 - level);
        return new TestResult(name, slope, slope - half, slope + half, reg.getSignificance(), r, effect, slope / se, n);
    }

    /**
     * Mann–Kendall trend test of y in time order t (ties corrected variance, continuity correction): estimate Sen's
     * slope with its CI (Gilbert 1987), p two-sided, effect Kendall's tau-b, statistic S.
     * <p>
     * S = Σ_{i&lt;j} sign(t_j − t_i)·sign(y_j − y_i), so the points need not come sorted, and repeated times (e.g.
     * several replications per month) are allowed: Var(S) is then Kendall's (1975) variance with ties in both t and
     * y, which for distinct times reduces to the usual [n(n−1)(2n+5) − Σ u(u−1)(2u+5)]/18. Z = (S − sign S)/√Var(S).
     * Sen's slope is the median of (y_j − y_i)/(t_j − t_i) over pairs with different times; its interval takes the
     * ordered slopes at ranks round((N' − C)/2) and round((N' + C)/2 + 1), C = z_{1−α/2}√Var(S) (Gilbert 1987
     * ch. 16, rounding as R's {@code trend::sens.slope}); an end beyond the slopes is infinite. Fewer than three
     * points: NaN p and interval. All times equal: all NaN.
     */
    public static TestResult mannKendall(double[] t, double[] y, double level) {
        Check.paired("time and value series", t, y);
        Check.level(level);
        String name = "Mann-Kendall";
        String effect = "Kendall tau-b";
        int n = t.length;
        long s = 0;
        long nSlopes = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                s += (long) Math.signum(t[j] - t[i]) * (long) Math.signum(y[j] - y[i]);
                if (t[j] != t[i]) nSlopes++;
            }
        }
        if (nSlopes == 0) {
            return new TestResult(name, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, effect, Double.NaN, n);
        }
        if (nSlopes > 50_000_000L) {
            throw new IllegalArgumentException("series too long for Sen's slope: " + n + " points give " + nSlopes
                    + " slopes (limit 50,000,000)");
        }
        double[] slopes = new double[(int) nSlopes];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (t[j] != t[i]) slopes[k++] = (y[j] - y[i]) / (t[j] - t[i]);
            }
        }
        Arrays.sort(slopes);
        double sen = Ranks.median(slopes);
        double n0 = n * (n - 1.0) / 2;
        double tauDen = Math.sqrt((n0 - pairsTied(t)) * (n0 - pairsTied(y)));
        double tau = s == 0 ? 0 : s / tauDen;
        if (n < 3) return new TestResult(name, sen, Double.NaN, Double.NaN, Double.NaN, tau, effect, s, n);
        double var = kendallVariance(t, y);
        if (var == 0) return new TestResult(name, sen, sen, sen, 1, tau, effect, s, n);
        double sd = Math.sqrt(var);
        double z = s > 0 ? (s - 1) / sd : s < 0 ? (s + 1) / sd : 0;
        double p = Math.min(1, 2 * NORMAL.cumulativeProbability(-Math.abs(z)));
        double c = NORMAL.inverseCumulativeProbability(1 - (1 - level) / 2) * sd;
        long lo = (long) Math.rint((nSlopes - c) / 2);
        long hi = (long) Math.rint((nSlopes + c) / 2 + 1);
        double low = lo < 1 ? Double.NEGATIVE_INFINITY : slopes[(int) lo - 1];
        double high = hi > nSlopes ? Double.POSITIVE_INFINITY : slopes[(int) hi - 1];
        return new TestResult(name, sen, low, high, p, tau, effect, s, n);
    }

    /** Var(S) under no trend, with ties in t and y (Kendall 1975, eq. 4.4). */
    static double kendallVariance(double[] t, double[] y) {
        int n = t.length;
        double v = n * (n - 1.0) * (2 * n + 5);
        double t1 = 0, t2 = 0, y1 = 0, y2 = 0;
        for (int g : Ranks.tieGroups(t)) {
            v -= g * (g - 1.0) * (2 * g + 5);
            t1 += g * (g - 1.0);
            t2 += g * (g - 1.0) * (g - 2.0);
        }
        for (int g : Ranks.tieGroups(y)) {
            v -= g * (g - 1.0) * (2 * g + 5);
            y1 += g * (g - 1.0);
            y2 += g * (g - 1.0) * (g - 2.0);
        }
        double var = v / 18 + t1 * y1 / (2.0 * n * (n - 1));
        if (n > 2) var += t2 * y2 / (9.0 * n * (n - 1) * (n - 2));
        return var;
    }

    private static double pairsTied(double[] x) {
        double sum = 0;
        for (int g : Ranks.tieGroups(x)) sum += g * (g - 1.0) / 2;
        return sum;
    }

    /** Two-sided normal p-value of a centred statistic with continuity correction 0.5 towards zero (as R). */
    private static double normalP(double centred, double sigma) {
        if (sigma == 0) return centred == 0 ? 1 : 0;
        double z = (centred - Math.signum(centred) * 0.5) / sigma;
        return Math.min(1, 2 * NORMAL.cumulativeProbability(-Math.abs(z)));
    }

    /**
     * The large-sample rank of the lower CI end: round(mean − z_{1−α/2}·σ) (Hollander &amp; Wolfe), at least 1 as R
     * does for the exact ranks (the interval is then the whole range of the averages, at a lower confidence).
     */
    private static int criticalRank(double mean, double sigma, double alpha) {
        double c = Math.rint(mean - NORMAL.inverseCumulativeProbability(1 - alpha / 2) * sigma);
        return (int) Math.max(1, c);
    }

    private static double[] walshAverages(double[] d) {
        int n = d.length;
        if ((long) n * (n + 1) / 2 > 50_000_000L) {
            throw new IllegalArgumentException("too many pairs for the Hodges-Lehmann estimate: " + n);
        }
        double[] w = new double[n * (n + 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) for (int j = i; j < n; j++) w[k++] = (d[i] + d[j]) / 2;
        Arrays.sort(w);
        return w;
    }

    private static double[] differences(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) d[i] = b[i] - a[i];
        return d;
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    static double sd(double[] x, double mean) {
        double ss = 0;
        for (double v : x) ss += (v - mean) * (v - mean);
        return Math.sqrt(ss / (x.length - 1));
    }

    static double tQuantile(double level, double df) {
        return new TDistribution(null, df).inverseCumulativeProbability(0.5 + level / 2);
    }
}
