package ayni.experiment;

import ayni.scenario.ExperimentSpec;
import ayni.scenario.ExperimentSpec.Arm;
import ayni.scenario.ExperimentSpec.SweepParameter;
import ayni.scenario.Parameters;
import ayni.stats.Designs;
import ayni.stats.Factor;
import ayni.stats.MorrisDesign;
import ayni.stats.SaltelliDesign;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every run of an experiment, numbered in a fixed order so that a run's number, seed and parameters never depend on
 * which machine, shard or thread runs it. Paired and replicate-count experiments run replication i of every arm with
 * seed + i; sweeps run replication i of every design point with seed + i, so points share their random numbers too.
 */
public final class Plan {
    /** One run: its number, arm, design point (−1 outside sweeps), replication, seed and swept parameter values. */
    public record Run(int index, String arm, int point, int replication, long seed, Map<String, Double> factors) {}

    private final ExperimentSpec spec;
    private final List<Run> runs = new ArrayList<>();
    private final double[][] points;
    private final MorrisDesign morris;
    private final SaltelliDesign saltelli;
    private final PosteriorDraws draws;
    /** Per arm, the parameters it sets itself (they keep the arm's value over a posterior). */
    private final Map<String, java.util.Set<String>> own = new LinkedHashMap<>();

    public Plan(ExperimentSpec spec) {
        this.spec = spec;
        var over = spec.posterior();
        draws = over == null ? null : PosteriorDraws.of(over.posterior(), over.draws(), over.seedsPerDraw(), spec.seed(), spec.scenario());
        for (Arm a : spec.arms()) {
            java.util.Set<String> names = new java.util.TreeSet<>(a.set().keySet());
            Map<String, Double> base = spec.scenario().parameterOverrides(), mine = a.scenario().parameterOverrides();
            for (Map.Entry<String, Double> e : mine.entrySet()) if (!e.getValue().equals(base.get(e.getKey()))) names.add(e.getKey());
            for (String k : base.keySet()) if (!mine.containsKey(k)) names.add(k);
            own.put(a.name(), names);
        }
        if (spec.kind() == ExperimentSpec.Kind.SWEEP) {
            List<Factor> factors = factors(spec);
            var sw = spec.sweep();
            long designSeed = spec.seed();
            MorrisDesign m = null;
            SaltelliDesign s = null;
            points = switch (sw.design()) {
                case FULL_FACTORIAL -> Designs.fullFactorial(factors, sw.levels());
                case ONE_AT_A_TIME -> Designs.oneAtATime(factors, sw.levels());
                case LATIN_HYPERCUBE -> Designs.latinHypercube(factors, sw.samples(), designSeed);
                case MORRIS -> (m = Designs.morris(factors, sw.samples(), sw.levels(), designSeed)).points();
                case SOBOL -> (s = Designs.saltelli(factors, sw.samples())).points();
            };
            morris = m;
            saltelli = s;
            String arm = spec.arms().get(0).name();
            int index = 0;
            for (int p = 0; p < points.length; p++) {
                Map<String, Double> f = new LinkedHashMap<>();
                for (int k = 0; k < factors.size(); k++) f.put(factors.get(k).name(), points[p][k]);
                for (int i = 0; i < spec.replications(); i++) {
                    runs.add(new Run(index++, arm, p, i, Replicates.seed(spec.seed(), i), java.util.Collections.unmodifiableMap(f)));
                }
            }
        } else {
            points = new double[0][];
            morris = null;
            saltelli = null;
            int index = 0;
            for (int i = 0; i < spec.replications(); i++) {
                for (Arm a : spec.arms()) runs.add(new Run(index++, a.name(), -1, i, Replicates.seed(spec.seed(), i), Map.of()));
            }
        }
    }

    static List<Factor> factors(ExperimentSpec spec) {
        List<Factor> out = new ArrayList<>();
        for (SweepParameter p : spec.sweep().parameters()) out.add(new Factor(p.name(), p.low(), p.high(), p.integer()));
        return out;
    }

    public ExperimentSpec spec() { return spec; }
    public List<Run> runs() { return runs; }
    public int size() { return runs.size(); }
    /** Sweep design points in parameter units (rows = points, columns = swept parameters). */
    public double[][] points() { return points; }
    public MorrisDesign morris() { return morris; }
    public SaltelliDesign saltelli() { return saltelli; }

    /** The names of the swept parameters, in column order (empty outside sweeps). */
    public List<String> factorNames() {
        List<String> out = new ArrayList<>();
        if (spec.sweep() != null) for (SweepParameter p : spec.sweep().parameters()) out.add(p.name());
        return out;
    }

    /** The runs shard {@code i} of {@code n} (1-based) takes: every n-th run from the i-th. */
    public List<Run> shard(int i, int n) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) if (r.index() % n == i - 1) out.add(r);
        return out;
    }

    /** The posterior draws the runs take (replication i: draw i / seeds per draw), or null. */
    public PosteriorDraws draws() { return draws; }

    /** Which posterior parameters the runs take and which an arm or the sweep sets itself (null without a posterior). */
    public PosteriorDraws.Use use() {
        if (draws == null) return null;
        Map<String, List<String>> setBy = new java.util.TreeMap<>();
        for (Map.Entry<String, java.util.Set<String>> e : own.entrySet()) {
            for (String k : e.getValue()) setBy.computeIfAbsent(k, x -> new ArrayList<>()).add("arm " + e.getKey());
        }
        for (String k : factorNames()) setBy.computeIfAbsent(k, x -> new ArrayList<>()).add("the sweep");
        return draws.use(setBy);
    }

    /**
     * The parameters a run uses: its arm's; over a posterior, its draw's values for the parameters the arm does not set
     * itself (an arm's {@code set}, or a value its what-if scenario changes: the intervention); then the run's swept
     * values, which override the draw.
     */
    public Parameters parameters(Run run) {
        Parameters p = spec.arm(run.arm()).parameters();
        if (draws != null) draws.values(run.replication(), own.get(run.arm())).forEach(p::set);
        for (Map.Entry<String, Double> e : run.factors().entrySet()) p.set(e.getKey(), e.getValue());
        return p;
    }
}
