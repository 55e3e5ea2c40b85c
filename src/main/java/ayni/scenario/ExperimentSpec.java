package ayni.scenario;

import ayni.domain.Keyed;
import java.util.List;
import java.util.Map;

/**
 * An experiment file ({@code scenarios/experiments/*.yaml}): a base scenario, its arms, replications and seeds, the
 * measures to record and, for sweeps and replicate counts, the design. Read by {@link ExperimentReader}; the keys
 * are listed in scenarios/README.md.
 *
 * @param sha256 the hash of the experiment file together with every scenario file it runs
 * @param seed   seed of replication 0 (replication i uses seed + i)
 * @param steps  months simulated
 * @param replications runs per arm or design point; over a posterior, draws × seeds per draw
 * @param fork   paired: run arms that only add events to the base from a checkpoint of the base (same results, less time)
 * @param posterior the calibrated posterior the runs draw their parameters from, or null
 */
public record ExperimentSpec(String file, String sha256, String name, String title, String description, Kind kind,
                             Scenario scenario, List<Arm> arms, int replications, long seed, int steps,
                             List<String> record, int recordEvery, int window, int measureInterval, Sweep sweep,
                             Precision precision, boolean fork, Over posterior) {

    /** An experiment with no posterior. */
    public ExperimentSpec(String file, String sha256, String name, String title, String description, Kind kind,
                          Scenario scenario, List<Arm> arms, int replications, long seed, int steps,
                          List<String> record, int recordEvery, int window, int measureInterval, Sweep sweep,
                          Precision precision, boolean fork) {
        this(file, sha256, name, title, description, kind, scenario, arms, replications, seed, steps, record, recordEvery,
                window, measureInterval, sweep, precision, fork, null);
    }

    /**
     * Runs over a calibration's posterior: {@code draws} particles drawn by weight with the experiment's seed, each run
     * with {@code seedsPerDraw} seeds (replication i runs draw ⌊i / seedsPerDraw⌋ with seed + i).
     */
    public record Over(Posterior posterior, int draws, int seedsPerDraw) {}

    /** The same experiment with forking switched on or off (results are identical; only the time differs). */
    public ExperimentSpec withFork(boolean on) {
        return new ExperimentSpec(file, sha256, name, title, description, kind, scenario, arms, replications, seed, steps, record,
                recordEvery, window, measureInterval, sweep, precision, on, posterior);
    }

    /**
     * The same experiment over a posterior (replacing any its file names), with {@code seeds} seeds per draw; the hash
     * covers the posterior, draws and seeds, so runs stored without them are not mixed in.
     */
    public ExperimentSpec withPosterior(Posterior p, int draws, int seeds) {
        String hash = Composer.sha256((sha256 + "|posterior|" + p.sha256() + "|" + draws
                + (seeds == (posterior == null ? replications : posterior.seedsPerDraw()) ? "" : "|seeds|" + seeds))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new ExperimentSpec(file, hash, name, title, description, kind, scenario, arms, draws * seeds, seed, steps, record,
                recordEvery, window, measureInterval, sweep, precision, fork, new Over(p, draws, seeds));
    }

    public enum Kind implements Keyed {
        PAIRED("paired"), SWEEP("sweep"), REPLICATE_COUNT("replicate-count");
        private final String key;
        Kind(String key) { this.key = key; }
        @Override public String key() { return key; }
    }

    /** One arm: the scenario it runs (the base unless a what-if is named) and parameter overrides. */
    public record Arm(String name, Scenario scenario, Map<String, Double> set) {
        /** The arm's parameters: its scenario's, with the overrides applied. */
        public Parameters parameters() {
            Parameters p = scenario.parameters();
            for (Map.Entry<String, Double> e : set.entrySet()) p.set(e.getKey(), e.getValue());
            return p;
        }
    }

    public enum Design implements Keyed {
        FULL_FACTORIAL("full-factorial"), ONE_AT_A_TIME("one-at-a-time"), LATIN_HYPERCUBE("latin-hypercube"),
        MORRIS("morris"), SOBOL("sobol");
        private final String key;
        Design(String key) { this.key = key; }
        @Override public String key() { return key; }
    }

    /** A swept parameter and its range (a model parameter name of ODD §8). */
    public record SweepParameter(String name, double low, double high, boolean integer) {}

    /**
     * @param levels  values per parameter (full factorial, one at a time) or grid levels (Morris)
     * @param samples points (Latin hypercube), trajectories (Morris) or base sample size N (Sobol, N(k+2) points)
     */
    public record Sweep(Design design, int levels, int samples, List<SweepParameter> parameters, List<String> responses) {}

    /** Target confidence-interval half-widths per measure, in the measure's units. */
    public record Precision(double level, Map<String, Double> halfWidth) {}

    public Arm arm(String name) {
        for (Arm a : arms) if (a.name().equals(name)) return a;
        return null;
    }
}
