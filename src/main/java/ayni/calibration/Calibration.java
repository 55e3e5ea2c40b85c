package ayni.calibration;

import ayni.output.Manifest;
import ayni.scenario.CalibrationSpec;
import ayni.scenario.CalibrationSpec.Check;
import ayni.scenario.CalibrationSpec.Param;
import ayni.stats.abc.AbcSmc;
import ayni.stats.abc.Cutoff;
import ayni.stats.abc.Distance;
import ayni.stats.abc.Prior;
import ayni.stats.abc.Settings;
import ayni.stats.abc.Simulation;
import ayni.stats.abc.Simulator;
import ayni.stats.abc.Streams;
import ayni.stats.abc.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A calibration file turned into an ABC-SMC run: priors from its parameters, the simulator from its {@link Summaries},
 * the distance from its summary checks (held-out checks are computed alongside, never in the distance), and the
 * simulations stored in {@code folder/sims} (stamped with the file's hash, so another version's are never mixed in).
 */
public final class Calibration {
    static final String STAMP = "calibration.txt";
    /** The generation key of the planted run a recovery calibration takes its targets from. */
    static final int PLANTED = -2;

    /** The store holds simulations of another calibration (or another version of this one). */
    public static final class StaleSims extends RuntimeException {
        public StaleSims(String message) {
            super(message);
        }
    }

    /**
     * What a calibration gives.
     *
     * @param targets    each output's target (summaries, then held-out checks)
     * @param planted    the planted run's outputs (null unless planted)
     * @param predictive posterior-predictive simulations (empty when the file asks for none; null while incomplete)
     */
    public record Outcome(CalibrationSpec spec, List<Prior> priors, List<Target> targets, double[] planted,
                         AbcSmc.Result result, List<Simulation> predictive, long nanos, int threads, long simulatedNow) {
        public boolean complete() {
            return result.complete() && predictive != null;
        }
    }

    private Calibration() {}

    /** The summaries of a file: over pattern runs when it names pattern checks, else over timeseries checks. */
    public static Summaries summaries(CalibrationSpec spec) {
        return spec.readsPatterns() ? new PatternSummaries(spec) : new ScenarioSummaries(spec);
    }

    public static List<Prior> priors(CalibrationSpec spec) {
        List<Prior> out = new ArrayList<>();
        for (Param p : spec.parameters()) {
            Prior prior = switch (p.shape()) {
                case "log-uniform" -> Prior.logUniform(p.id(), p.low(), p.high());
                case "normal" -> Prior.normal(p.id(), p.mean(), p.sd(), p.low(), p.high());
                default -> Prior.uniform(p.id(), p.low(), p.high());
            };
            out.add(p.integer() ? prior.asInteger() : prior);
        }
        return out;
    }

