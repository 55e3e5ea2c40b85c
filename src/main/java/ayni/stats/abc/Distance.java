package ayni.stats.abc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * The distance between a simulation's outputs and the targets: each term's misfit divided by its scale, squared,
 * weighted by 1 / (terms of its group), summed and square-rooted. Grouping the terms of one fact gives every fact the
 * same weight however many checks it has; scaling puts facts measured in different units on one footing. A term
 * without a fixed scale takes the median absolute deviation (×1.4826) of its output over the prior-predictive
 * simulations (generation 0), fixed for the rest of the calibration. A term whose target is a band or a bound that
 * no prior-predictive simulation meets is measured from the closest the prior predictive came (its floor): a check
 * no parameter set in the prior can meet would otherwise add a near-constant amount that swamps every other fact and
 * stops the tolerance from falling. Point targets (low = high) have no floor.
 */
public final class Distance {
    /** One term: an output (by its index in the simulator's outputs), its target, its group, its scale (NaN: MAD). */
    public record Term(int output, Target target, String group, double scale) {}

    private final List<Term> terms;
    private final double[] scales;
    private final double[] floors;
    private final double[] weights;

    public Distance(List<Term> terms) {
        this(terms, null, null);
    }

    private Distance(List<Term> terms, double[] scales, double[] floors) {
        if (terms.isEmpty()) throw new IllegalArgumentException("a distance needs at least one term");
        this.terms = List.copyOf(terms);
        this.floors = floors != null ? floors.clone() : new double[terms.size()];
        this.scales = new double[terms.size()];
        Map<String, Integer> count = new HashMap<>();
        for (Term t : terms) count.merge(t.group(), 1, Integer::sum);
        this.weights = new double[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            this.scales[i] = scales != null ? scales[i] : terms.get(i).scale();
            this.weights[i] = 1.0 / count.get(terms.get(i).group());
        }
    }

    public List<Term> terms() { return terms; }

    public double[] scales() { return scales.clone(); }

    /** Each term's floor: the least misfit of the prior predictive when no prior draw met its band or bound, else 0. */
    public double[] floors() { return floors.clone(); }

    /**
     * This distance with each band or bound term's floor set from the prior-predictive outputs: the least finite
     * misfit among them (0 when one of them meets the target, or none is finite).
     */
    public Distance flooredBy(List<double[]> priorOutputs) {
        double[] f = new double[terms.size()];
        for (int i = 0; i < f.length; i++) {
            Target t = terms.get(i).target();
            if (t.low() == t.high()) continue;
            double least = Double.POSITIVE_INFINITY;
            for (double[] o : priorOutputs) {
                double m = t.misfit(o[terms.get(i).output()]);
                if (Double.isFinite(m)) least = Math.min(least, m);
            }
            f[i] = Double.isFinite(least) ? least : 0;
        }
        return new Distance(terms, scales, f);
    }

    /** A term's misfit beyond its floor, in units of its scale. */
    private double scaled(int i, double misfit) {
        return Math.max(0, misfit - floors[i]) / scales[i];
    }

    /** Whether some term still waits for its scale from the prior predictive. */
    public boolean needsScales() {
        for (double s : scales) if (!(s > 0 && Double.isFinite(s))) return true;
        return false;
    }

    /**
     * This distance with every missing scale set from the prior-predictive outputs: the MAD (×1.4826, a normal sd's
     * estimate), or the mean absolute deviation when more than half the outputs are equal, or 1 when all are.
     */
    public Distance scaledBy(List<double[]> priorOutputs) {
        double[] s = scales.clone();
        for (int i = 0; i < s.length; i++) {
            if (s[i] > 0 && Double.isFinite(s[i])) continue;
            List<Double> xs = new ArrayList<>();
            for (double[] o : priorOutputs) {
                double x = o[terms.get(i).output()];
                if (Double.isFinite(x)) xs.add(x);
            }
            s[i] = spread(xs.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return new Distance(terms, s, floors);
    }

    /** The spread a term without a fixed scale is scaled by: MAD × 1.4826, else the mean absolute deviation, else 1. */
    public static double spread(double[] xs) {
        if (xs.length == 0) return 1;
        Median median = new Median();
        double m = median.evaluate(xs);
        double[] dev = new double[xs.length];
        double mean = 0;
        for (int k = 0; k < xs.length; k++) {
            dev[k] = Math.abs(xs[k] - m);
            mean += dev[k] / xs.length;
        }
        double mad = 1.4826 * median.evaluate(dev);
        return mad > 0 ? mad : mean > 0 ? mean : 1;
    }

    /**
     * A lower bound of the distance from the outputs known so far (NaN: not known yet): the terms not known add a
     * non-negative amount, so the full distance is at least this. Equals {@link #of} when every output is known.
     */
    public double lowerBound(double[] partial) {
        if (needsScales()) throw new IllegalStateException("the distance's scales are not set yet");
        double sum = 0;
        for (int i = 0; i < terms.size(); i++) {
            double m = terms.get(i).target().misfit(partial[terms.get(i).output()]);
            if (Double.isNaN(m)) continue;
            if (Double.isInfinite(m)) return Double.POSITIVE_INFINITY;
            double r = scaled(i, m);
            sum += weights[i] * r * r;
        }
        return Math.sqrt(sum);
    }

    /** The distance of one simulation's outputs; +∞ when an output is not finite. */
    public double of(double[] outputs) {
        if (needsScales()) throw new IllegalStateException("the distance's scales are not set yet");
        double sum = 0;
        for (int i = 0; i < terms.size(); i++) {
            double m = terms.get(i).target().misfit(outputs[terms.get(i).output()]);
            if (!Double.isFinite(m)) return Double.POSITIVE_INFINITY;
            double r = scaled(i, m);
            sum += weights[i] * r * r;
        }
        return Math.sqrt(sum);
    }
}
