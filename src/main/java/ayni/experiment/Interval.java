package ayni.experiment;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A mean with its two-sided confidence interval from the t distribution; with one value the interval is the value
 * itself (no spread can be estimated) and with none the mean is NaN.
 */
public record Interval(double mean, double low, double high, double sd, int n) {

    public static Interval of(double[] x, double level) {
        int n = x.length;
        if (n == 0) return new Interval(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        double sum = 0;
        for (double v : x) sum += v;
        double mean = sum / n;
        if (n == 1) return new Interval(mean, mean, mean, 0, 1);
        double ss = 0;
        for (double v : x) ss += (v - mean) * (v - mean);
        double sd = Math.sqrt(ss / (n - 1));
        double half = tQuantile(level, n - 1) * sd / Math.sqrt(n);
        return new Interval(mean, mean - half, mean + half, sd, n);
    }

    /** The paired difference b − a, replication by replication. */
    public static Interval paired(double[] a, double[] b, double level) {
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) d[i] = b[i] - a[i];
        return of(d, level);
    }

    /** The difference of means b − a treating the samples as independent (Welch), for comparison with paired. */
    public static Interval unpaired(double[] a, double[] b, double level) {
        Interval ia = of(a, level), ib = of(b, level);
        double mean = ib.mean - ia.mean;
        if (a.length < 2 || b.length < 2) return new Interval(mean, mean, mean, 0, Math.min(a.length, b.length));
        double va = ia.sd * ia.sd / a.length, vb = ib.sd * ib.sd / b.length;
        double se = Math.sqrt(va + vb);
        if (se == 0) return new Interval(mean, mean, mean, 0, Math.min(a.length, b.length));
        double df = (va + vb) * (va + vb) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
        double half = tQuantile(level, df) * se;
        return new Interval(mean, mean - half, mean + half, Double.NaN, Math.min(a.length, b.length));
    }

    static double tQuantile(double level, double df) {
        return new TDistribution(null, df).inverseCumulativeProbability(0.5 + level / 2);
    }

    public double halfWidth() {
        return (high - low) / 2;
    }

    /** Two-sided p-value of the t test that the mean is 0 (NaN without spread). */
    public double pValue() {
        if (n < 2 || sd == 0) return mean == 0 ? 1.0 : Double.NaN;
        double t = mean / (sd / Math.sqrt(n));
        return 2 * new TDistribution(null, n - 1).cumulativeProbability(-Math.abs(t));
    }
}
