package ayni.stats.abc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The particles a generation keeps, with their importance weights (as computed when proposed, π/q) and distances.
 * Weighted summaries use the normalised weights.
 */
public final class Population {
    private final List<Simulation> particles;
    private final double[] weights;
    private final double[] distances;
    private final double tolerance;
    private final double[] cumulative;

    public Population(List<Simulation> particles, double[] weights, double[] distances, double tolerance) {
        if (particles.isEmpty() || particles.size() != weights.length || weights.length != distances.length) {
            throw new IllegalArgumentException("a population needs as many weights and distances as particles");
        }
        this.particles = List.copyOf(particles);
        this.weights = weights.clone();
        this.distances = distances.clone();
        this.tolerance = tolerance;
        double[] w = normalisedWeights();
        this.cumulative = new double[w.length];
        for (int i = 0; i < w.length; i++) cumulative[i] = (i == 0 ? 0 : cumulative[i - 1]) + w[i];
    }

    public int size() { return particles.size(); }

    public Simulation particle(int i) { return particles.get(i); }

    public List<Simulation> particles() { return particles; }

    /** The raw importance weight of particle i. */
    public double weight(int i) { return weights[i]; }

    public double distance(int i) { return distances[i]; }

    public double tolerance() { return tolerance; }

    public int dimension() { return particles.get(0).z().length; }

    public double[] normalisedWeights() {
        double s = 0;
        for (double w : weights) s += w;
        double[] out = new double[weights.length];
        for (int i = 0; i < out.length; i++) out[i] = weights[i] / s;
        return out;
    }

    /** Effective sample size (Σw)² / Σw² (Kish). */
    public double ess() {
        double s = 0, s2 = 0;
        for (double w : weights) {
            s += w;
            s2 += w * w;
        }
        return s * s / s2;
    }

    /** Weighted covariance of the particles on the internal scale. */
    public double[][] covariance() {
        double[] w = normalisedWeights();
        int d = dimension();
        double[] mean = new double[d];
        for (int i = 0; i < size(); i++) for (int a = 0; a < d; a++) mean[a] += w[i] * particles.get(i).z()[a];
        double[][] c = new double[d][d];
        for (int i = 0; i < size(); i++) {
            double[] z = particles.get(i).z();
            for (int a = 0; a < d; a++) for (int b = 0; b <= a; b++) c[a][b] += w[i] * (z[a] - mean[a]) * (z[b] - mean[b]);
        }
        for (int a = 0; a < d; a++) for (int b = a + 1; b < d; b++) c[a][b] = c[b][a];
        return c;
    }

    /** Weighted mean of parameter p (θ). */
    public double mean(int p) {
        double[] w = normalisedWeights();
        double m = 0;
        for (int i = 0; i < size(); i++) m += w[i] * particles.get(i).theta()[p];
        return m;
    }

    /** Weighted standard deviation of parameter p (θ). */
    public double sd(int p) {
        double[] w = normalisedWeights();
        double m = mean(p), v = 0;
        for (int i = 0; i < size(); i++) v += w[i] * Math.pow(particles.get(i).theta()[p] - m, 2);
        return Math.sqrt(v);
    }

    /** Weighted quantile of parameter p (θ): the smallest value whose cumulative weight reaches q. */
    public double quantile(int p, double q) {
        return quantile(size(), i -> particles.get(i).theta()[p], q);
    }

    /** Weighted quantile of output k of the particles' simulations. */
    public double outputQuantile(int k, double q) {
        return quantile(size(), i -> particles.get(i).outputs()[k], q);
    }

    /** Weighted mean of output k of the particles' simulations. */
    public double outputMean(int k) {
        double[] w = normalisedWeights();
        double m = 0;
        for (int i = 0; i < size(); i++) m += w[i] * particles.get(i).outputs()[k];
        return m;
    }

    private double quantile(int n, java.util.function.IntToDoubleFunction value, double q) {
        double[] w = normalisedWeights();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(value::applyAsDouble));
        double c = 0;
        for (Integer i : order) {
            c += w[i];
            if (c >= q - 1e-12) return value.applyAsDouble(i);
        }
        return value.applyAsDouble(order[n - 1]);
    }

    /** Draws a particle index with probability proportional to its weight. */
    public int draw(RandomGenerator rng) {
        int i = java.util.Arrays.binarySearch(cumulative, rng.nextDouble());
        i = i >= 0 ? i + 1 : -i - 1;
        return Math.min(i, cumulative.length - 1);
    }

    /** The particles in key order (generation, index), for files. */
    public List<Integer> keyOrder() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < size(); i++) order.add(i);
        order.sort(Comparator.comparingInt((Integer i) -> particles.get(i).generation()).thenComparingInt(i -> particles.get(i).index()));
        return order;
    }
}
