package ayni.experiment;

import ayni.scenario.ExperimentSpec;
import ayni.scenario.ExperimentSpec.SweepParameter;
import ayni.stats.MorrisDesign;
import ayni.stats.SaltelliDesign;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * How each swept parameter moves each response (a measure's end-of-period value, averaged over a point's
 * replications), by the method that fits the design:
 * <ul>
 * <li>full factorial: main effect = mean response at the highest level − mean at the lowest;</li>
 * <li>one at a time: the response at the parameter's low and high values with the others at mid-range (a tornado);</li>
 * <li>Latin hypercube: standardized regression coefficients (with the fit's R²) and Spearman rank correlations;</li>
 * <li>Morris: mean, mean absolute and standard deviation of the elementary effects;</li>
 * <li>Sobol: first-order and total indices with bootstrap intervals.</li>
 * </ul>
 */
public final class Sensitivity {
    /** One parameter's effect on one response: named values, in a fixed order per method. */
    public record Effect(String response, String factor, Map<String, Double> values) {
        public double get(String key) {
            Double v = values.get(key);
            return v == null ? Double.NaN : v;
        }
    }

    /** The design points with the mean response of each (rows = points). */
    public record Point(int point, double[] factors, double[] responses) {}

    private final List<Effect> effects = new ArrayList<>();
    private final List<Point> points = new ArrayList<>();
    private final ExperimentSpec.Design design;

    public Sensitivity(Plan plan, List<RunRecord> runs) {
        ExperimentSpec spec = plan.spec();
        design = spec.sweep().design();
        List<String> responses = spec.sweep().responses();
        List<SweepParameter> factors = spec.sweep().parameters();
        double[][] x = plan.points();
        double[][] y = new double[x.length][responses.size()];
        int[] n = new int[x.length];
        for (RunRecord r : runs) {
            int p = r.run().point();
            n[p]++;
            for (int j = 0; j < responses.size(); j++) y[p][j] += r.end(responses.get(j));
        }
        for (int p = 0; p < x.length; p++) {
            for (int j = 0; j < responses.size(); j++) y[p][j] /= Math.max(1, n[p]);
            points.add(new Point(p, x[p].clone(), y[p].clone()));
        }
        for (int j = 0; j < responses.size(); j++) {
            double[] yj = new double[x.length];
            for (int p = 0; p < x.length; p++) yj[p] = y[p][j];
            String resp = responses.get(j);
            switch (design) {
                case FULL_FACTORIAL -> factorial(resp, factors, x, yj);
                case ONE_AT_A_TIME -> oneAtATime(resp, factors, x, yj);
                case LATIN_HYPERCUBE -> regression(resp, factors, x, yj);
                case MORRIS -> {
                    for (MorrisDesign.ElementaryEffects e : plan.morris().analyse(yj)) {
                        effects.add(new Effect(resp, e.factor(), values("mu", e.mu(), "muStar", e.muStar(), "sigma", e.sigma())));
                    }
                }
                case SOBOL -> {
                    for (SaltelliDesign.SobolIndex s : plan.saltelli().analyse(yj)) {
                        effects.add(new Effect(resp, s.factor(), values("first", s.first(), "firstLow", s.firstLow(),
                                "firstHigh", s.firstHigh(), "total", s.total(), "totalLow", s.totalLow(), "totalHigh", s.totalHigh())));
                    }
                }
            }
        }
    }

    private void factorial(String resp, List<SweepParameter> factors, double[][] x, double[] y) {
        for (int k = 0; k < factors.size(); k++) {
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (double[] row : x) {
                lo = Math.min(lo, row[k]);
                hi = Math.max(hi, row[k]);
            }
            double atLo = meanWhere(x, y, k, lo), atHi = meanWhere(x, y, k, hi);
            effects.add(new Effect(resp, factors.get(k).name(), values("atLow", atLo, "atHigh", atHi, "mainEffect", atHi - atLo)));
        }
    }

    private static double meanWhere(double[][] x, double[] y, int k, double v) {
        double s = 0;
        int n = 0;
        for (int p = 0; p < x.length; p++) {
            if (x[p][k] == v) {
                s += y[p];
                n++;
            }
        }
        return s / n;
    }

    /** Point 0 is the centre; the others vary one parameter each (see Designs.oneAtATime). */
    private void oneAtATime(String resp, List<SweepParameter> factors, double[][] x, double[] y) {
        double centre = y[0];
        for (int k = 0; k < factors.size(); k++) {
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, atLo = centre, atHi = centre;
            double min = centre, max = centre;
            for (int p = 1; p < x.length; p++) {
                if (!variesOnly(x, p, k)) continue;
                min = Math.min(min, y[p]);
                max = Math.max(max, y[p]);
                if (x[p][k] < lo) { lo = x[p][k]; atLo = y[p]; }
                if (x[p][k] > hi) { hi = x[p][k]; atHi = y[p]; }
            }
            effects.add(new Effect(resp, factors.get(k).name(), values("centre", centre, "atLow", atLo, "atHigh", atHi,
                    "min", min, "max", max, "swing", max - min)));
        }
    }

    private static boolean variesOnly(double[][] x, int p, int k) {
        for (int j = 0; j < x[p].length; j++) if (j != k && x[p][j] != x[0][j]) return false;
        return x[p][k] != x[0][k];
    }

    private void regression(String resp, List<SweepParameter> factors, double[][] x, double[] y) {
        int k = factors.size();
        double[] src = new double[k];
        double r2 = Double.NaN;
        double sy = sd(y);
        if (x.length > k + 1 && sy > 0) {
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
            ols.newSampleData(y, x);
            double[] beta = ols.estimateRegressionParameters();
            for (int j = 0; j < k; j++) src[j] = beta[j + 1] * sd(column(x, j)) / sy;
            r2 = ols.calculateRSquared();
        } else {
            java.util.Arrays.fill(src, Double.NaN);
        }
        for (int j = 0; j < k; j++) {
            double rho = sy > 0 && x.length > 2 ? new SpearmansCorrelation().correlation(column(x, j), y) : Double.NaN;
            effects.add(new Effect(resp, factors.get(j).name(), values("src", src[j], "rankCorrelation", rho, "r2", r2)));
        }
    }

    private static double[] column(double[][] x, int j) {
        double[] c = new double[x.length];
        for (int i = 0; i < x.length; i++) c[i] = x[i][j];
        return c;
    }

    private static double sd(double[] v) {
        double m = 0;
        for (double d : v) m += d;
        m /= v.length;
        double ss = 0;
        for (double d : v) ss += (d - m) * (d - m);
        return v.length < 2 ? 0 : Math.sqrt(ss / (v.length - 1));
    }

    private static Map<String, Double> values(Object... kv) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (Double) kv[i + 1]);
        return m;
    }

    public List<Effect> effects() { return effects; }
    public List<Point> points() { return points; }
    public ExperimentSpec.Design design() { return design; }

    public List<Effect> effects(String response) {
        List<Effect> out = new ArrayList<>();
        for (Effect e : effects) if (e.response().equals(response)) out.add(e);
        return out;
    }
}
