package ayni.scenario;

import ayni.scenario.CalibrationSpec.Check;
import ayni.scenario.CalibrationSpec.Observable;
import ayni.scenario.CalibrationSpec.Param;
import ayni.scenario.CalibrationSpec.Run;
import ayni.scenario.CalibrationSpec.Scale;
import ayni.scenario.CalibrationSpec.Stat;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and checks a calibration file (scenarios/calibration/*.yaml); every problem names file, line, key and fix. */
public final class CalibrationReader {
    private static final List<String> TOP = List.of("name", "title", "description", "seed", "scenarios", "parameters",
            "summaries", "heldOut", "distance", "population", "alpha", "stop", "predictive", "identifiedShare", "planted",
            "patterns", "screen");
    private static final List<String> PATTERN = List.of("pattern");
    private static final List<String> RUN = List.of("key", "file", "steps", "measureInterval", "set");
    private static final List<String> PARAM = List.of("name", "prior", "low", "high", "mean", "sd", "scenarios");
    private static final List<String> CHECK = List.of("name", "fact", "scenario", "measure", "stat", "at", "window", "minus",
            "target", "tolerance", "above", "below");
    private static final List<String> MINUS = List.of("scenario", "measure", "stat", "at", "window");
    private static final List<String> STOP = List.of("minAcceptance", "minToleranceDrop");
    private static final List<String> DISTANCE = List.of("scale");
    private static final List<String> SCREEN = List.of("trajectories", "levels", "threshold");
    private static final List<String> SHAPES = List.of("uniform", "log-uniform", "normal");
    /** Fewer held-out facts than this leave too little to judge a calibration by. */
    public static final int MIN_HELD_OUT = 4;

    private CalibrationReader() {}

    public static CalibrationSpec load(Path path, ExperimentReader.Measures measures) throws ScenarioException {
        TreeReader.Opened o = TreeReader.open(path, TOP);
        TreeReader r = o.r();
        JsonNode root = o.root();
        String file = o.file();
        CalibrationSpec spec = read(r, root, file, path, o.sha256(), measures);
        if (!r.problems.isEmpty() || spec == null) throw new ScenarioException(r.problems);
        return spec;
    }

    private static CalibrationSpec read(TreeReader r, JsonNode root, String file, Path path, String sha,
                                        ExperimentReader.Measures measures) throws ScenarioException {
        String name = r.id(root, "", "name");
        String title = r.text(root, "", "title", true, null);
        String description = r.text(root, "", "description", false, "");
        long seed = r.longValue(root, "", "seed", 1);
        StringBuilder hashes = new StringBuilder(sha);
        Set<String> params = new HashSet<>();
        for (Parameters.Spec s : Parameters.SPECS) params.add(s.name());

        List<Run> runs = new ArrayList<>();
        Map<String, Set<String>> known = new LinkedHashMap<>();
        List<Map.Entry<String, JsonNode>> runItems = r.items(root, "scenarios");
        if (runItems.isEmpty()) r.problem("scenarios", "lists no scenario", "add '- {key: organic, file: ../organic-production.yaml}'");
        for (Map.Entry<String, JsonNode> item : runItems) {
            String p = item.getKey();
            JsonNode n = item.getValue();
            if (!r.object(n, p, RUN)) continue;
            String key = r.id(n, p, "key");
            String ref = r.text(n, p, "file", true, null);
            if (key == null || ref == null) continue;
            if (known.containsKey(key)) {
                r.problem(TreeReader.at(p, "key"), "scenario key '" + key + "' is used twice", "give each scenario its own key");
                continue;
            }
            Scenario s = ExperimentReader.scenario(r, path, ref, TreeReader.at(p, "file"));
            if (s == null) continue;
            hashes.append(s.sha256());
            int steps = r.integer(n, p, "steps", false, s.steps(), 1, s.steps(), "months, at most the scenario's period");
            int every = r.integer(n, p, "measureInterval", false, 12, 1, 1200, "months between network power measures");
            Map<String, Double> set = values(r, n.get("set"), TreeReader.at(p, "set"), params);
            known.put(key, measures.known().apply(s));
            runs.add(new Run(key, s, steps, every, java.util.Collections.unmodifiableMap(set)));
        }
        Map<String, Run> byKey = new LinkedHashMap<>();
        for (Run run : runs) byKey.put(run.key(), run);

        List<Param> parameters = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, Set<String>> claimed = new LinkedHashMap<>();
        List<Map.Entry<String, JsonNode>> paramItems = r.items(root, "parameters");
        if (paramItems.isEmpty() && r.problems.isEmpty()) {
            r.problem("parameters", "lists no parameter", "add '- {name: practiceGrowthRate, prior: log-uniform, low: 0.005, high: 0.5}'");
        }
        for (Map.Entry<String, JsonNode> item : paramItems) {
            Param prm = param(r, item.getKey(), item.getValue(), params, byKey.keySet());
            if (prm == null) continue;
            if (!ids.add(prm.id())) {
                r.problem(TreeReader.at(item.getKey(), "name"), "'" + prm.id() + "' is fitted twice", "list each parameter once");
                continue;
            }
            Set<String> scope = claimed.computeIfAbsent(prm.name(), k -> new HashSet<>());
            for (String k : prm.scenarios().isEmpty() ? byKey.keySet() : prm.scenarios()) {
                if (!scope.add(k)) {
                    r.problem(TreeReader.at(item.getKey(), "scenarios"), "'" + prm.name() + "' is fitted twice for scenario " + k,
                            "fit it once for all scenarios, or once per scenario");
                }
            }
            for (Run run : runs) {
                if (prm.appliesTo(run.key()) && run.set().containsKey(prm.name())) {
                    r.problem(TreeReader.at(item.getKey(), "name"), "'" + prm.name() + "' is both fitted and fixed in scenario "
                            + run.key() + "'s 'set'", "remove it from one of them");
                }
            }
            parameters.add(prm);
        }

        Map<String, Double> planted = null;
        JsonNode pl = root.get("planted");
        if (pl != null && !pl.isNull()) {
            Set<String> pids = new HashSet<>(ids);
            planted = values(r, pl, "planted", pids);
            for (Param prm : parameters) {
                Double v = planted.get(prm.id());
                if (v == null) {
                    r.problem("planted", "gives no value for '" + prm.id() + "'", "plant a value for every fitted parameter");
                } else if (v < prm.low() || v > prm.high()) {
                    r.problem(TreeReader.at("planted", prm.id()), Parameters.fmt(v) + " lies outside the prior's range",
                            "plant a value between " + Parameters.fmt(prm.low()) + " and " + Parameters.fmt(prm.high()));
                }
            }
            planted = java.util.Collections.unmodifiableMap(planted);
        }

        Scale scale = Scale.MAD;
        JsonNode d = r.child(root, "", "distance", false);
        if (d != null && r.object(d, "distance", DISTANCE)) scale = r.choice(d, "distance", "scale", Scale.class, false, Scale.MAD);

        Set<String> checkNames = new HashSet<>();
        String folder = r.text(root, "", "patterns", false, "../patterns");
        Patterns pats = new Patterns(path.toAbsolutePath().getParent().resolve(folder).normalize(), measures, byKey, hashes);
        List<Check> summaries = checks(r, root, "summaries", byKey, known, checkNames, planted != null, scale, pats);
        List<Check> heldOut = checks(r, root, "heldOut", byKey, known, checkNames, planted != null, scale, pats);
        if (summaries.isEmpty() && root.get("summaries") == null) {
            r.problem("", "missing required key 'summaries'", "list the checks the distance is made of");
        }
        if (heldOut.size() < MIN_HELD_OUT && r.problems.isEmpty()) {
            r.problem("heldOut", "names " + heldOut.size() + " held-out checks, fewer than " + MIN_HELD_OUT,
                    "name at least " + MIN_HELD_OUT + " facts, before calibrating, that the distance never uses");
        }

        int population = r.integer(root, "", "population", false, 1000, 2, 1_000_000, "particles");
        double alpha = r.number(root, "", "alpha", false, 0.5, 0.01, 0.99, "share of simulations kept per generation");
        double minAcceptance = 0.02, minDrop = 0;
        JsonNode st = r.child(root, "", "stop", false);
        if (st != null && r.object(st, "stop", STOP)) {
            minAcceptance = r.number(st, "stop", "minAcceptance", false, 0.02, 0, 0.99, "share of proposals");
            minDrop = r.number(st, "stop", "minToleranceDrop", false, 0, 0, 0.99, "share of the tolerance");
        }
        if (minAcceptance == 0 && minDrop == 0 && r.problems.isEmpty()) {
            r.problem("stop", "sets no stopping criterion", "give minAcceptance (e.g. 0.02) or minToleranceDrop (e.g. 0.05) above 0");
        }
        if ((int) Math.ceil(population / alpha) - population < 1 && r.problems.isEmpty()) {
            r.problem("alpha", "with population " + population + " no new particle is proposed", "use a smaller alpha, e.g. 0.5");
        }
        int predictive = r.integer(root, "", "predictive", false, 100, 0, 1_000_000, "posterior-predictive runs");
        double identified = r.number(root, "", "identifiedShare", false, 0.5, 0.01, 1, "share of the prior's 90 % interval");
        CalibrationSpec.Screen screen = screen(r, root);
        if (!r.problems.isEmpty()) return null;
        String hash = Composer.sha256(hashes.toString().getBytes(StandardCharsets.UTF_8));
        return new CalibrationSpec(file, hash, name, title, description, seed, List.copyOf(runs), List.copyOf(parameters),
                summaries, heldOut, scale, population, alpha, minAcceptance, minDrop, predictive, identified, planted, screen, List.of());
    }

    /** The {@code screen:} block: Morris trajectories, grid levels (even) and the threshold share; defaults when absent. */
    private static CalibrationSpec.Screen screen(TreeReader r, JsonNode root) {
        CalibrationSpec.Screen def = CalibrationSpec.Screen.DEFAULT;
        JsonNode n = r.child(root, "", "screen", false);
        if (n == null || !r.object(n, "screen", SCREEN)) return def;
        int trajectories = r.integer(n, "screen", "trajectories", false, def.trajectories(), 2, 10_000,
                "Morris trajectories (at least 2, for a sigma)");
        int levels = r.integer(n, "screen", "levels", false, def.levels(), 2, 100, "levels of the Morris grid");
        if (levels % 2 != 0) r.problem(TreeReader.at("screen", "levels"), "levels " + levels + " is odd", "give an even number, e.g. 4");
        double threshold = r.number(n, "screen", "threshold", false, def.threshold(), 0, 0.99,
                "share of the largest parameter's overall scaled mu*");
        return new CalibrationSpec.Screen(trajectories, levels, threshold);
    }

    private static Map<String, Double> values(TreeReader r, JsonNode node, String path, Set<String> known) {
        Map<String, Double> m = new LinkedHashMap<>(r.numbersByName(node, path, known));
        for (Map.Entry<String, Double> e : m.entrySet()) {
            if (!Parameters.SPECS.stream().anyMatch(s -> s.name().equals(e.getKey()))) continue;
            Parameters.Spec sp = Parameters.spec(e.getKey());
            double v = e.getValue();
            if (v < sp.min() || v > sp.max() || (sp.integer() && v != Math.rint(v))) {
                r.problem(TreeReader.at(path, e.getKey()), Parameters.fmt(v) + " is out of range",
                        "use a " + (sp.integer() ? "whole number" : "value") + " between " + Parameters.fmt(sp.min()) + " and "
                                + Parameters.fmt(sp.max()) + " (" + sp.unit() + ")");
            }
        }
        return m;
    }

    private static Param param(TreeReader r, String p, JsonNode n, Set<String> params, Set<String> keys) {
        if (!r.object(n, p, PARAM)) return null;
        String name = r.text(n, p, "name", true, null);
        if (name == null) return null;
        if (!params.contains(name)) {
            String near = Suggest.closest(name, params);
            r.problem(TreeReader.at(p, "name"), "'" + name + "' is not a model parameter",
                    near != null ? "did you mean '" + near + "'?" : "see docs/ODD.md section 8 for the names");
            return null;
        }
        Parameters.Spec sp = Parameters.spec(name);
        String shape = r.text(n, p, "prior", false, "uniform");
        if (!SHAPES.contains(shape)) {
            String near = Suggest.closest(shape, SHAPES);
            r.problem(TreeReader.at(p, "prior"), "'" + shape + "' is not a prior", near != null ? "did you mean '" + near + "'?"
                    : "use one of: uniform, log-uniform, normal");
            return null;
        }
        double low = r.number(n, p, "low", false, sp.min(), sp.min(), sp.max(), sp.unit());
        double high = r.number(n, p, "high", false, sp.max(), sp.min(), sp.max(), sp.unit());
        if (!(low < high)) {
            r.problem(TreeReader.at(p, "high"), "high " + Parameters.fmt(high) + " is not above low " + Parameters.fmt(low),
                    "give a range with low below high");
            return null;
        }
        if (shape.equals("log-uniform") && !(low > 0)) {
            r.problem(TreeReader.at(p, "low"), "a log-uniform prior needs low above 0, got " + Parameters.fmt(low),
                    "give a positive low, e.g. " + Parameters.fmt(Math.max(high / 1000, sp.integer() ? 1 : 1e-6)));
            return null;
        }
        double mean = Double.NaN, sd = Double.NaN;
        if (shape.equals("normal")) {
            mean = r.number(n, p, "mean", true, (low + high) / 2, low, high, sp.unit());
            sd = r.number(n, p, "sd", true, (high - low) / 4, 1e-12, 1e15, sp.unit());
        } else {
            for (String k : List.of("mean", "sd")) {
                if (n.has(k)) r.problem(TreeReader.at(p, k), "only a normal prior has a " + k, "remove '" + k + "' or use prior: normal");
            }
        }
        List<String> scen = r.texts(n, p, "scenarios");
        for (int i = 0; i < scen.size(); i++) {
            if (!keys.contains(scen.get(i))) {
                r.problem(TreeReader.at(p, "scenarios") + "[" + i + "]", "'" + scen.get(i) + "' is not a scenario key of this file",
                        "use one of: " + String.join(", ", keys));
            }
        }
        return new Param(name, shape, low, high, mean, sd, sp.integer(), List.copyOf(scen));
    }

    private static List<Check> checks(TreeReader r, JsonNode root, String key, Map<String, Run> runs,
                                      Map<String, Set<String>> known, Set<String> names, boolean planted, Scale scale,
                                      Patterns pats) throws ScenarioException {
        List<Check> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> item : r.items(root, key)) {
            String p = item.getKey();
            JsonNode n = item.getValue();
            if (n != null && n.isObject() && n.has("pattern")) {
                if (!r.object(n, p, PATTERN)) continue;
                for (Check c : pats.checks(r, p, r.text(n, p, "pattern", true, null), planted, scale)) {
                    if (!names.add(c.name())) {
                        r.problem(TreeReader.at(p, "pattern"), "check '" + c.name() + "' is named twice", "list each pattern check once");
                    } else {
                        out.add(c);
                    }
                }
                continue;
            }
            if (!r.object(n, p, CHECK)) continue;
            String name = r.id(n, p, "name");
            if (name != null && !names.add(name)) {
                r.problem(TreeReader.at(p, "name"), "check '" + name + "' is named twice", "give each check its own name");
            }
            String fact = r.text(n, p, "fact", true, null);
            Observable obs = observable(r, n, p, runs, known);
            Observable minus = null;
            JsonNode m = n.get("minus");
            if (m != null && r.object(m, TreeReader.at(p, "minus"), MINUS)) minus = observable(r, m, TreeReader.at(p, "minus"), runs, known);
            Double target = n.has("target") ? r.number(n, p, "target", true, 0, -1e15, 1e15, "units of the observable") : null;
            Double above = n.has("above") ? r.number(n, p, "above", true, 0, -1e15, 1e15, "units of the observable") : null;
            Double below = n.has("below") ? r.number(n, p, "below", true, 0, -1e15, 1e15, "units of the observable") : null;
            double tolerance = n.has("tolerance") ? r.number(n, p, "tolerance", true, 1, 1e-15, 1e15, "units of the observable")
                    : Double.NaN;
            int given = (target != null ? 1 : 0) + (above != null ? 1 : 0) + (below != null ? 1 : 0);
            if (planted && given > 0) {
                r.problem(p, "a planted calibration takes its targets from the planted run", "remove target, above and below");
            } else if (!planted && given != 1) {
                r.problem(p, given == 0 ? "gives no target" : "gives more than one of target, above and below",
                        "give exactly one: 'target: 0.3' (with 'tolerance'), 'above: 0' or 'below: 0'");
            }
            if (scale == Scale.TOLERANCE && Double.isNaN(tolerance)) {
                r.problem(p, "the distance scales by tolerance, but this check gives none", "add 'tolerance: ...' (units of the observable)");
            }
            if (name != null && fact != null && obs != null) out.add(new Check(name, fact, obs, minus, target, tolerance, above, below));
        }
        return List.copyOf(out);
    }

    private static Observable observable(TreeReader r, JsonNode n, String p, Map<String, Run> runs, Map<String, Set<String>> known) {
        String sc = r.text(n, p, "scenario", true, null);
        String measure = r.text(n, p, "measure", true, null);
        if (sc == null || measure == null) return null;
        Run run = runs.get(sc);
        if (run == null) {
            r.problem(TreeReader.at(p, "scenario"), "'" + sc + "' is not a scenario key of this file",
                    "use one of: " + String.join(", ", runs.keySet()));
            return null;
        }
        if (!known.get(sc).contains(measure)) {
            String near = Suggest.closest(measure, known.get(sc));
            r.problem(TreeReader.at(p, "measure"), "'" + measure + "' is not a measure",
                    near != null ? "did you mean '" + near + "'? (measures are the columns of timeseries.csv, docs/ODD.md section 9)"
                            : "use a column of timeseries.csv (docs/ODD.md section 9)");
            return null;
        }
        YearMonth at = r.month(n, p, "at", false);
        Stat stat = r.choice(n, p, "stat", Stat.class, false, at != null ? Stat.AT : Stat.END);
        if (stat == Stat.AT && at == null) {
            r.problem(TreeReader.at(p, "at"), "stat 'at' needs a month", "add 'at: YYYY-MM'");
            return null;
        }
        if (at != null) {
            YearMonth first = run.scenario().start(), last = first.plusMonths(run.steps() - 1);
            if (at.isBefore(first) || at.isAfter(last)) {
                r.problem(TreeReader.at(p, "at"), at + " is outside the run of " + sc + " (" + first + " to " + last + ")",
                        "give a month within the run, or run more steps");
                return null;
            }
        }
        int window = r.integer(n, p, "window", false, 12, 1, run.steps(), "months averaged");
        return new Observable(sc, measure, stat, at, window);
    }

    /**
     * Pattern checks named in a calibration file: "fact-name" (every check of scenarios/patterns/fact-name.yaml) or
     * "fact-name/check-id", read from the file's pattern folder ({@code patterns}, default ../patterns). Each check must
     * read scenarios of this calibration (matched by file) within their run; the pattern file gives the target.
     */
    private static final class Patterns {
        private static final java.util.regex.Pattern REF = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)?");
        private final Path folder;
        private final ExperimentReader.Measures measures;
        private final Map<String, Run> runs;
        private final StringBuilder hashes;
        private final Map<String, PatternSpec> loaded = new LinkedHashMap<>();

        Patterns(Path folder, ExperimentReader.Measures measures, Map<String, Run> runs, StringBuilder hashes) {
            this.folder = folder;
            this.measures = measures;
            this.runs = runs;
            this.hashes = hashes;
        }

        List<Check> checks(TreeReader r, String p, String ref, boolean planted, Scale scale) throws ScenarioException {
            String at = TreeReader.at(p, "pattern");
            if (ref == null) return List.of();
            if (!REF.matcher(ref).matches()) {
                r.problem(at, "'" + ref + "' is not a pattern reference", "write 'fact-name' or 'fact-name/check-id', e.g. "
                        + "'sf15-export-adopt-local-stagnate/export-smes-adopt-sp'");
                return List.of();
            }
            int slash = ref.indexOf('/');
            String factName = slash < 0 ? ref : ref.substring(0, slash);
            PatternSpec fact = load(r, at, factName);
            if (fact == null) return List.of();
            List<PatternSpec.Check> picked = new ArrayList<>();
            if (slash < 0) {
                picked.addAll(fact.checks());
            } else {
                PatternSpec.Check c = fact.check(ref.substring(slash + 1));
                if (c == null) {
                    r.problem(at, "pattern " + factName + " has no check '" + ref.substring(slash + 1) + "'", "use one of: "
                            + String.join(", ", fact.checks().stream().map(PatternSpec.Check::id).toList()));
                    return List.of();
                }
                picked.add(c);
            }
            List<Check> out = new ArrayList<>();
            for (PatternSpec.Check c : picked) {
                String name = fact.name() + "/" + c.id();
                if (planted) {
                    r.problem(at, "a planted calibration takes its targets from the planted run, not from pattern " + name,
                            "use timeseries checks in a planted calibration");
                    continue;
                }
                if (!c.measurable()) {
                    r.problem(at, "pattern check " + name + " is not measurable yet (the model does not produce "
                            + String.join(", ", c.missing()) + ")", "name a measurable check");
                    continue;
                }
                String key = key(c.scenario()), minusKey = c.minusScenario() == null ? null : key(c.minusScenario());
                if (key == null || (c.minusScenario() != null && minusKey == null)) {
                    Scenario miss = key == null ? c.scenario() : c.minusScenario();
                    r.problem(at, "pattern check " + name + " reads scenario " + miss.file() + ", which this calibration does not run",
                            "add it to 'scenarios', or name another check");
                    continue;
                }
                if (!fits(r, at, name, runs.get(key), c.value()) || (c.minus() != null
                        && !fits(r, at, name, runs.get(minusKey != null ? minusKey : key), c.minus()))) continue;
                if (c.expect() == null && scale == Scale.TOLERANCE && !(c.tolerance() > 0)) {
                    r.problem(at, "pattern check " + name + " has no tolerance to scale by", "use 'distance: {scale: mad}'");
                    continue;
                }
                if (c.expect() != null && scale == Scale.TOLERANCE) {
                    r.problem(at, "pattern check " + name + " is a direction, with no tolerance to scale by",
                            "use 'distance: {scale: mad}'");
                    continue;
                }
                boolean above = c.expect() == PatternSpec.Expect.ABOVE, below = c.expect() == PatternSpec.Expect.BELOW;
                out.add(new Check(name, fact.fact(), null, null, c.expect() == null ? c.target() : null,
                        c.expect() == null ? c.tolerance() : Double.NaN, above ? c.than() : null, below ? c.than() : null,
                        new CalibrationSpec.PatternCheck(fact, c, key, minusKey)));
            }
            return out;
        }

        private PatternSpec load(TreeReader r, String at, String factName) throws ScenarioException {
            if (loaded.containsKey(factName)) return loaded.get(factName);
            Path f = folder.resolve(factName + ".yaml");
            if (!java.nio.file.Files.isRegularFile(f)) {
                r.problem(at, "pattern file '" + factName + ".yaml' not found in the pattern folder",
                        "name a file of scenarios/patterns without '.yaml', or set 'patterns' to its folder");
                loaded.put(factName, null);
                return null;
            }
            try {
                PatternSpec spec = PatternReader.load(f, measures);
                hashes.append(spec.sha256());
                loaded.put(factName, spec);
                return spec;
            } catch (ScenarioException e) {
                List<Problem> all = new ArrayList<>(r.problems);
                all.addAll(e.problems());
                throw new ScenarioException(all);
            }
        }

        /** The key of the calibration scenario loaded from the same file (null if none). */
        private String key(Scenario s) {
            Path want = Path.of(s.file()).toAbsolutePath().normalize();
            for (Run run : runs.values()) {
                if (Path.of(run.scenario().file()).toAbsolutePath().normalize().equals(want)) return run.key();
            }
            return null;
        }

        private static boolean fits(TreeReader r, String at, String name, Run run, PatternSpec.Value v) {
            YearMonth first = run.scenario().start(), last = first.plusMonths(run.steps() - 1);
            if (v.from().isBefore(first) || v.to().isAfter(last)) {
                r.problem(at, "pattern check " + name + " reads " + v.from() + ".." + v.to() + ", outside the run of " + run.key()
                        + " (" + first + " to " + last + ")", "run more steps of " + run.key() + ", or name another check");
                return false;
            }
            return true;
        }
    }
}
