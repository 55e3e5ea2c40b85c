package ayni.scenario;

import ayni.scenario.HypothesisSpec.Direction;
import ayni.scenario.HypothesisSpec.Sample;
import ayni.scenario.HypothesisSpec.Series;
import ayni.scenario.HypothesisSpec.Stat;
import ayni.scenario.HypothesisSpec.Test;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and checks a hypothesis file and the experiment it names. */
public final class HypothesisReader {
    private static final List<String> TOP = List.of("id", "title", "source", "statement", "experiment", "test", "segments", "a", "b",
            "x", "y", "series", "expect", "alpha", "minEffect");
    private static final List<String> SAMPLE = List.of("experiment", "arm", "measure", "parameter", "stat", "at", "from", "to");
    private static final List<String> SERIES = List.of("arm", "measure", "from", "to");

    private HypothesisReader() {}

    /** Whether a YAML file is a hypothesis (it has an {@code experiment:} key) rather than an experiment. */
    public static boolean isHypothesis(Path path) throws ScenarioException {
        return FileKind.of(path) == FileKind.HYPOTHESIS;
    }

    public static HypothesisSpec load(Path path, ExperimentReader.Measures measures) throws ScenarioException {
        TreeReader.Opened o = TreeReader.open(path, TOP);
        TreeReader r = o.r();
        JsonNode root = o.root();
        String file = o.file();
        String id = r.text(root, "", "id", true, null);
        if (id != null && !id.matches("[A-Za-z][A-Za-z0-9-]{0,31}")) {
            r.problem("id", "'" + id + "' is not a valid hypothesis id", "use letters, digits and hyphens, e.g. H-EM7 or NS1");
        }
        String title = r.text(root, "", "title", true, null);
        String source = r.text(root, "", "source", true, null);
        String statement = r.text(root, "", "statement", true, null);
        Test test = r.choice(root, "", "test", Test.class, true, null);
        Direction expect = r.choice(root, "", "expect", Direction.class, true, null);
        double alpha = r.number(root, "", "alpha", false, 0.05, 1e-6, 0.5, "significance level");
        double minEffect = r.number(root, "", "minEffect", true, 0, 0, 1e15, "units of the estimate");
        String ref = r.text(root, "", "experiment", true, null);
        ExperimentSpec exp = ref == null ? null : experiment(r, "experiment", ref, path, measures);
        Sample a = null, b = null, x = null, y = null;
        Series series = null;
        if (exp != null && test != null) {
            a = sample(r, root, "a", exp, path, measures, test);
            b = sample(r, root, "b", exp, path, measures, test);
            x = sample(r, root, "x", exp, path, measures, test);
            y = sample(r, root, "y", exp, path, measures, test);
            series = series(r, root, exp);
            boolean pair = a != null || b != null, xy = x != null || y != null;
            if (test.twoSample()) {
                if (a == null || b == null) {
                    r.problem(a == null ? "" : "", "test " + test.key() + " compares two samples: 'a' and 'b' are both needed",
                            "write a: {arm: base, measure: adoption_all} and b: {arm: <what-if arm>, measure: adoption_all}");
                }
                if (xy || series != null) {
                    r.problem(xy ? (x != null ? "x" : "y") : "series", "test " + test.key() + " uses only 'a' and 'b'",
                            "remove it, or use test ols-slope / mann-kendall");
                }
                for (Sample s : new Sample[] {a, b}) {
                    ExperimentSpec se = s == null || s.experiment() == null ? exp : s.experiment();
                    if (s != null && s.arm() == null && se.arms().size() > 1) {
                        r.problem(s == a ? "a" : "b", "names no arm, and experiment " + se.name() + " has " + se.arms().size(),
                                "add 'arm: <name>' (one of " + armNames(se) + ")");
                    }
                }
            } else if (test == Test.OLS_SLOPE) {
                if (series == null && (x == null || y == null)) {
                    r.problem("", "test ols-slope needs either 'x' and 'y' (one point per run) or 'series' (a trend over months)",
                            "write x: {measure: ties_market} and y: {measure: adoption_all}, or series: {arm: base, measure: ...}");
                }
                if (series != null && xy) r.problem("series", "give either 'series' or 'x' and 'y', not both", "remove one");
                if (pair) r.problem(a != null ? "a" : "b", "test ols-slope does not use 'a' or 'b'", "remove it");
            } else {
                if (series == null) {
                    r.problem("", "test mann-kendall needs 'series'", "write series: {arm: base, measure: ..., from: 1995-12, to: 2010-12}");
                }
                if (pair || xy) r.problem(pair ? (a != null ? "a" : "b") : (x != null ? "x" : "y"),
                        "test mann-kendall uses only 'series'", "remove it");
            }
        }
        List<HypothesisSpec.Segment> segments = r.problems.isEmpty() ? segments(r, root, exp, a, b, x, y, series) : List.of();
        if (!r.problems.isEmpty()) throw new ScenarioException(r.problems);
        return new HypothesisSpec(file, o.sha256(), id, title, source, statement, exp, test, a, b, x, y, series, expect,
                alpha, minEffect, segments, null);
    }

