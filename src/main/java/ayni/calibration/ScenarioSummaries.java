package ayni.calibration;

import ayni.experiment.SingleRun;
import ayni.metrics.TimeSeries;
import ayni.scenario.CalibrationSpec;
import ayni.scenario.CalibrationSpec.Check;
import ayni.scenario.CalibrationSpec.Observable;
import ayni.scenario.CalibrationSpec.Param;
import ayni.scenario.CalibrationSpec.Run;
import ayni.scenario.Parameters;
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
        Map<String, TimeSeries> series = new HashMap<>();
        for (int k = 0; k < spec.scenarios().size(); k++) {
            Run run = spec.scenarios().get(k);
            Parameters p = parameters(run, parameters);
            long s = Streams.seed(seed, 0, k, Streams.SIMULATE);
            series.put(run.key(), SingleRun.run(run.scenario(), s, p, run.steps(), run.measureInterval(), null).series());
        }
        List<Check> checks = spec.outputs();
        double[] out = new double[checks.size()];
        for (int i = 0; i < out.length; i++) {
            Check c = checks.get(i);
            out[i] = value(series, c.observable()) - (c.minus() == null ? 0 : value(series, c.minus()));
        }
        return out;
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
