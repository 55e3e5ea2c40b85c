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
}
