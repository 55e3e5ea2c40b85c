package ayni.calibration;

import java.util.List;
import java.util.Map;

/**
 * What calibration needs from a model: the named values (checks) one parameter set gives with one seed. A parameter
 * keyed {@code name@scenario} applies to that scenario only. Implemented by {@link ScenarioSummaries} over timeseries
 * observables; the pattern runner implements it over its pattern checks.
 */
public interface Summaries {
    /** The names of the values, in the order {@link #values} returns them. */
    List<String> names();

    double[] values(Map<String, Double> parameters, long seed);

    /**
     * As {@link #values(Map, long)}, asking {@code cutoff} whenever more values are known and stopping when it answers
     * true (the values not computed are NaN). The default computes everything.
     */
    default double[] values(Map<String, Double> parameters, long seed, ayni.stats.abc.Cutoff cutoff) {
        return values(parameters, seed);
    }

    /** Which of the checks {@code cutoff} needs computed. */
    static boolean[] wanted(List<ayni.scenario.CalibrationSpec.Check> checks, ayni.stats.abc.Cutoff cutoff) {
        boolean[] w = new boolean[checks.size()];
        for (int i = 0; i < w.length; i++) w[i] = cutoff.needs(i);
        return w;
    }

    /** The columns the wanted checks read: a run computes only the groups of measures these need. */
    static java.util.Set<String> columns(List<ayni.scenario.CalibrationSpec.Check> checks, boolean[] wanted) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i < wanted.length; i++) if (wanted[i]) out.addAll(checks.get(i).columns());
        return out;
    }
}
