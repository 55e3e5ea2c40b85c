package ayni.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli sampling on Commons Math's Sobol sequence (dimension 2k; rows A, B, and A with column i from B).
 * <p>
 * Points j = 0..n−1 of the 2k-dimensional Sobol sequence (Joe–Kuo direction numbers, as shipped with Commons Math;
 * the first point, all zeros, included, as Owen 2022 recommends) give row j of A (first k coordinates) and of B
 * (last k). Row order of {@link #points()}: block 0 is A (rows 0..n−1), block 1 is B (rows n..2n−1), and block 2 + i
 * is AB_i, A with column i taken from B (rows (2+i)n..(3+i)n−1), for factors i = 0..k−1 in list order.
 * <p>
 * Estimators, with m and V the mean and variance of the 2n responses f(A), f(B): first order
 * S_i = mean((f(B) − m)·(f(AB_i) − f(A)))/V (Saltelli et al. 2010, table 2 (b), on centred responses); total
 * ST_i = mean((f(A) − f(AB_i))²)/(2V) (Jansen 1999; Saltelli et al. 2010 table 2 (f)). Centring leaves the expected
 * value unchanged but makes the estimate shift-invariant: uncentred, its sampling error grows with m², so a model
 * output such as an adoption share near 0.8 with little variance gave indices far above 1 at small n. The confidence intervals are bootstrap percentile intervals over the n base rows (each resample
 * draws n rows of A, B and all AB_i together, with replacement), 1000 resamples from a fixed seed unless
 * {@link #analyse(double[], double, int, long)} is used. A constant response has nothing to apportion: every index is
 * 0 with interval [0, 0].
 */
public final class SaltelliDesign {

    /** First-order S (Saltelli 2010 estimator) and total ST (Jansen 1999), with bootstrap 95% CIs (fixed seed). */
    public record SobolIndex(String factor, double first, double firstLow, double firstHigh,
                             double total, double totalLow, double totalHigh) {
    }

    public static final int DEFAULT_RESAMPLES = 1000;
    public static final long DEFAULT_SEED = 20_100_101L;

    private final List<Factor> factors;
    private final int n;
    private final double[][] unit;
    private final double[][] points;

    SaltelliDesign(List<Factor> factors, int n) {
        Check.factors(factors);
        int k = factors.size();
        if (n < 2) throw new IllegalArgumentException("Saltelli sampling needs at least 2 base points, got " + n);
        if (2 * k > 1000) throw new IllegalArgumentException("Saltelli sampling supports at most 500 factors, got " + k);
        if ((long) n * (k + 2) > Designs.MAX_POINTS) {
            throw new IllegalArgumentException("Saltelli design too large: " + n + " x " + (k + 2) + " points");
        }
        this.factors = List.copyOf(factors);
        this.n = n;
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        double[][] a = new double[n][];
        double[][] b = new double[n][];
        for (int j = 0; j < n; j++) {
            double[] v = sobol.nextVector();
            a[j] = Arrays.copyOfRange(v, 0, k);
            b[j] = Arrays.copyOfRange(v, k, 2 * k);
        }
        unit = new double[n * (k + 2)][];
        for (int j = 0; j < n; j++) {
            unit[j] = a[j].clone();
            unit[n + j] = b[j].clone();
            for (int i = 0; i < k; i++) {
                double[] ab = a[j].clone();
                ab[i] = b[j][i];
                unit[(2 + i) * n + j] = ab;
            }
        }
        points = new double[unit.length][k];
        for (int r = 0; r < unit.length; r++) {
            for (int i = 0; i < k; i++) points[r][i] = factors.get(i).scale(unit[r][i]);
        }
    }

    /** n(k+2) rows in factor units: A, then B, then AB_0 .. AB_{k−1}, each block n rows. */
    public double[][] points() {
        return MorrisDesign.copy(points);
    }

    /** The same points in [0, 1]^k before scaling. */
    public double[][] unitPoints() {
        return MorrisDesign.copy(unit);
    }

    public List<Factor> factors() {
        return factors;
    }

    /** The number of base points n. */
    public int baseSize() {
        return n;
    }

    /** y[i] = response at points()[i]; 95% bootstrap intervals, 1000 resamples, fixed seed. */
    public List<SobolIndex> analyse(double[] y) {
        return analyse(y, 0.95, DEFAULT_RESAMPLES, DEFAULT_SEED);
    }

    /** As {@link #analyse(double[])} with a chosen interval level, number of bootstrap resamples and seed. */
    public List<SobolIndex> analyse(double[] y, double level, int resamples, long seed) {
        Check.responses(y, points.length);
        Check.level(level);
        if (resamples < 1) throw new IllegalArgumentException("need at least 1 bootstrap resample, got " + resamples);
        int k = factors.size();
        int[] identity = new int[n];
        for (int j = 0; j < n; j++) identity[j] = j;
        double[][] est = estimate(y, identity);
        double[][][] boot = new double[k][2][resamples];
        SplittableRandom rng = new SplittableRandom(seed);
        int[] idx = new int[n];
        for (int r = 0; r < resamples; r++) {
            for (int j = 0; j < n; j++) idx[j] = rng.nextInt(n);
            double[][] e = estimate(y, idx);
            for (int i = 0; i < k; i++) {
                boot[i][0][r] = e[i][0];
                boot[i][1][r] = e[i][1];
            }
        }
        double lo = (1 - level) / 2;
        List<SobolIndex> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            Arrays.sort(boot[i][0]);
            Arrays.sort(boot[i][1]);
            out.add(new SobolIndex(factors.get(i).name(),
                    est[i][0], quantile(boot[i][0], lo), quantile(boot[i][0], 1 - lo),
                    est[i][1], quantile(boot[i][1], lo), quantile(boot[i][1], 1 - lo)));
        }
        return out;
    }

    /** {first, total} per factor from the base rows listed in idx (repeats allowed). */
    private double[][] estimate(double[] y, int[] idx) {
        int k = factors.size();
        int m = idx.length;
        double sum = 0;
        for (int j : idx) sum += y[j] + y[n + j];
        double mean = sum / (2.0 * m);
        double ss = 0;
        for (int j : idx) {
            ss += (y[j] - mean) * (y[j] - mean);
            ss += (y[n + j] - mean) * (y[n + j] - mean);
        }
        double var = ss / (2.0 * m);
        double[][] out = new double[k][2];
        if (var == 0) return out;
        for (int i = 0; i < k; i++) {
            int off = (2 + i) * n;
            double first = 0;
            double total = 0;
            for (int j : idx) {
                double fa = y[j];
                double fb = y[n + j];
                double fab = y[off + j];
                first += (fb - mean) * (fab - fa);
                total += (fa - fab) * (fa - fab);
            }
            out[i][0] = first / m / var;
            out[i][1] = total / (2.0 * m) / var;
        }
        return out;
    }

    /** Linear interpolation between order statistics (R's quantile type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
