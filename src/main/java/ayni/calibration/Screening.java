package ayni.calibration;

import ayni.scenario.CalibrationSpec;
import ayni.scenario.CalibrationSpec.Check;
import ayni.scenario.CalibrationSpec.Param;
import ayni.stats.Designs;
import ayni.stats.Factor;
import ayni.stats.MorrisDesign;
import ayni.stats.abc.Distance;
import ayni.stats.abc.Prior;
import ayni.stats.abc.Streams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Morris screening of a calibration file's fitted parameters before the ABC loop: which parameters move the checks in
 * the distance at all. The design ({@link Designs#morris}) runs on each prior's internal scale (ln θ for log-uniform
 * priors, the truncation range for normal ones), every point is simulated with the same {@link Summaries} the
 * calibration uses, and each check's elementary effects are divided by that check's spread over the design points
 * ({@link Distance#spread}: MAD × 1.4826, as the distance scales generation 0), so checks in different units compare.
 * A parameter's overall effect is the mean over facts of the mean over the fact's checks of its scaled mu*, so every
 * fact weighs the same (as in the distance). A parameter whose overall effect is below {@code threshold} times the
 * largest parameter's does not move the checks and is fixed at its prior's median.
 * <p>
 * Seeds: every point of trajectory t runs with the seed derived from (file seed, {@link #STREAM}, t), so the two runs
 * of an elementary effect share their random numbers (an inert parameter's effect is then exactly zero rather than
 * the model's noise), and the result is the same whatever the number of threads. Held-out checks are never screened on.
 */
public final class Screening {
    /** The stream key of the screening's design and simulations (generations are 0 and up, −1..−3 are taken). */
    static final int STREAM = -4;

    /** One parameter's effect on one check: mu* and sigma in the check's units per prior range, and the check's spread. */
    public record Effect(String parameter, String check, String fact, double muStar, double sigma, double spread) {
        public double scaledMuStar() { return muStar / spread; }

        public double scaledSigma() { return sigma / spread; }
    }

    /**
     * A parameter's overall scaled mu* and sigma (fact-weighted means), as a share of the largest parameter's mu*, and
     * the value it is fixed at (NaN when it is kept).
     */
    public record Overall(String parameter, double muStar, double sigma, double share, double fixedAt) {
        public boolean fixed() { return !Double.isNaN(fixedAt); }
    }

    /**
     * A screening's result.
     *
     * @param skipped  checks left out because some design point gave no finite value
     * @param cpuNanos CPU time of the whole process during the run (0 where the JVM cannot tell)
     * @param load     the system's load average over the last minute at the end (negative where unknown)
     */
    public record Result(CalibrationSpec spec, CalibrationSpec.Screen settings, List<Prior> priors, List<Effect> effects,
                         List<Overall> overall, List<String> skipped, int points, long nanos, int threads, long cpuNanos,
                         double load) {
        /** The parameters to fix, at their values, in the file's order. */
        public List<CalibrationSpec.Fixed> toFix(String from) {
            List<CalibrationSpec.Fixed> out = new ArrayList<>();
            for (int k = 0; k < overall.size(); k++) {
                if (overall.get(k).fixed()) out.add(new CalibrationSpec.Fixed(spec.parameters().get(k), overall.get(k).fixedAt(), from));
            }
            return out;
        }
    }

    private Screening() {}

    /** The design: the file's priors as factors on their internal scale, seeded from the file's seed. */
    public static MorrisDesign design(CalibrationSpec spec, CalibrationSpec.Screen settings) {
        List<Factor> factors = new ArrayList<>();
        for (Prior p : Calibration.priors(spec)) factors.add(Factor.of(p.name(), p.zLow(), p.zHigh()));
        return Designs.morris(factors, settings.trajectories(), settings.levels(), Streams.seed(spec.seed(), STREAM, 0, Streams.PROPOSE));
    }

    /** Runs the design on {@code threads} threads; {@code progress} hears the number of points done. */
    public static Result run(CalibrationSpec spec, Summaries summaries, CalibrationSpec.Screen settings, int threads,
                             IntConsumer progress) throws InterruptedException {
        long t0 = System.nanoTime(), cpu0 = cpuNanos();
        List<Prior> priors = Calibration.priors(spec);
        List<String> ids = spec.parameters().stream().map(Param::id).toList();
        MorrisDesign design = design(spec, settings);
        double[][] z = design.points();
        int perTrajectory = ids.size() + 1;
        double[][] out = new double[z.length][];
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int i = 0; i < z.length; i++) {
                int row = i;
                jobs.add(pool.submit(() -> {
                    Map<String, Double> values = new LinkedHashMap<>();
                    for (int k = 0; k < ids.size(); k++) values.put(ids.get(k), priors.get(k).toTheta(z[row][k]));
                    long seed = Streams.seed(spec.seed(), STREAM, row / perTrajectory, Streams.SIMULATE);
                    out[row] = summaries.values(values, seed);
                    if (progress != null) progress.accept(done.incrementAndGet());
                }));
            }
            for (Future<?> f : jobs) f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<Check> checks = spec.summaries();
        List<Effect> effects = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int c = 0; c < checks.size(); c++) {
            double[] y = new double[z.length];
            boolean finite = true;
            for (int i = 0; i < y.length; i++) {
                y[i] = out[i][c];
                finite &= Double.isFinite(y[i]);
            }
            if (!finite) {
                skipped.add(checks.get(c).name());
                continue;
            }
            double spread = Distance.spread(y);
            for (MorrisDesign.ElementaryEffects e : design.analyse(y)) {
                effects.add(new Effect(e.factor(), checks.get(c).name(), checks.get(c).fact(), e.muStar(), e.sigma(), spread));
            }
        }
        List<Overall> overall = overall(spec, priors, effects, settings.threshold());
        return new Result(spec, settings, priors, List.copyOf(effects), overall, List.copyOf(skipped), z.length,
                System.nanoTime() - t0, Math.max(1, threads), cpuNanos() - cpu0,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** CPU time of this process (every thread); 0 where the JVM cannot tell. */
    static long cpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) return os.getProcessCpuTime();
        return 0;
    }

    /** The file a screening writes naming the parameters to fix, which {@code ayni calibrate --fix-screened} reads. */
    public static final String SCREENED = "screened.yaml";

    /** A screening's file that cannot be used for this calibration (the message names the file and field). */
    public static final class BadScreening extends RuntimeException {
        public BadScreening(String message) {
            super(message);
        }
    }

    /**
     * The parameters a screening folder's {@value #SCREENED} fixes, checked against the calibration: same calibration
     * and file version (hash), fitted parameters only, values within their prior's range.
     */
    public static List<CalibrationSpec.Fixed> read(java.nio.file.Path dir, CalibrationSpec spec) {
        java.nio.file.Path f = dir.resolve(SCREENED);
        if (!java.nio.file.Files.isRegularFile(f)) {
            throw new BadScreening(f + ": not found; fix: run 'ayni calibrate screen " + spec.file() + "' first, or give its folder");
        }
        com.fasterxml.jackson.databind.JsonNode root;
        try {
            root = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(f.toFile());
        } catch (java.io.IOException e) {
            throw new BadScreening(f + ": cannot be read (" + e.getMessage().lines().findFirst().orElse("") + "); fix: run the screening again");
        }
        if (root == null || !root.isObject()) throw new BadScreening(f + ": is not a screening's file; fix: run the screening again");
        if (!spec.name().equals(root.path("calibration").asText())) {
            throw new BadScreening(f + ": calibration: '" + root.path("calibration").asText() + "' is not '" + spec.name()
                    + "'; fix: give the screening folder of this calibration");
        }
        if (!spec.sha256().equals(root.path("sha256").asText())) {
            throw new BadScreening(f + ": sha256: screened another version of " + spec.file() + " (or of its scenarios); fix: "
                    + "run 'ayni calibrate screen' again");
        }
        com.fasterxml.jackson.databind.JsonNode list = root.path("fixed");
        if (!list.isArray()) throw new BadScreening(f + ": fixed: expected a list; fix: run the screening again");
        List<CalibrationSpec.Fixed> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String name = list.get(i).path("name").asText();
            com.fasterxml.jackson.databind.JsonNode v = list.get(i).path("value");
            Param prm = spec.parameters().stream().filter(p -> p.id().equals(name)).findFirst().orElse(null);
            if (prm == null) {
                throw new BadScreening(f + ": fixed[" + i + "].name: '" + name + "' is not a fitted parameter of " + spec.name()
                        + "; fix: run the screening again");
            }
            if (!v.isNumber() || !(v.asDouble() >= prm.low() && v.asDouble() <= prm.high())) {
                throw new BadScreening(f + ": fixed[" + i + "].value: " + v + " is not a number within " + prm.id() + "'s prior ("
                        + prm.low() + " to " + prm.high() + "); fix: run the screening again");
            }
            out.add(new CalibrationSpec.Fixed(prm, v.asDouble(), dir.toString()));
        }
        return List.copyOf(out);
    }

    /** Each parameter's fact-weighted mean scaled mu* and sigma, and the fixing rule applied. */
    static List<Overall> overall(CalibrationSpec spec, List<Prior> priors, List<Effect> effects, double threshold) {
        List<String> ids = spec.parameters().stream().map(Param::id).toList();
        double[] mu = new double[ids.size()], sd = new double[ids.size()];
        double max = 0;
        for (int k = 0; k < ids.size(); k++) {
            String id = ids.get(k);
            List<Effect> mine = effects.stream().filter(e -> e.parameter().equals(id)).toList();
            mu[k] = factWeighted(mine, Effect::scaledMuStar);
            sd[k] = factWeighted(mine, Effect::scaledSigma);
            if (mu[k] > max) max = mu[k];
        }
        List<Overall> out = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            boolean fix = mu[k] < threshold * max; // strict: with no effect anywhere (max 0) nothing is fixed
            out.add(new Overall(ids.get(k), mu[k], sd[k], max > 0 ? mu[k] / max : Double.NaN, fix ? priors.get(k).median() : Double.NaN));
        }
        return List.copyOf(out);
    }

    /** The mean over facts of the mean over each fact's checks (NaN without any check). */
    static double factWeighted(List<Effect> effects, java.util.function.ToDoubleFunction<Effect> value) {
        Map<String, double[]> byFact = new LinkedHashMap<>(); // fact -> {sum, count}
        for (Effect e : effects) {
            double[] s = byFact.computeIfAbsent(e.fact(), f -> new double[2]);
            s[0] += value.applyAsDouble(e);
            s[1]++;
        }
        if (byFact.isEmpty()) return Double.NaN;
        double sum = 0;
        for (double[] s : byFact.values()) sum += s[0] / s[1];
        return sum / byFact.size();
    }
}
