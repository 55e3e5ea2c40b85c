package ayni.experiment;

import ayni.metrics.TimeSeries;
import ayni.scenario.HypothesisReader;
import java.util.ArrayList;
import java.util.List;

/**
 * What an experiment keeps of one run: the recorded measures in the recorded months, and each measure's
 * end-of-period value (the mean over the run's last {@code window} months, taken from every month).
 *
 * @param values [recorded row][measure]
 */
public record RunRecord(Plan.Run run, List<String> measures, List<Integer> steps, List<String> dates, double[][] values,
                        double[] end) {

    /** Keeps the recorded months of a run's series (the first, every {@code every}-th and the last). */
    public static RunRecord of(Plan.Run run, TimeSeries series, List<String> measures, int every, int window) {
        int n = series.size();
        List<Integer> steps = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            if (HypothesisReader.recorded(t, every, n)) {
                steps.add(t);
                dates.add(series.date(t));
            }
        }
        double[][] values = new double[steps.size()][measures.size()];
        double[] end = new double[measures.size()];
        for (int m = 0; m < measures.size(); m++) {
            double[] col = series.column(measures.get(m));
            for (int r = 0; r < steps.size(); r++) values[r][m] = col[steps.get(r)];
            double s = 0;
            int from = Math.max(0, n - window);
            for (int t = from; t < n; t++) s += col[t];
            end[m] = s / Math.max(1, n - from);
        }
        return new RunRecord(run, List.copyOf(measures), List.copyOf(steps), List.copyOf(dates), values, end);
    }

    public int measure(String name) {
        int i = measures.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("measure " + name + " was not recorded");
        return i;
    }

    /** The value of a measure in a recorded month (YYYY-MM), or NaN when that month was not recorded. */
    public double at(String measure, String date) {
        int r = dates.indexOf(date);
        return r < 0 ? Double.NaN : values[r][measure(measure)];
    }

    public double end(String measure) {
        return end[measure(measure)];
    }

    public double[] column(String measure) {
        int m = measure(measure);
        double[] out = new double[values.length];
        for (int r = 0; r < values.length; r++) out[r] = values[r][m];
        return out;
    }
}
