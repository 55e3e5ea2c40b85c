package ayni.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Morris elementary effects: r trajectories of k+1 points on a p-level grid with step Δ = p/(2(p−1)).
 * <p>
 * Construction (Morris 1991; Saltelli et al. 2008, ch. 3): for each trajectory every factor gets a random base value
 * from the grid values i/(p − 1), i = 0..p/2 − 1 (so that base + Δ ≤ 1) and a random direction; the trajectory starts
 * at base (direction up) or base + Δ (direction down) and then moves the factors one at a time, in a random order,
 * by +Δ or −Δ. Rows are trajectory by trajectory: rows t(k+1) .. t(k+1)+k belong to trajectory t.
 * <p>
 * Elementary effects are computed on the [0, 1] grid: EE = (y(after) − y(before)) / (±Δ), i.e. in response units
 * per unit of the factor's scaled range, so a linear response c·x over [low, high] has EE = c·(high − low). For
 * integer factors the rounded values step by about, not exactly, Δ·(high − low). mu is the mean EE, muStar the mean
 * |EE| (Campolongo, Cariboni &amp; Saltelli 2007), sigma the sample standard deviation (n − 1) of the EEs, NaN with
 * one trajectory.
 */
public final class MorrisDesign {

    /** Mean, mean absolute and standard deviation of one factor's elementary effects over the trajectories. */
    public record ElementaryEffects(String factor, double mu, double muStar, double sigma) {
    }

    private final List<Factor> factors;
    private final int trajectories;
    private final int levels;
    private final double[][] unit;      // points on the [0,1] grid
    private final double[][] points;    // in factor units
    private final int[][] moved;        // moved[t][m]: the factor changed between rows t(k+1)+m and +m+1

    MorrisDesign(List<Factor> factors, int trajectories, int levels, long seed) {
        Check.factors(factors);
        if (trajectories < 1) throw new IllegalArgumentException("Morris needs at least 1 trajectory, got " + trajectories);
        if (levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("Morris levels must be even and at least 2, got " + levels);
        }
        int k = factors.size();
        if ((long) trajectories * (k + 1) > Designs.MAX_POINTS) {
            throw new IllegalArgumentException("Morris design too large: " + trajectories + " trajectories of " + (k + 1) + " points");
        }
        this.factors = List.copyOf(factors);
        this.trajectories = trajectories;
        this.levels = levels;
        int step = levels / 2;              // Δ in grid steps
        SplittableRandom rng = new SplittableRandom(seed);
        int rows = trajectories * (k + 1);
        unit = new double[rows][];
        points = new double[rows][];
        moved = new int[trajectories][];
        for (int t = 0; t < trajectories; t++) {
            int[] idx = new int[k];
            int[] dir = new int[k];
            for (int j = 0; j < k; j++) {
                int base = rng.nextInt(levels / 2);
                dir[j] = rng.nextBoolean() ? 1 : -1;
                idx[j] = dir[j] > 0 ? base : base + step;
            }
            int[] order = Designs.permutation(k, rng);
            moved[t] = order;
            int row = t * (k + 1);
            store(row, idx);
            for (int m = 0; m < k; m++) {
                int j = order[m];
                idx[j] += dir[j] * step;
                store(row + m + 1, idx);
            }
        }
    }

    private void store(int row, int[] idx) {
        int k = idx.length;
        unit[row] = new double[k];
        points[row] = new double[k];
        for (int j = 0; j < k; j++) {
            unit[row][j] = Designs.level(idx[j], levels);
            points[row][j] = factors.get(j).scale(unit[row][j]);
        }
    }

    /** r(k+1) rows, in factor units. */
    public double[][] points() {
        return copy(points);
    }

    /** The same points on the [0, 1]^k grid before scaling. */
    public double[][] unitPoints() {
        return copy(unit);
    }

    public List<Factor> factors() {
        return factors;
    }

    public int trajectories() {
        return trajectories;
    }

    public int levels() {
        return levels;
    }

    /** Δ = p/(2(p − 1)) on the [0, 1] grid. */
    public double delta() {
        return levels / (2.0 * (levels - 1));
    }

    /** The factor (column) moved at step m (0..k−1) of trajectory t. */
    public int movedFactor(int t, int m) {
        return moved[t][m];
    }

    /** y[i] = response at points()[i]; one entry per factor, in the factors' order. */
    public List<ElementaryEffects> analyse(double[] y) {
        Check.responses(y, points.length);
        int k = factors.size();
        double[][] ee = new double[k][trajectories];
        for (int t = 0; t < trajectories; t++) {
            int row = t * (k + 1);
            for (int m = 0; m < k; m++) {
                int j = moved[t][m];
                double du = unit[row + m + 1][j] - unit[row + m][j];
                ee[j][t] = (y[row + m + 1] - y[row + m]) / du;
            }
        }
        List<ElementaryEffects> out = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            double mu = 0;
            double muStar = 0;
            for (double e : ee[j]) {
                mu += e;
                muStar += Math.abs(e);
            }
            mu /= trajectories;
            muStar /= trajectories;
            double sigma = trajectories < 2 ? Double.NaN : Tests.sd(ee[j], mu);
            out.add(new ElementaryEffects(factors.get(j).name(), mu, muStar, sigma));
        }
        return out;
    }

    static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
        return c;
    }
}
