package ayni.scenario;

import ayni.scenario.ExperimentSpec.Arm;
import ayni.scenario.ExperimentSpec.Design;
import ayni.scenario.ExperimentSpec.Kind;
import ayni.scenario.ExperimentSpec.Precision;
import ayni.scenario.ExperimentSpec.Sweep;
import ayni.scenario.ExperimentSpec.SweepParameter;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and checks an experiment file. Every problem names the file, the line, the key, what was expected and how to
 * fix it; problems in the scenarios it names are reported with their own files and lines.
 */
public final class ExperimentReader {
    private static final List<String> TOP = List.of("name", "title", "description", "kind", "scenario", "arms",
            "replications", "seed", "steps", "record", "recordEvery", "window", "measureInterval", "sweep", "precision", "fork",
            "posterior");
    private static final List<String> POSTERIOR = List.of("file", "draws");
    private static final List<String> ARM = List.of("name", "scenario", "set");
    private static final List<String> SWEEP = List.of("design", "levels", "samples", "parameters", "responses");
    private static final List<String> FACTOR = List.of("name", "low", "high");
    private static final List<String> PRECISION = List.of("level", "halfWidth");
    private static final int MAX_RUNS = 1_000_000;

    /** The measures a scenario's runs report, and the ones recorded when a file names none. */
    public record Measures(Function<Scenario, Set<String>> known, List<String> defaults) {}

    private ExperimentReader() {}

    /** Whether a YAML file is an experiment (it has {@code kind:} and {@code scenario:} keys) rather than a scenario. */
    public static boolean isExperiment(Path path) throws ScenarioException {
        com.fasterxml.jackson.databind.JsonNode root = Composer.plain(path).tree();
        return root.isObject() && root.has("kind") && root.has("scenario");
    }

    public static ExperimentSpec load(Path path, Measures measures) throws ScenarioException {
        Composer.Composed c = Composer.plain(path);
        String file = c.files().get(0);
        TreeReader r = new TreeReader(file, c.index());
        JsonNode root = c.tree();
        FileKind.require(file, root, "experiment file", FileKind.EXPERIMENT);
        if (!r.object(root, "", TOP)) throw new ScenarioException(r.problems);
        ExperimentSpec spec = read(r, root, file, path, c.sha256(), measures);
        if (!r.problems.isEmpty() || spec == null) throw new ScenarioException(r.problems);
        return spec;
    }

    private static ExperimentSpec read(TreeReader r, JsonNode root, String file, Path path, String sha, Measures measures)
            throws ScenarioException {
        String name = r.id(root, "", "name");
        String title = r.text(root, "", "title", true, null);
        String description = r.text(root, "", "description", false, "");
        Kind kind = r.choice(root, "", "kind", Kind.class, true, null);
        String scenarioRef = r.text(root, "", "scenario", true, null);
        if (scenarioRef == null || kind == null) return null;
        Scenario base = scenario(r, path, scenarioRef, "scenario");
        if (base == null) return null;
        StringBuilder hashes = new StringBuilder(sha).append(base.sha256());

        List<Arm> arms = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> params = new HashSet<>();
        for (Parameters.Spec s : Parameters.SPECS) params.add(s.name());
        for (Map.Entry<String, JsonNode> item : r.items(root, "arms")) {
            String p = item.getKey();
            JsonNode a = item.getValue();
            if (!r.object(a, p, ARM)) continue;
            String armName = r.id(a, p, "name");
            if (armName != null && !names.add(armName)) {
                r.problem(TreeReader.at(p, "name"), "arm '" + armName + "' is named twice", "give each arm its own name");
            }
            Scenario s = base;
            String ref = r.text(a, p, "scenario", false, null);
            if (ref != null) {
                s = scenario(r, path, ref, TreeReader.at(p, "scenario"));
                if (s == null) continue;
                hashes.append(s.sha256());
                if (!s.start().equals(base.start())) {
                    r.problem(TreeReader.at(p, "scenario"), "starts in " + s.start() + ", the base in " + base.start(),
                            "arms must start in the same month so their months pair up; give the what-if the base's start");
                }
            }
            Map<String, Double> set = new LinkedHashMap<>(r.numbersByName(a.get("set"), TreeReader.at(p, "set"), params));
            for (Map.Entry<String, Double> e : set.entrySet()) {
                Parameters.Spec sp = Parameters.spec(e.getKey());
                double v = e.getValue();
                if (v < sp.min() || v > sp.max() || (sp.integer() && v != Math.rint(v))) {
                    r.problem(TreeReader.at(TreeReader.at(p, "set"), e.getKey()), Parameters.fmt(v) + " is out of range",
                            "use a " + (sp.integer() ? "whole number" : "value") + " between " + Parameters.fmt(sp.min())
                                    + " and " + Parameters.fmt(sp.max()) + " (" + sp.unit() + ")");
                }
            }
            if (armName != null) arms.add(new Arm(armName, s, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(set))));
        }
        if (arms.isEmpty() && root.get("arms") == null) arms.add(new Arm("base", base, Map.of()));
        if (kind == Kind.PAIRED && arms.size() < 2 && r.problems.isEmpty()) {
            r.problem("arms", "a paired experiment needs at least two arms, found " + arms.size(),
                    "list a reference arm first (e.g. '- name: base') and one arm per what-if");
        }

