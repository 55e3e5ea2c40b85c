package ayni.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Sweep designs over {@link Factor}s: every method returns points as rows (one per run) and factors as columns, in
 * factor units (integer factors rounded). The designs and the sensitivity analyses live in this package
 * ({@code ayni.stats}), next to the tests. Random designs are deterministic from their seed
 * ({@link SplittableRandom}, whose algorithm is fixed by the Java specification, so the same seed gives the same
 * points on every JVM).
 */
public final class Designs {

    /** Designs larger than this are refused: nobody runs ten million simulations from one call. */
    static final long MAX_POINTS = 10_000_000L;

    private Designs() {
    }

    /**
     * Every combination of {@code levels} evenly spaced values per factor (ends included); rows = points,
     * cols = factors. Rows are in lexicographic order: the first factor changes slowest, the last fastest.
     * levels^k rows.
     */
    public static double[][] fullFactorial(List<Factor> factors, int levels) {
        Check.factors(factors);
        if (levels < 2) throw new IllegalArgumentException("a full factorial needs at least 2 levels, got " + levels);
        int k = factors.size();
        double size = Math.pow(levels, k);
        if (size > MAX_POINTS) {
            throw new IllegalArgumentException("full factorial of " + k + " factors at " + levels + " levels has "
                    + (long) size + " points, more than " + MAX_POINTS);
        }
        int rows = (int) size;
        double[][] values = new double[k][levels];
        for (int j = 0; j < k; j++) {
            for (int l = 0; l < levels; l++) values[j][l] = factors.get(j).scale(level(l, levels));
        }
        double[][] pts = new double[rows][k];
        for (int r = 0; r < rows; r++) {
            int rest = r;
            for (int j = k - 1; j >= 0; j--) {
                pts[r][j] = values[j][rest % levels];
                rest /= levels;
            }
        }
        return pts;
    }

    /**
     * The centre point (all factors mid-range) first, then each factor alone through its {@code levels} values with
     * the others at the centre (the centre value itself not repeated). Factors in their list order, values
     * ascending. With an odd number of levels the centre is one of the values, so there are 1 + k(levels − 1)
     * rows; with an even number it is not, so 1 + k·levels. Values equal in factor units (the centre, or integer
     * factors whose rounded levels coincide) appear once, so integer factors may contribute fewer rows.
     */
    public static double[][] oneAtATime(List<Factor> factors, int levels) {
        Check.factors(factors);
        if (levels < 2) throw new IllegalArgumentException("one-at-a-time needs at least 2 levels, got " + levels);
        int k = factors.size();
        double[] centre = new double[k];
        for (int j = 0; j < k; j++) centre[j] = factors.get(j).scale(0.5);
        List<double[]> rows = new ArrayList<>();
        rows.add(centre.clone());
        for (int j = 0; j < k; j++) {
            double previous = Double.NaN;
            for (int l = 0; l < levels; l++) {
                double v = factors.get(j).scale(level(l, levels));
                if (v == centre[j] || v == previous) continue;
                previous = v;
                double[] row = centre.clone();
                row[j] = v;
                rows.add(row);
            }
        }
        return rows.toArray(new double[0][]);
    }

    /**
     * Latin hypercube of n points: each factor's range cut into n equal strata, one point per stratum, at a random
     * place within it, strata permuted independently per factor; deterministic from seed. (Integer factors are
     * rounded after this, so their strata hold integers only approximately.)
     */
    public static double[][] latinHypercube(List<Factor> factors, int n, long seed) {
        Check.factors(factors);
        if (n < 1) throw new IllegalArgumentException("a Latin hypercube needs at least 1 point, got " + n);
        if ((long) n * factors.size() > MAX_POINTS * 10) throw new IllegalArgumentException("Latin hypercube too large: " + n + " points");
        int k = factors.size();
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] pts = new double[n][k];
        for (int j = 0; j < k; j++) {
            int[] perm = permutation(n, rng);
            for (int i = 0; i < n; i++) {
                double u = (perm[i] + rng.nextDouble()) / n;
                pts[i][j] = factors.get(j).scale(Math.min(u, 1.0));
            }
        }
        return pts;
    }

    /**
     * Morris (1991) elementary effects design: {@code trajectories} random one-at-a-time trajectories of k + 1
     * points on a {@code levels}-level grid in [0, 1]^k, each step moving one factor by ±Δ, Δ = p/(2(p − 1)).
     * {@code levels} must be even (so that Δ is a whole number of grid steps, as Morris recommends); 4 to 8 is usual.
     */
    public static MorrisDesign morris(List<Factor> factors, int trajectories, int levels, long seed) {
        return new MorrisDesign(factors, trajectories, levels, seed);
    }

    /**
     * Saltelli (2010) sampling for first-order and total Sobol indices from n base points of Commons Math's Sobol
     * sequence in 2k dimensions; n(k + 2) rows. A power of two for n keeps the sequence balanced.
     */
    public static SaltelliDesign saltelli(List<Factor> factors, int n) {
        return new SaltelliDesign(factors, n);
    }

    /** The l-th of {@code levels} evenly spaced values of [0, 1], exactly 0 and 1 at the ends. */
    static double level(int l, int levels) {
        return l == levels - 1 ? 1.0 : (double) l / (levels - 1);
    }

    static int[] permutation(int n, SplittableRandom rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }
}
