package ayni.calibration;

import ayni.experiment.PatternPlan;
import ayni.experiment.PatternScore;
import ayni.experiment.Plan;
import ayni.experiment.RunRecord;
import ayni.experiment.SingleRun;
import ayni.metrics.TimeSeries;
import ayni.scenario.CalibrationSpec;
import ayni.scenario.CalibrationSpec.Check;
import ayni.scenario.CalibrationSpec.Param;
import ayni.scenario.CalibrationSpec.Run;
import ayni.scenario.ExperimentSpec;
import ayni.scenario.Parameters;
import ayni.scenario.PatternSpec;
import ayni.stats.abc.Cutoff;
import ayni.stats.abc.Streams;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of a calibration file that names pattern checks: each parameter set runs one replication of every arm the
 * pattern checks read ({@link PatternPlan}: the scenario, its what-ifs and parameter contrasts), every arm of a scenario
 * with that scenario's seed (common random numbers, so a paired check is a paired difference), and each check's value
 * is what {@link PatternScore} averages over replications. The fitted values apply to every arm of the scenarios they
 * apply to; a check's own parameter contrast is applied last, so it wins over a fitted value of the same parameter.
 * Timeseries checks of the same file read the base runs, which are the runs {@link ScenarioSummaries} makes.
 */
public final class PatternSummaries implements Summaries {
    private final CalibrationSpec spec;
    /** The plan of the arms by the outputs wanted (a mask over {@code spec.outputs()}), made on first use. */
    private final Map<String, PatternPlan> plans = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, Run> byKey = new LinkedHashMap<>();

    public PatternSummaries(CalibrationSpec spec) {
        this.spec = spec;
        for (int k = 0; k < spec.scenarios().size(); k++) {
            position.put(spec.scenarios().get(k).key(), k);
            byKey.put(spec.scenarios().get(k).key(), spec.scenarios().get(k));
        }
    }