    /** Opens (or creates) the store in {@code folder}/sims; {@code fresh} discards what is there. */
    public static FileStore open(CalibrationSpec spec, Summaries summaries, Path folder, boolean fresh) throws IOException {
        List<String> ids = spec.parameters().stream().map(Param::id).toList();
        FileStore store = new FileStore(folder.resolve("sims"), ids, summaries.names());
        Path stamp = store.dir().resolve(STAMP);
        Map<String, String> want = new TreeMap<>(Map.of("calibration", spec.name(), "sha256", spec.sha256(),
                "version", Manifest.version()));
        Map<String, String> have = readStamp(stamp);
        if (fresh) {
            store.clear();
        } else if (!have.isEmpty() && !have.equals(want)) {
            throw new StaleSims(store.dir() + " holds simulations of calibration '" + have.get("calibration") + "' (hash "
                    + abbrev(have.get("sha256")) + ", version " + have.get("version") + "), not of this version (hash "
                    + abbrev(spec.sha256()) + ", version " + want.get("version") + "); fix: add --fresh to discard them, or --out "
                    + "another folder");
        }
        store.cleanTemps();
        StringBuilder sb = new StringBuilder();
        want.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        Path tmp = stamp.resolveSibling(STAMP + "." + ProcessHandle.current().pid() + ".tmp");
        Files.writeString(tmp, sb.toString());
        Files.move(tmp, stamp, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return store;
    }

    static Map<String, String> readStamp(Path f) throws IOException {
        Map<String, String> m = new TreeMap<>();
        if (!Files.exists(f)) return m;
        for (String line : Files.readAllLines(f)) {
            int eq = line.indexOf('=');
            if (eq > 0) m.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return m;
    }

    private static String abbrev(String sha) {
        return sha == null ? "?" : sha.substring(0, Math.min(12, sha.length()));
    }

    /** Runs (or resumes) a calibration; with a shard, stops at the first generation other shards must help finish. */
    public static Outcome run(CalibrationSpec spec, Summaries summaries, FileStore store, int threads, AbcSmc.Shard shard,
                              AbcSmc.Listener listener) throws InterruptedException {
        long t0 = System.nanoTime();
        List<Prior> priors = priors(spec);
        List<String> ids = spec.parameters().stream().map(Param::id).toList();
        long[] ran = new long[1];
        Simulator sim = new Simulator() {
            @Override
            public double[] run(double[] theta, long seed) {
                return run(theta, seed, Cutoff.NEVER);
            }

            @Override
            public double[] run(double[] theta, long seed, Cutoff cutoff) {
                Map<String, Double> values = new LinkedHashMap<>();
                for (int k = 0; k < theta.length; k++) values.put(ids.get(k), theta[k]);
                double[] out = summaries.values(values, seed, cutoff);
                synchronized (ran) {
                    ran[0]++;
                }
                return out;
            }
        };
        double[] planted = null;
        if (spec.planted() != null) {
            // the planted run is stored like any simulation, so resuming never repeats it
            Simulation s = store.get(PLANTED, 0);
            double[] theta = new double[ids.size()];
            for (int k = 0; k < theta.length; k++) theta[k] = spec.planted().get(ids.get(k));
            long seed = Streams.seed(spec.seed(), PLANTED, 0, Streams.SIMULATE);
            if (s == null || s.seed() != seed || !java.util.Arrays.equals(s.theta(), theta)) {
                s = new Simulation(PLANTED, 0, theta.clone(), theta, seed, sim.run(theta, seed));
                store.put(s);
            }
            planted = s.outputs();
        }
        List<Target> targets = targets(spec, planted);
        List<Distance.Term> terms = new ArrayList<>();
        for (int i = 0; i < spec.summaries().size(); i++) {
            Check c = spec.summaries().get(i);
            double scale = spec.scale() == CalibrationSpec.Scale.TOLERANCE ? c.tolerance() : Double.NaN;
            terms.add(new Distance.Term(i, targets.get(i), c.fact(), scale));
        }
        // with posterior-predictive runs to report them, the held-out checks are computed only for as many prior draws
        // and for those runs: no particle needs them, and the yearly betweenness they read is most of a simulation
        Settings settings = new Settings(spec.population(), spec.alpha(), spec.minAcceptance(), spec.minToleranceDrop(), spec.seed(),
                true, spec.predictive() > 0 ? spec.predictive() : -1);
        AbcSmc abc = new AbcSmc(priors, sim, new Distance(terms), settings, store, threads, shard, listener);
        AbcSmc.Result result = abc.run();
        List<Simulation> predictive = null;
        if (result.complete()) predictive = spec.predictive() == 0 ? List.of() : abc.predictive(result.posterior(), spec.predictive());
        return new Outcome(spec, priors, targets, planted, result, predictive, System.nanoTime() - t0, threads, ran[0]);
    }

    /** The target of every output: written in the file (a pattern check's target ± tolerance), or the planted run's value. */
    static List<Target> targets(CalibrationSpec spec, double[] planted) {
        List<Target> out = new ArrayList<>();
        List<Check> checks = spec.outputs();
        for (int i = 0; i < checks.size(); i++) {
            Check c = checks.get(i);
            if (planted != null) out.add(Target.value(planted[i]));
            else if (c.target() != null && c.pattern() != null) {
                out.add(new Target(c.target() - c.tolerance(), c.target() + c.tolerance())); // the pattern's band
            } else if (c.target() != null) out.add(Target.value(c.target()));
            else if (c.above() != null) out.add(Target.atLeast(c.above()));
            else out.add(Target.atMost(c.below()));
        }
        return List.copyOf(out);
    }
}