        int replications = r.integer(root, "", "replications", true, 10, 1, 100_000, "runs per arm and design point");
        if (kind != Kind.SWEEP && replications < 2) {
            r.problem("replications", replications + " is too few for a confidence interval", "give at least 2");
        }
        long seed = r.longValue(root, "", "seed", base.seed());
        int maxSteps = base.steps();
        for (Arm a : arms) maxSteps = Math.min(maxSteps, a.scenario().steps());
        int steps = r.integer(root, "", "steps", false, maxSteps, 1, maxSteps, "months, at most the shortest arm's period");

        Set<String> known = measures.known().apply(base);
        List<String> record = r.texts(root, "", "record");
        checkMeasures(r, "record", record, known);
        if (record.isEmpty()) record = measures.defaults();
        int recordEvery = r.integer(root, "", "recordEvery", false, 12, 1, 1200, "months between recorded rows");
        int window = r.integer(root, "", "window", false, 12, 1, steps, "months averaged for end-of-period values");
        int measureInterval = r.integer(root, "", "measureInterval", false, 12, 1, 1200, "months between network power measures");
        boolean fork = r.bool(root, "", "fork", true);

        Sweep sweep = null;
        JsonNode sw = r.child(root, "", "sweep", kind == Kind.SWEEP);
        if (sw != null && kind != Kind.SWEEP) {
            r.problem("sweep", "only a 'kind: sweep' experiment has a sweep", "remove 'sweep:' or set 'kind: sweep'");
        } else if (sw != null && r.object(sw, "sweep", SWEEP)) {
            sweep = sweep(r, sw, params, known, record);
        }
        Precision precision = null;
        JsonNode pr = r.child(root, "", "precision", kind == Kind.REPLICATE_COUNT);
        if (pr != null && kind != Kind.REPLICATE_COUNT) {
            r.problem("precision", "only a 'kind: replicate-count' experiment has a precision",
                    "remove 'precision:' or set 'kind: replicate-count'");
        } else if (pr != null && r.object(pr, "precision", PRECISION)) {
            double level = r.number(pr, "precision", "level", false, 0.95, 0.5, 0.999, "confidence level");
            JsonNode hw = r.child(pr, "precision", "halfWidth", true);
            Map<String, Double> half = new LinkedHashMap<>();
            if (hw != null) {
                half = r.numbersByName(hw, "precision.halfWidth", known);
                for (Map.Entry<String, Double> e : half.entrySet()) {
                    if (!(e.getValue() > 0)) {
                        r.problem("precision.halfWidth." + e.getKey(), "must be above 0", "give the half-width you want, e.g. 0.01");
                    }
                }
                if (half.isEmpty() && r.problems.isEmpty()) {
                    r.problem("precision.halfWidth", "names no measure", "write e.g. {adoption_all: 0.01}");
                }
            }
            precision = new Precision(level, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(half)));
        }
        Posterior posterior = null;
        int draws = 0;
        JsonNode po = r.child(root, "", "posterior", false);
        if (po != null && r.object(po, "posterior", POSTERIOR)) {
            String ref = r.text(po, "posterior", "file", true, null);
            draws = r.integer(po, "posterior", "draws", false, 10, 2, 100_000, "parameter sets drawn from the posterior");
            if (replications < 2) {
                r.problem("replications", replications + " seed per posterior draw cannot tell parameter uncertainty from "
                        + "randomness", "give at least 2 (over a posterior, replications are the seeds per draw)");
            }
            if (ref != null) posterior = posterior(r, path, ref);
        }
        if (!r.problems.isEmpty()) return null;
        long runs = (long) replications * (posterior == null ? 1 : draws) * (kind == Kind.SWEEP ? points(sweep) : arms.size());
        if (runs > MAX_RUNS) {
            r.problem(kind == Kind.SWEEP ? "sweep" : "replications", runs + " runs is more than " + MAX_RUNS,
                    "use fewer replications or design points");
            return null;
        }
        String hash = Composer.sha256(hashes.toString().getBytes(StandardCharsets.UTF_8));
        ExperimentSpec spec = new ExperimentSpec(file, hash, name, title, description, kind, base, List.copyOf(arms), replications,
                seed, steps, List.copyOf(record), recordEvery, window, measureInterval, sweep, precision, fork);
        return posterior == null ? spec : spec.withPosterior(posterior, draws, spec.replications());
    }

    /** Reads the posterior named relative to the experiment file; its problems name the posterior file. */
    private static Posterior posterior(TreeReader r, Path from, String ref) throws ScenarioException {
        Path p = from.toAbsolutePath().getParent().resolve(ref).normalize();
        if (!java.nio.file.Files.exists(p)) {
            r.problem("posterior.file", "posterior '" + ref + "' not found (looked in " + display(from, ref) + ")",
                    "give the path of a posterior.csv (or its calibration folder) relative to this file");
            return null;
        }
        try {
            return Posterior.read(relative(p));
        } catch (ScenarioException e) {
            List<Problem> all = new ArrayList<>(r.problems);
            all.addAll(e.problems());
            throw new ScenarioException(all);
        }
    }

    private static Sweep sweep(TreeReader r, JsonNode sw, Set<String> params, Set<String> known, List<String> record) {
        Design design = r.choice(sw, "sweep", "design", Design.class, true, null);
        int levels = r.integer(sw, "sweep", "levels", false, design == Design.MORRIS ? 4 : 3, 2, 100, "levels per parameter");
        int samples = r.integer(sw, "sweep", "samples", design == Design.LATIN_HYPERCUBE || design == Design.MORRIS
                || design == Design.SOBOL, 10, 1, 100_000, "points, trajectories or base samples");
        if (design == Design.MORRIS && levels % 2 != 0) {
            r.problem("sweep.levels", "Morris needs an even number of grid levels, got " + levels,
                    "use 4 (the usual choice) or 6, 8");
        }
        List<SweepParameter> factors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Map.Entry<String, JsonNode>> items = itemsAt(r, sw, "sweep", "parameters");
        for (Map.Entry<String, JsonNode> item : items) {
            String p = item.getKey();
            JsonNode f = item.getValue();
            if (!r.object(f, p, FACTOR)) continue;
            String name = r.text(f, p, "name", true, null);
            if (name == null) continue;
            if (!params.contains(name)) {
                String near = Suggest.closest(name, params);
                r.problem(TreeReader.at(p, "name"), "'" + name + "' is not a model parameter",
                        near != null ? "did you mean '" + near + "'?" : "see docs/ODD.md section 8 for the names");
                continue;
            }
            if (!seen.add(name)) {
                r.problem(TreeReader.at(p, "name"), "'" + name + "' is swept twice", "list each parameter once");
                continue;
            }
            Parameters.Spec sp = Parameters.spec(name);
            double low = r.number(f, p, "low", true, sp.min(), sp.min(), sp.max(), sp.unit());
            double high = r.number(f, p, "high", true, sp.max(), sp.min(), sp.max(), sp.unit());
            if (!(low < high)) {
                r.problem(TreeReader.at(p, "high"), "high " + Parameters.fmt(high) + " is not above low " + Parameters.fmt(low),
                        "give a range with low below high");
            }
            factors.add(new SweepParameter(name, low, high, sp.integer()));
        }
        if (items.isEmpty() && sw.get("parameters") != null && r.problems.isEmpty()) {
            r.problem("sweep.parameters", "lists no parameter", "add '- {name: absorptionFactor, low: 0.5, high: 2}'");
        }
        List<String> responses = r.texts(sw, "sweep", "responses");
        checkMeasures(r, "sweep.responses", responses, known);
        if (responses.isEmpty()) responses = record.subList(0, Math.min(3, record.size()));
        return new Sweep(design, levels, samples, List.copyOf(factors), List.copyOf(responses));
    }

    /** Design points of a sweep (the number of parameter sets run, each replicated). */
    public static long points(Sweep s) {
        int k = s.parameters().size();
        return switch (s.design()) {
            case FULL_FACTORIAL -> (long) Math.pow(s.levels(), k);
            case ONE_AT_A_TIME -> 1L + (long) k * (s.levels() - 1);
            case LATIN_HYPERCUBE -> s.samples();
            case MORRIS -> (long) s.samples() * (k + 1);
            case SOBOL -> (long) s.samples() * (k + 2);
        };
    }

    private static List<Map.Entry<String, JsonNode>> itemsAt(TreeReader r, JsonNode node, String path, String key) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        JsonNode v = r.child(node, path, key, true);
        if (v == null) return out;
        if (!v.isArray()) {
            r.problem(TreeReader.at(path, key), "expected a list, got " + TreeReader.describe(v), "write one '- ' entry per line");
            return out;
        }
        for (int i = 0; i < v.size(); i++) out.add(Map.entry(TreeReader.at(path, key) + "[" + i + "]", v.get(i)));
        return out;
    }

    static void checkMeasures(TreeReader r, String path, List<String> names, Set<String> known) {
        for (int i = 0; i < names.size(); i++) {
            String m = names.get(i);
            if (!known.contains(m)) {
                String near = Suggest.closest(m, known);
                r.problem(path + "[" + i + "]", "'" + m + "' is not a measure",
                        near != null ? "did you mean '" + near + "'? (measures are the columns of timeseries.csv, docs/ODD.md section 9)"
                                : "use a column of timeseries.csv (docs/ODD.md section 9)");
            }
        }
    }

    /** Loads a scenario named relative to the experiment file; its own problems keep their files and lines. */
    static Scenario scenario(TreeReader r, Path from, String ref, String field) throws ScenarioException {
        Path p = from.toAbsolutePath().getParent().resolve(ref).normalize();
        if (!java.nio.file.Files.isRegularFile(p)) {
            r.problem(field, "scenario file '" + ref + "' not found (looked in " + display(from, ref) + ")",
                    "give the path relative to this file, e.g. ../organic-production.yaml");
            return null;
        }
        try {
            return ScenarioLoader.load(relative(p));
        } catch (ScenarioException e) {
            List<Problem> all = new ArrayList<>(r.problems);
            all.addAll(e.problems());
            throw new ScenarioException(all);
        }
    }

    /** The path as the user would write it from the working folder (for messages and manifests). */
    static Path relative(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) ? cwd.relativize(p) : p;
    }

    private static String display(Path from, String ref) {
        Path parent = from.getParent();
        return (parent == null ? Path.of(ref) : parent.resolve(ref)).normalize().toString();
    }
}
