package ayni.experiment;

import ayni.scenario.Posterior;
import ayni.stats.abc.Streams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Parameter sets drawn from a calibration's posterior for what-ifs: {@code draws} particles drawn by weight (with
 * replacement) from a stream keyed by the experiment's or comparison's seed, each run with {@code seedsPerDraw} seeds.
 * Replication i runs particle {@code particles[i / seedsPerDraw]} with seed + i in every arm, so arms pair on both
 * parameters and random numbers. The shared parameters are applied, and a {@code name@key} one (fitted for some
 * scenarios of a joint calibration) when the runs' base scenario is the one the calibration ran under that key
 * ({@code scenarioSha}: the experiment's or comparison's base scenario, for every arm, what-ifs included).
 */
public record PosteriorDraws(Posterior posterior, int draws, int seedsPerDraw, int[] particles, String scenarioSha) {
    /** The stream key of the draws (docs/statistics.md lists the others). */
    static final int STREAM = -4;

    /** Which posterior parameters the runs take, which an arm or a sweep sets itself, which are not applied. */
    public record Use(List<String> applied, List<String> overridden, List<String> notApplied) {}

    /** @param base the runs' base scenario (its {@code name@key} parameters apply) */
    public static PosteriorDraws of(Posterior posterior, int draws, int seedsPerDraw, long seed, ayni.scenario.Scenario base) {
        if (draws < 2 || seedsPerDraw < 2) {
            throw new IllegalArgumentException("a posterior ensemble needs at least 2 draws and 2 seeds per draw, got "
                    + draws + " x " + seedsPerDraw);
        }
        return new PosteriorDraws(posterior, draws, seedsPerDraw, posterior.draw(draws, Streams.seed(seed, STREAM, 0, 0)),
                base.sha256());
    }

    /**
     * The mean of each draw: values of runs in replication order (per sweep point), k seeds per draw, averaged in
     * consecutive groups of k. Runs of one draw share their parameters, so a draw, not a run, is the independent unit
     * of an interval or a test over a posterior. k ≤ 1 returns the values as they are.
     */
    public static double[] means(double[] x, int k) {
        if (k <= 1) return x;
        if (x.length % k != 0) throw new IllegalArgumentException(x.length + " values are not whole draws of " + k + " seeds");
        double[] out = new double[x.length / k];
        for (int i = 0; i < x.length; i++) out[i / k] += x[i] / k;
        return out;
    }

    /** The draw (0..draws-1) replication i belongs to. */
    public int draw(int replication) {
        return replication / seedsPerDraw;
    }

    /** The posterior values replication i takes, less the parameters in {@code fixed} (those keep the arm's value). */
    public Map<String, Double> values(int replication, Set<String> fixed) {
        Map<String, Double> v = new TreeMap<>(posterior.values(particles[draw(replication)], scenarioSha));
        v.keySet().removeAll(fixed);
        return v;
    }

    /**
     * Sorts the posterior's parameters by use.
     *
     * @param setBy for each parameter some arm or sweep sets itself, who sets it (e.g. "arm high", "the sweep")
     */
    public Use use(Map<String, ? extends java.util.Collection<String>> setBy) {
        List<String> applied = new ArrayList<>(), overridden = new ArrayList<>(), notApplied = new ArrayList<>();
        for (String id : posterior.parameters()) {
            String name = Posterior.name(id);
            if (!posterior.appliesTo(id, scenarioSha)) notApplied.add(id);
            else if (setBy.containsKey(name)) overridden.add(id + " (set by " + String.join(", ", setBy.get(name)) + ")");
            else applied.add(id);
        }
        return new Use(List.copyOf(applied), List.copyOf(overridden), List.copyOf(notApplied));
    }
}
