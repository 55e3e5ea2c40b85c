package ayni.experiment;

import ayni.scenario.PatternSpec.Value;
import java.time.YearMonth;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * The statistic a pattern check reads from one run: one number from the monthly values of the window (docs/ODD.md
 * 9.12, scenarios/README.md pattern files). NaN when it is undefined for the run (a ratio over nothing, a correlation
 * of a constant, a relative change from zero).
 */
public final class PatternStats {
    private PatternStats() {}

    public static double of(RunRecord run, Value v) {
        int[] w = window(run, v.from(), v.to());
        double[] y = slice(run.column(v.observable()), w);
        return switch (v.stat()) {
            case MEAN -> mean(y, 0, y.length);
            case SUM -> sum(y, 0, y.length);
            case CHANGE -> change(y);
            case RELATIVE_CHANGE -> {
                double first = mean(y, 0, Math.min(12, y.length));
                yield first == 0 ? Double.NaN : change(y) / first;
            }
            case SLOPE -> slope(years(y.length), y);
            case RATIO -> {
                double d = sum(slice(run.column(v.over()), w), 0, y.length);
                yield d == 0 ? Double.NaN : sum(y, 0, y.length) / d;
            }
            case CORRELATION -> correlation(slice(run.column(v.with()), w), y);
            case CURVATURE -> curvature(slice(run.column(v.with()), w), y);
        };
    }

    /** Indices [first, last] of the recorded months from..to (every month is recorded in pattern runs). */
    static int[] window(RunRecord run, YearMonth from, YearMonth to) {
        int a = run.dates().indexOf(from.toString()), b = run.dates().indexOf(to.toString());
        if (a < 0 || b < 0) {
            throw new IllegalArgumentException("run " + run.run().index() + " did not record the months " + from + ".." + to);
        }
        return new int[] {a, b};
    }

    private static double[] slice(double[] x, int[] w) {
        return java.util.Arrays.copyOfRange(x, w[0], w[1] + 1);
    }

    private static double sum(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) s += x[i];
        return s;
    }

    private static double mean(double[] x, int from, int to) {
        return to <= from ? Double.NaN : sum(x, from, to) / (to - from);
    }

    /** Mean of the last 12 months minus mean of the first 12. */
    static double change(double[] y) {
        int k = Math.min(12, y.length);
        return mean(y, y.length - k, y.length) - mean(y, 0, k);
    }

    private static double[] years(int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) t[i] = i / 12.0;
        return t;
    }

    /** Least-squares slope of y on x (NaN when x does not vary). */
    static double slope(double[] x, double[] y) {
        int n = x.length;
        double mx = mean(x, 0, n), my = mean(y, 0, n), sxy = 0, sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxx == 0 ? Double.NaN : sxy / sxx;
    }

    /** Pearson correlation (NaN when either does not vary). */
    static double correlation(double[] x, double[] y) {
        int n = x.length;
        double mx = mean(x, 0, n), my = mean(y, 0, n), sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** The coefficient c of y = a + b x + c x² by least squares (negative for a hump; NaN when x takes under 3 values). */
    static double curvature(double[] x, double[] y) {
        RealMatrix xtx = new Array2DRowRealMatrix(3, 3);
        ArrayRealVector xty = new ArrayRealVector(3);
        for (int i = 0; i < x.length; i++) {
            double[] row = {1, x[i], x[i] * x[i]};
            for (int a = 0; a < 3; a++) {
                xty.addToEntry(a, row[a] * y[i]);
                for (int b = 0; b < 3; b++) xtx.addToEntry(a, b, row[a] * row[b]);
            }
        }
        try {
            return new LUDecomposition(xtx, 1e-12).getSolver().solve(xty).getEntry(2);
        } catch (SingularMatrixException e) {
            return Double.NaN;
        }
    }
}