    /** SME size classes, in order: a measure of one class is one segment of a family that has one per class. */
    private static final List<String> SIZES = java.util.Arrays.stream(ayni.domain.SmeSize.values()).map(ayni.domain.SmeSize::key).toList();
    private static final java.util.regex.Pattern SIZED = java.util.regex.Pattern.compile("adoption_(" + String.join("|", SIZES) + ")([A-Z]\\w*)");

    /**
     * {@code segments:}: each {@code {name, a?, b?, x?, y?, series?}} names the measure each sample reads in that
     * segment. A sample that reads one segment of a family (e.g. the small enterprises' adoption) requires segments
     * naming that sample's measure for every member of the family, so no segment is chosen because it happens to agree;
     * the file's own samples must be one of its segments.
     */
    private static List<HypothesisSpec.Segment> segments(TreeReader r, JsonNode root, ExperimentSpec exp, Sample a, Sample b,
                                                         Sample x, Sample y, Series series) {
        Map<String, String> own = new LinkedHashMap<>();
        if (a != null && a.measure() != null) own.put("a", a.measure());
        if (b != null && b.measure() != null) own.put("b", b.measure());
        if (x != null && x.measure() != null) own.put("x", x.measure());
        if (y != null && y.measure() != null) own.put("y", y.measure());
        if (series != null) own.put("series", series.measure());
        List<HypothesisSpec.Segment> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Map.Entry<String, JsonNode> item : r.items(root, "segments")) {
            String p = item.getKey();
            JsonNode n = item.getValue();
            List<String> keys = new ArrayList<>(List.of("name"));
            keys.addAll(own.keySet());
            if (!r.object(n, p, keys)) continue;
            String name = r.id(n, p, "name");
            if (name != null && !names.add(name)) r.problem(TreeReader.at(p, "name"), "segment '" + name + "' is named twice", "give each segment its own name");
            Map<String, String> m = new LinkedHashMap<>();
            for (String k : own.keySet()) {
                ExperimentSpec e = k.equals("a") && a.experiment() != null ? a.experiment()
                        : k.equals("b") && b.experiment() != null ? b.experiment() : exp;
                String v = r.text(n, p, k, false, null);
                if (v == null) {
                    v = own.get(k); // the segment reads what the sample reads
                } else if (!e.record().contains(v)) {
                    String near = Suggest.closest(v, e.record());
                    r.problem(TreeReader.at(p, k), "'" + v + "' is not recorded by experiment " + e.name(),
                            (near != null ? "did you mean '" + near + "'? or " : "") + "add it to the experiment's 'record:' list");
                    continue;
                }
                m.put(k, v);
            }
            if (name != null) out.add(new HypothesisSpec.Segment(name, java.util.Collections.unmodifiableMap(m)));
        }
        if (!r.problems.isEmpty()) return List.of();
        if (!out.isEmpty() && out.size() < 2) r.problem("segments", "names one segment", "name at least two, or remove 'segments:'");
        if (!out.isEmpty() && out.stream().noneMatch(g -> g.measures().equals(own))) {
            r.problem("segments", "no segment reads the measures the samples read (" + own + ")",
                    "list the samples' own measures as one of the segments");
        }
        for (Map.Entry<String, String> e : own.entrySet()) {
            java.util.regex.Matcher mm = SIZED.matcher(e.getValue());
            if (!mm.matches()) continue;
            List<String> family = SIZES.stream().map(sz -> "adoption_" + sz + mm.group(2)).toList();
            Set<String> named = new HashSet<>();
            for (HypothesisSpec.Segment g : out) named.add(g.measures().get(e.getKey()));
            if (!named.containsAll(family)) {
                r.problem(out.isEmpty() ? e.getKey() : "segments", "'" + e.getKey() + "' reads " + e.getValue() + ", one size class of SMEs, "
                        + (out.isEmpty() ? "and the file names no segments"
                                : "but the segments do not name " + String.join(", ", family.stream().filter(f -> !named.contains(f)).toList())),
                        "name every size class's measure, e.g. segments: [{name: micro, " + e.getKey() + ": " + family.get(0)
                                + "}, ...], so the hypothesis is reported for each class, not only the one that happens to agree");
            }
        }
        return List.copyOf(out);
    }

    private static Sample sample(TreeReader r, JsonNode root, String key, ExperimentSpec main, Path path,
                                 ExperimentReader.Measures measures, Test test) throws ScenarioException {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) return null;
        if (!r.object(n, key, SAMPLE)) return null;
        ExperimentSpec own = null;
        String ref = r.text(n, key, "experiment", false, null);
        if (ref != null) {
            if (test != Test.MANN_WHITNEY) {
                r.problem(TreeReader.at(key, "experiment"), "only the unpaired test mann-whitney may take a sample from another "
                        + "experiment (test " + test.key() + " pairs or joins the runs of one experiment)",
                        "use test: mann-whitney, or remove 'experiment' and add the arm to the hypothesis's experiment");
                return null;
            }
            own = experiment(r, TreeReader.at(key, "experiment"), ref, path, measures);
            if (own == null) return null;
            if (own.name().equals(main.name())) own = null;
        }
        ExperimentSpec exp = own != null ? own : main;
        if (n.has("parameter")) return parameterSample(r, n, key, exp, test);
        String arm = arm(r, n, key, exp);
        String measure = measure(r, n, key, exp);
        Stat stat = r.choice(n, key, "stat", Stat.class, false, Stat.END);
        YearMonth at = recordedMonth(r, n, key, "at", exp, stat == Stat.AT);
        boolean range = stat == Stat.MEAN || stat == Stat.CHANGE || stat == Stat.RELATIVE_CHANGE;
        YearMonth from = recordedMonth(r, n, key, "from", exp, range);
        YearMonth to = recordedMonth(r, n, key, "to", exp, range);
        if (!range && (n.has("from") || n.has("to"))) {
            r.problem(TreeReader.at(key, n.has("from") ? "from" : "to"), "stat " + stat.key() + " uses no range",
                    "remove it, or use stat mean, change or relativeChange");
        }
        if (stat != Stat.AT && n.has("at")) r.problem(TreeReader.at(key, "at"), "only 'stat: at' uses 'at'", "remove it");
        if (from != null && to != null && !from.isBefore(to)) {
            r.problem(TreeReader.at(key, "to"), to + " is not after " + from, "give a later month for 'to'");
        }
        return measure == null ? null : new Sample(arm, measure, stat, at, from, to, own, null);
    }

    /** {@code x: {parameter: NAME}}: each run's value of a swept parameter, or of one its arm sets. */
    private static Sample parameterSample(TreeReader r, JsonNode n, String key, ExperimentSpec exp, Test test) {
        if (!key.equals("x") || test != Test.OLS_SLOPE) {
            r.problem(TreeReader.at(key, "parameter"), "only 'x' of test ols-slope may be a parameter",
                    "use 'measure' here, or write x: {parameter: NAME} with test: ols-slope");
            return null;
        }
        for (String k : List.of("measure", "stat", "at", "from", "to")) {
            if (n.has(k)) {
                r.problem(TreeReader.at(key, k), "a parameter sample takes no '" + k + "' (the parameter holds for the whole run)",
                        "remove '" + k + "', or use 'measure' instead of 'parameter'");
                return null;
            }
        }
        String arm = arm(r, n, key, exp);
        String name = r.text(n, key, "parameter", true, null);
        if (name == null) return null;
        List<String> varied = new ArrayList<>();
        if (exp.sweep() != null) for (ExperimentSpec.SweepParameter p : exp.sweep().parameters()) varied.add(p.name());
        for (ExperimentSpec.Arm a : exp.arms()) for (String k : a.set().keySet()) if (!varied.contains(k)) varied.add(k);
        if (!varied.contains(name)) {
            String near = Suggest.closest(name, varied);
            r.problem(TreeReader.at(key, "parameter"), "experiment " + exp.name() + " does not vary '" + name + "'",
                    varied.isEmpty() ? "sweep it (sweep.parameters) or set it in an arm ('set:'), or use a measure"
                            : (near != null ? "did you mean '" + near + "'? " : "") + "it varies " + String.join(", ", varied));
            return null;
        }
        return Sample.ofParameter(arm, name);
    }

    /** The experiment file {@code ref} names, relative to the hypothesis file; null (with a problem) if missing. */
    private static ExperimentSpec experiment(TreeReader r, String field, String ref, Path path,
                                             ExperimentReader.Measures measures) throws ScenarioException {
        Path p = path.toAbsolutePath().getParent().resolve(ref).normalize();
        if (!Files.isRegularFile(p)) {
            r.problem(field, "experiment file '" + ref + "' not found",
                    "give the path relative to this file, e.g. ../experiments/w01-paired-organic.yaml");
            return null;
        }
        try {
            return ExperimentReader.load(ExperimentReader.relative(p), measures);
        } catch (ScenarioException e) {
            List<Problem> all = new ArrayList<>(r.problems);
            all.addAll(e.problems());
            throw new ScenarioException(all);
        }
    }

    private static Series series(TreeReader r, JsonNode root, ExperimentSpec exp) {
        JsonNode n = root.get("series");
        if (n == null || n.isNull()) return null;
        if (!r.object(n, "series", SERIES)) return null;
        String arm = arm(r, n, "series", exp);
        if (arm == null && exp.arms().size() > 1) {
            r.problem("series", "names no arm, and the experiment has " + exp.arms().size(), "add 'arm: <name>' (one of "
                    + armNames(exp) + ")");
        }
        String measure = measure(r, n, "series", exp);
        YearMonth from = recordedMonth(r, n, "series", "from", exp, false);
        YearMonth to = recordedMonth(r, n, "series", "to", exp, false);
        if (from != null && to != null && !from.isBefore(to)) {
            r.problem("series.to", to + " is not after " + from, "give a later month for 'to'");
        }
        return measure == null ? null : new Series(arm == null ? exp.arms().get(0).name() : arm, measure, from, to);
    }

    private static String arm(TreeReader r, JsonNode n, String key, ExperimentSpec exp) {
        String arm = r.text(n, key, "arm", false, null);
        if (arm != null && exp.arm(arm) == null) {
            String near = Suggest.closest(arm, exp.arms().stream().map(ExperimentSpec.Arm::name).toList());
            r.problem(TreeReader.at(key, "arm"), "the experiment has no arm '" + arm + "'",
                    near != null ? "did you mean '" + near + "'?" : "use one of " + armNames(exp));
            return null;
        }
        return arm;
    }

    private static String measure(TreeReader r, JsonNode n, String key, ExperimentSpec exp) {
        String m = r.text(n, key, "measure", true, null);
        if (m != null && !exp.record().contains(m)) {
            String near = Suggest.closest(m, exp.record());
            r.problem(TreeReader.at(key, "measure"), "'" + m + "' is not recorded by experiment " + exp.name(),
                    (near != null ? "did you mean '" + near + "'? or " : "") + "add it to the experiment's 'record:' list");
            return null;
        }
        return m;
    }

    /** A month that the experiment records (see {@link ayni.scenario.ExperimentSpec#recordEvery()}). */
    private static YearMonth recordedMonth(TreeReader r, JsonNode n, String key, String field, ExperimentSpec exp,
                                           boolean required) {
        YearMonth m = r.month(n, key, field, required);
        if (m == null) return null;
        int step = exp.scenario().stepOf(m);
        if (step < 0 || step >= exp.steps()) {
            r.problem(TreeReader.at(key, field), m + " is outside the experiment's period " + exp.scenario().dateOf(0)
                    + " to " + exp.scenario().dateOf(exp.steps() - 1), "give a month within the period");
            return null;
        }
        if (!recorded(step, exp.recordEvery(), exp.steps())) {
            r.problem(TreeReader.at(key, field), m + " is not a recorded month (the experiment records every "
                            + exp.recordEvery() + " months from " + exp.scenario().dateOf(exp.recordEvery() - 1) + ")",
                    "use a recorded month such as " + nearestRecorded(step, exp) + ", or lower the experiment's recordEvery");
            return null;
        }
        return m;
    }

    /** Recorded steps: the first month, every recordEvery-th month, and the last month. */
    public static boolean recorded(int step, int every, int steps) {
        return step == 0 || (step + 1) % every == 0 || step == steps - 1;
    }

    private static YearMonth nearestRecorded(int step, ExperimentSpec exp) {
        int e = exp.recordEvery();
        int s = Math.max(e - 1, Math.round((step + 1) / (float) e) * e - 1);
        return exp.scenario().dateOf(Math.min(s, exp.steps() - 1));
    }

    private static String armNames(ExperimentSpec exp) {
        return String.join(", ", exp.arms().stream().map(ExperimentSpec.Arm::name).toList());
    }
}