    /** The plan of the wanted checks: one pattern per fact with only those checks, so it runs no arm no wanted check reads. */
    private PatternPlan plan(boolean[] wanted) {
        return plans.computeIfAbsent(java.util.Arrays.toString(wanted), m -> {
            Map<PatternSpec, List<PatternSpec.Check>> picked = new LinkedHashMap<>();
            List<Check> checks = spec.outputs();
            for (int i = 0; i < checks.size(); i++) {
                Check c = checks.get(i);
                if (wanted[i] && c.pattern() != null) {
                    picked.computeIfAbsent(c.pattern().fact(), f -> new ArrayList<>()).add(c.pattern().check());
                }
            }
            List<PatternSpec> facts = new ArrayList<>();
            picked.forEach((f, cs) -> facts.add(new PatternSpec(f.file(), f.sha256(), f.fact(), f.name(), f.title(),
                    f.thesis(), f.definition(), f.buildSubset(), List.copyOf(cs))));
            return new PatternPlan(facts, 1);
        });
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
     * Runs the scenarios' arms scenario by scenario; after each scenario the checks it completes are computed and
     * {@code cutoff} is asked, and a yes ends the simulation there (the checks not computed stay NaN). Only the checks
     * {@code cutoff} needs are computed, and only the arms they read are run; a group of measures (the yearly
     * switcher measures, the pattern observables) is computed only when one of them reads its columns.
     */
    @Override
    public double[] values(Map<String, Double> parameters, long seed, Cutoff cutoff) {
        Map<String, Map<String, RunRecord>> arms = new HashMap<>(); // scenario key -> arm name -> run
        Map<String, TimeSeries> series = new HashMap<>();             // scenario key -> base run's series
        List<Check> checks = spec.outputs();
        double[] out = new double[checks.size()];
        java.util.Arrays.fill(out, Double.NaN);
        boolean[] wanted = Summaries.wanted(checks, cutoff);
        java.util.Set<String> read = Summaries.columns(checks, wanted);
        boolean[] known = new boolean[out.length];
        for (int i = 0; i < known.length; i++) known[i] = !wanted[i]; // never computed: left NaN
        List<Plan> plans = plan(wanted).plans();
        for (int k = 0; k < plans.size(); k++) {
            ExperimentSpec e = plans.get(k).spec();
            String key = key(e.scenario().file());
            Run run = byKey.get(key);
            long s = Streams.seed(seed, 0, position.get(key), Streams.SIMULATE);
            Map<String, RunRecord> runs = new HashMap<>();
            for (ExperimentSpec.Arm arm : e.arms()) {
                int steps = Math.min(run.steps(), arm.scenario().steps());
                SingleRun.Result res = SingleRun.runUntil(arm.scenario(), s, parameters(run, arm, parameters), steps,
                        run.measureInterval(), read, SingleRun.Stop.NEVER);
                if (arm.name().equals(e.arms().get(0).name())) series.put(key, res.series());
                runs.put(arm.name(), RunRecord.of(new Plan.Run(0, arm.name(), -1, 0, s, Map.of()), res.series(), e.record(), 1,
                        e.window()));
            }
            arms.put(key, runs);
            if (k < plans.size() - 1 && fill(checks, arms, series, known, out) && cutoff.hopeless(out.clone())) return out;
        }
        fill(checks, arms, series, known, out);
        for (int i = 0; i < out.length; i++) {
            if (known[i]) continue;
            // a timeseries check of a scenario no pattern check runs: its base run is made now
            Check c = checks.get(i);
            out[i] = ScenarioSummaries.value(base(series, c.observable().scenario(), parameters, seed, read), c.observable());
            if (c.minus() != null) {
                out[i] -= ScenarioSummaries.value(base(series, c.minus().scenario(), parameters, seed, read), c.minus());
            }
        }
        return out;
    }

    /** Computes the checks whose runs are all made; true when there is any new one. */
    private static boolean fill(List<Check> checks, Map<String, Map<String, RunRecord>> arms, Map<String, TimeSeries> series,
                                boolean[] known, double[] out) {
        boolean any = false;
        for (int i = 0; i < out.length; i++) {
            if (known[i]) continue;
            Check c = checks.get(i);
            if (c.pattern() == null) {
                if (!series.containsKey(c.observable().scenario()) || (c.minus() != null && !series.containsKey(c.minus().scenario()))) {
                    continue;
                }
                out[i] = ScenarioSummaries.value(series, c.observable());
                if (c.minus() != null) out[i] -= ScenarioSummaries.value(series, c.minus());
            } else {
                Map<String, RunRecord> own = arms.get(c.pattern().key());
                String minusKey = c.pattern().minusKey();
                if (own == null || (minusKey != null && !arms.containsKey(minusKey))) continue;
                PatternSpec.Check pc = c.pattern().check();
                RunRecord other = minusKey == null ? null : arms.get(minusKey).get(PatternPlan.BASE);
                out[i] = PatternScore.replication(pc, own.get(PatternPlan.armName(pc)), own.get(PatternPlan.BASE), other);
            }
            known[i] = true;
            any = true;
        }
        return any;
    }

    /** The base run's series of a scenario, run now (as {@link ScenarioSummaries} would) when no pattern check read it. */
    private Map<String, TimeSeries> base(Map<String, TimeSeries> series, String key, Map<String, Double> fitted, long seed,
                                         java.util.Set<String> read) {
        if (!series.containsKey(key)) {
            Run run = byKey.get(key);
            long s = Streams.seed(seed, 0, position.get(key), Streams.SIMULATE);
            Parameters p = parameters(run, new ExperimentSpec.Arm("base", run.scenario(), Map.of()), fitted);
            series.put(key, SingleRun.runUntil(run.scenario(), s, p, run.steps(), run.measureInterval(), read,
                    SingleRun.Stop.NEVER).series());
        }
        return series;
    }

    /** The arm's scenario parameters, the file's fixed values, the fitted values for the scenario, then the arm's contrast. */
    private Parameters parameters(Run run, ExperimentSpec.Arm arm, Map<String, Double> fitted) {
        Parameters p = arm.scenario().parameters();
        run.set().forEach(p::set);
        for (Param prm : spec.parameters()) {
            if (!prm.appliesTo(run.key())) continue;
            Double v = fitted.get(prm.id());
            if (v == null) throw new IllegalArgumentException("no value for fitted parameter " + prm.id());
            p.set(prm.name(), v);
        }
        arm.set().forEach(p::set);
        return p;
    }

    private String key(String file) {
        Path want = Path.of(file).toAbsolutePath().normalize();
        for (Run run : spec.scenarios()) {
            if (Path.of(run.scenario().file()).toAbsolutePath().normalize().equals(want)) return run.key();
        }
        throw new IllegalStateException("no calibration scenario reads " + file);
    }
}
