package ayni.experiment;

import ayni.experiment.Replicates.Run;
import java.util.ArrayList;
import java.util.List;

/**
 * Base and what-if runs with the same seeds, summarised per step and measure: each arm's mean with its confidence
 * interval, and the paired difference (what-if − base, replication by replication) with its interval. The summary at
 * the end of the period uses each run's mean over its last {@code window} months, which is less noisy than the
 * last month alone.
 */
public final class Comparison {
    public static final double LEVEL = 0.95;

    /** One measure at the end of the period. */
    public record End(String measure, Interval base, Interval whatif, Interval paired, Interval unpaired) {
        /** How many times smaller the variance of the paired difference is than that of the unpaired one. */
        public double varianceReduction() {
            double p = paired.halfWidth(), u = unpaired.halfWidth();
            return p == 0 ? (u == 0 ? 1 : Double.POSITIVE_INFINITY) : (u * u) / (p * p);
        }
    }

    private final List<String> dates;
    private final List<String> measures;
    private final Interval[][] base, whatif, diff; // [measure][step]
    private final List<End> end = new ArrayList<>();
    private final int window;

    public Comparison(List<Run> baseRuns, List<Run> whatifRuns, List<String> measures, int window) {
        this(baseRuns, whatifRuns, measures, window, 1);
    }

    /**
     * Over a posterior, runs in replication order with {@code seedsPerDraw} seeds per parameter draw: every interval is
     * taken over the draws' means ({@link PosteriorDraws#means}), since runs of one draw share their parameters.
     */
    public Comparison(List<Run> baseRuns, List<Run> whatifRuns, List<String> measures, int window, int seedsPerDraw) {
        this.measures = List.copyOf(measures);
        this.window = window;
        int steps = Math.min(baseRuns.get(0).series().size(), whatifRuns.get(0).series().size());
        dates = new ArrayList<>();
        for (int t = 0; t < steps; t++) dates.add(baseRuns.get(0).series().date(t));
        int n = baseRuns.size();
        base = new Interval[measures.size()][steps];
        whatif = new Interval[measures.size()][steps];
        diff = new Interval[measures.size()][steps];
        for (int m = 0; m < measures.size(); m++) {
            double[][] a = columns(baseRuns, measures.get(m), steps), b = columns(whatifRuns, measures.get(m), steps);
            for (int t = 0; t < steps; t++) {
                double[] at = new double[n], bt = new double[n];
                for (int i = 0; i < n; i++) {
                    at[i] = a[i][t];
                    bt[i] = b[i][t];
                }
                at = PosteriorDraws.means(at, seedsPerDraw);
                bt = PosteriorDraws.means(bt, seedsPerDraw);
                base[m][t] = Interval.of(at, LEVEL);
                whatif[m][t] = Interval.of(bt, LEVEL);
                diff[m][t] = Interval.paired(at, bt, LEVEL);
            }
            double[] ae = new double[n], be = new double[n];
            int from = Math.max(0, steps - window);
            for (int i = 0; i < n; i++) {
                ae[i] = mean(a[i], from, steps);
                be[i] = mean(b[i], from, steps);
            }
            ae = PosteriorDraws.means(ae, seedsPerDraw);
            be = PosteriorDraws.means(be, seedsPerDraw);
            end.add(new End(measures.get(m), Interval.of(ae, LEVEL), Interval.of(be, LEVEL),
                    Interval.paired(ae, be, LEVEL), Interval.unpaired(ae, be, LEVEL)));
        }
    }

    private static double[][] columns(List<Run> runs, String measure, int steps) {
        double[][] out = new double[runs.size()][];
        for (int i = 0; i < runs.size(); i++) {
            double[] c = runs.get(i).series().column(measure);
            out[i] = java.util.Arrays.copyOf(c, steps);
        }
        return out;
    }

    private static double mean(double[] x, int from, int to) {
        double s = 0;
        for (int t = from; t < to; t++) s += x[t];
        return s / Math.max(1, to - from);
    }

    public List<String> dates() { return dates; }
    public List<String> measures() { return measures; }
    public int window() { return window; }
    public Interval base(int measure, int step) { return base[measure][step]; }
    public Interval whatif(int measure, int step) { return whatif[measure][step]; }
    public Interval difference(int measure, int step) { return diff[measure][step]; }
    public List<End> end() { return List.copyOf(end); }

    public int indexOf(String measure) {
        return measures.indexOf(measure);
    }
}
