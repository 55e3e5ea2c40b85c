package ayni.calibration;

import ayni.experiment.SingleRun;
import ayni.metrics.TimeSeries;
import ayni.scenario.CalibrationSpec;
import ayni.scenario.CalibrationSpec.Check;
import ayni.scenario.CalibrationSpec.Observable;
import ayni.scenario.CalibrationSpec.Param;
import ayni.scenario.CalibrationSpec.Run;
import ayni.scenario.Parameters;
import ayni.stats.abc.Cutoff;
import ayni.stats.abc.Streams;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of a calibration file computed from runs: each parameter set runs every scenario of the file once (with
 * a seed derived from the simulation's seed and the scenario's position), and each check reads its observable from
 * the run's monthly series.
 */
public final class ScenarioSummaries implements Summaries {
    private final CalibrationSpec spec;

    public ScenarioSummaries(CalibrationSpec spec) {
        this.spec = spec;
    }

    @Override
    public List<String> names() {
        return spec.outputs().stream().map(Check::name).toList();
    }

    @Override
    public double[] values(Map<String, Double> parameters, long seed) {
        return values(parameters, seed, Cutoff.NEVER);
    }

    /**
     * Runs the scenarios in the file's order. A check is computed as soon as it is final: when every scenario it reads
     * has ended, or, for a value at a month, once that month is simulated; then {@code cutoff} is asked, and a yes ends
     * the simulation there (the checks not computed stay NaN).
     */
    @Override
    public double[] values(Map<String, Double> parameters, long seed, Cutoff cutoff) {
        List<Check> checks = spec.outputs();
        double[] out = new double[checks.size()];
        java.util.Arrays.fill(out, Double.NaN);
        boolean[] wanted = Summaries.wanted(checks, cutoff);
        java.util.Set<String> read = Summaries.columns(checks, wanted);
        boolean[] known = new boolean[out.length];
        for (int i = 0; i < known.length; i++) known[i] = !wanted[i]; // never computed: left NaN
        Map<String, TimeSeries> series = new HashMap<>();
        for (int k = 0; k < spec.scenarios().size(); k++) {
            Run run = spec.scenarios().get(k);
            Parameters p = parameters(run, parameters);
            long s = Streams.seed(seed, 0, k, Streams.SIMULATE);
            boolean[] stopped = {false};
            TimeSeries ts = SingleRun.runUntil(run.scenario(), s, p, run.steps(), run.measureInterval(), read, (steps, soFar) -> {
                series.put(run.key(), soFar);
                stopped[0] = fill(checks, series, run.key(), soFar, known, out) && cutoff.hopeless(out.clone());
                return stopped[0];
            }).series();
            if (stopped[0]) return out;
            series.put(run.key(), ts);
            if (fill(checks, series, null, null, known, out) && k < spec.scenarios().size() - 1 && cutoff.hopeless(out.clone())) {
                return out;
            }
        }
        return out;
    }

    /**
     * Computes the checks that became final; true when there is any. Scenarios in {@code series} other than
     * {@code running} have ended; {@code running}'s series so far is {@code soFar}.
     */
    private static boolean fill(List<Check> checks, Map<String, TimeSeries> series, String running, TimeSeries soFar,
                                boolean[] known, double[] out) {
        boolean any = false;
        for (int i = 0; i < out.length; i++) {
            Check c = checks.get(i);
            if (known[i] || !done(c.observable(), series, running, soFar) || (c.minus() != null && !done(c.minus(), series, running, soFar))) {
                continue;
            }
            out[i] = value(series, c.observable()) - (c.minus() == null ? 0 : value(series, c.minus()));
            known[i] = true;
            any = true;
        }
        return any;
    }

    /** Whether an observable's value can no longer change: its scenario has ended, or its month is simulated. */
    private static boolean done(Observable o, Map<String, TimeSeries> series, String running, TimeSeries soFar) {
        if (!series.containsKey(o.scenario())) return false;
        if (!o.scenario().equals(running)) return true;
        return o.stat() == CalibrationSpec.Stat.AT && soFar.size() > 0 && soFar.date(soFar.size() - 1).compareTo(o.at().toString()) >= 0;
    }

    /** The scenario's parameters, the file's fixed values for it, then the fitted values that apply to it. */
    Parameters parameters(Run run, Map<String, Double> fitted) {
        Parameters p = run.scenario().parameters();
        run.set().forEach(p::set);
        for (Param prm : spec.parameters()) {
            if (!prm.appliesTo(run.key())) continue;
            Double v = fitted.get(prm.id());
            if (v == null) throw new IllegalArgumentException("no value for fitted parameter " + prm.id());
            p.set(prm.name(), v);
        }
        return p;
    }

    static double value(Map<String, TimeSeries> series, Observable o) {
        TimeSeries ts = series.get(o.scenario());
        double[] col = ts.column(o.measure());
        int n = ts.size();
        switch (o.stat()) {
            case AT -> {
                String month = o.at().toString();
                for (int t = 0; t < n; t++) if (ts.date(t).equals(month)) return col[t];
                return Double.NaN;
            }
            case MEAN -> {
                double s = 0;
                for (double v : col) s += v;
                return s / n;
            }
            default -> {
                int from = Math.max(0, n - o.window());
                double s = 0;
                for (int t = from; t < n; t++) s += col[t];
                return s / (n - from);
            }
        }
    }
}
