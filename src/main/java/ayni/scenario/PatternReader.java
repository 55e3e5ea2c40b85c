package ayni.scenario;

import ayni.scenario.PatternSpec.Change;
import ayni.scenario.PatternSpec.Check;
import ayni.scenario.PatternSpec.Expect;
import ayni.scenario.PatternSpec.Source;
import ayni.scenario.PatternSpec.Stat;
import ayni.scenario.PatternSpec.Value;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks a pattern file and the pattern changelog. Every problem names the file, the line, the key, what
 * was expected and how to fix it; problems in the scenarios a pattern names are reported with their own files.
 */
public final class PatternReader {
    private static final List<String> TOP = List.of("fact", "name", "title", "thesis", "definition", "buildSubset", "checks");
    private static final List<String> CHECK = List.of("id", "title", "scenario", "whatif", "set", "paired", "observable",
            "stat", "over", "with", "from", "to", "minus", "target", "tolerance", "expect", "than", "thesis", "source",
            "quote", "note", "needs");
    private static final List<String> MINUS = List.of("scenario", "observable", "stat", "over", "with", "from", "to");
    private static final List<String> CHANGE = List.of("date", "fact", "check", "field", "old", "new", "reason", "thesis");
    /** Months a change needs: two 12-month means that do not overlap. */
    private static final int CHANGE_MONTHS = 24;

    private PatternReader() {}

    public static PatternSpec load(Path path, ExperimentReader.Measures measures) throws ScenarioException {
        TreeReader.Opened o = TreeReader.open(path, TOP);
        TreeReader r = o.r();
        JsonNode root = o.root();
        String file = o.file();
        String fact = r.text(root, "", "fact", true, null);
        if (fact != null && !fact.matches("SF([1-9]|1[0-9]|20)")) {
            r.problem("fact", "'" + fact + "' is not a stylized fact", "write SF1 .. SF20 (docs/ODD.md section 1)");
        }
        String name = r.id(root, "", "name");
        String stem = path.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        if (name != null && !name.equals(stem)) {
            r.problem("name", "'" + name + "' differs from the file name '" + stem + "'", "name the file " + name + ".yaml");
        }
        String title = r.text(root, "", "title", true, null);
        String thesis = r.text(root, "", "thesis", true, null);
        String definition = r.text(root, "", "definition", true, null);
        boolean subset = r.bool(root, "", "buildSubset", false);
        List<Check> checks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Map.Entry<String, JsonNode>> items = r.items(root, "checks");
        if (items.isEmpty() && r.problems.isEmpty()) {
            r.problem("checks", "lists no check", "add at least one check (see scenarios/README.md, pattern files)");
        }
        for (Map.Entry<String, JsonNode> item : items) {
            Check k = check(r, item.getKey(), item.getValue(), path, measures);
            if (k == null) continue;
            if (!ids.add(k.id())) {
                r.problem(TreeReader.at(item.getKey(), "id"), "check '" + k.id() + "' is named twice", "give each check its own id");
                continue;
            }
            checks.add(k);
        }
        if (!r.problems.isEmpty()) throw new ScenarioException(r.problems);
        return new PatternSpec(file, o.sha256(), fact, name, title, thesis, definition, subset, List.copyOf(checks));
    }

    private static Check check(TreeReader r, String p, JsonNode node, Path path, ExperimentReader.Measures measures)
            throws ScenarioException {
        if (!r.object(node, p, CHECK)) return null;
        int before = r.problems.size();
        String id = r.id(node, p, "id");
        String title = r.text(node, p, "title", true, null);
        String needs = r.text(node, p, "needs", false, null);
        String ref = r.text(node, p, "scenario", true, null);
        Scenario scenario = ref == null ? null : ExperimentReader.scenario(r, path, ref, TreeReader.at(p, "scenario"));
        if (scenario == null) return null;
        List<String> missing = new ArrayList<>();
        Scenario whatif = null;
        String wref = r.text(node, p, "whatif", false, null);
        if (wref != null) {
            whatif = ExperimentReader.scenario(r, path, wref, TreeReader.at(p, "whatif"));
            if (whatif == null) return null;
            if (!whatif.start().equals(scenario.start())) {
                r.problem(TreeReader.at(p, "whatif"), "starts in " + whatif.start() + ", the scenario in " + scenario.start(),
                        "a what-if must start with its scenario so that replications pair up month by month");
            }
        }
        Map<String, Double> set = set(r, node.get("set"), TreeReader.at(p, "set"), needs, missing);
        boolean paired = r.bool(node, p, "paired", false);
        if (paired && whatif == null && set.isEmpty() && missing.isEmpty()) {
            r.problem(TreeReader.at(p, "paired"), "a paired check needs a 'whatif' or a 'set' to compare with the scenario",
                    "add 'whatif: ../whatif/<file>.yaml' or 'set: {parameter: value}', or remove 'paired'");
        }
        Scenario read = whatif != null ? whatif : scenario;
        Set<String> known = measures.known().apply(read);
        Value value = value(r, node, p, null, read, known, needs, missing);
        Value minus = null;
        Scenario minusScenario = null;
        JsonNode m = node.get("minus");
        if (m != null && !m.isNull()) {
            String mp = TreeReader.at(p, "minus");
            if (r.object(m, mp, MINUS)) {
                String mref = r.text(m, mp, "scenario", false, null);
                Scenario other = read;
                if (mref != null) {
                    minusScenario = ExperimentReader.scenario(r, path, mref, TreeReader.at(mp, "scenario"));
                    if (minusScenario == null) return null;
                    other = minusScenario;
                    if (paired || whatif != null || !set.isEmpty()) {
                        r.problem(TreeReader.at(mp, "scenario"), "a difference between two scenarios cannot be combined with "
                                + "'whatif', 'set' or 'paired'", "compare two scenarios as written, or one scenario with its what-if");
                    }
                }
                if (value != null) minus = value(r, m, mp, value, other, measures.known().apply(other), needs, missing);
            }
        }
        double target = Double.NaN, tolerance = Double.NaN, than = 0;
        Expect expect = r.choice(node, p, "expect", Expect.class, false, null);
        boolean hasTarget = node.has("target") || node.has("tolerance");
        if (hasTarget && expect != null) {
            r.problem(TreeReader.at(p, "expect"), "a check has either a target (with a tolerance) or a direction, not both",
                    "remove 'expect' and 'than', or 'target' and 'tolerance'");
        } else if (hasTarget) {
            target = r.number(node, p, "target", true, 0, -1e15, 1e15, "units of the estimate");
            tolerance = r.number(node, p, "tolerance", true, 0, 0, 1e15, "units of the estimate");
            if (node.has("tolerance") && !(tolerance > 0)) {
                r.problem(TreeReader.at(p, "tolerance"), "must be above 0", "give the half-width of the band that counts as "
                        + "reproducing the target, e.g. 0.05");
            }
            if (node.has("than")) r.problem(TreeReader.at(p, "than"), "'than' belongs to a direction check", "remove it");
        } else if (expect != null) {
            than = r.number(node, p, "than", false, 0, -1e15, 1e15, "units of the estimate");
        } else if (r.problems.size() == before) {
            r.problem(p, "the check has neither a target nor a direction",
                    "add 'target: 0.3' and 'tolerance: 0.1', or 'expect: above' (or below) with 'than: 0'");
        }
        String thesis = r.text(node, p, "thesis", true, null);
        Source source = r.choice(node, p, "source", Source.class, true, null);
        String quote = r.text(node, p, "quote", false, "");
        String note = r.text(node, p, "note", false, "");
        if (r.problems.size() > before || id == null || value == null) return null;
        return new Check(id, title, scenario, whatif, java.util.Collections.unmodifiableMap(set), paired, value, minus,
                minusScenario, target, tolerance, expect, than, thesis, source, quote, note, needs, List.copyOf(missing));
    }

    /**
     * A value: the check's own (base null) or its 'minus' (keys not given default to the check's). Names the model does
     * not produce are problems, unless the check says what it {@code needs}: then they are collected in missing.
     */
    private static Value value(TreeReader r, JsonNode node, String p, Value base, Scenario s, Set<String> known,
                               String needs, List<String> missing) {
        String observable = r.text(node, p, "observable", base == null, base == null ? null : base.observable());
        Stat stat = r.choice(node, p, "stat", Stat.class, false, base == null ? Stat.MEAN : base.stat());
        boolean ownStat = node.has("stat");
        String over = r.text(node, p, "over", false, base == null || ownStat ? null : base.over());
        String with = r.text(node, p, "with", false, base == null || ownStat ? null : base.with());
        YearMonth from = node.has("from") ? r.month(node, p, "from", false) : base != null ? base.from() : s.start();
        YearMonth to = node.has("to") ? r.month(node, p, "to", false) : base != null ? base.to() : s.end();
        if (observable == null || stat == null || from == null || to == null) return null;
        if (stat == Stat.RATIO && over == null) {
            r.problem(TreeReader.at(p, "over"), "stat 'ratio' needs the denominator column 'over'", "add e.g. 'over: supportOffers'");
        }
        if (stat != Stat.RATIO && node.has("over")) {
            r.problem(TreeReader.at(p, "over"), "'over' is only read by stat 'ratio'", "remove it or set 'stat: ratio'");
        }
        boolean needsWith = stat == Stat.CORRELATION || stat == Stat.CURVATURE;
        if (needsWith && with == null) {
            r.problem(TreeReader.at(p, "with"), "stat '" + stat.key() + "' needs the other column 'with'", "add e.g. 'with: actors_ngo'");
        }
        if (!needsWith && node.has("with")) {
            r.problem(TreeReader.at(p, "with"), "'with' is only read by stats 'correlation' and 'curvature'", "remove it");
        }
        name(r, TreeReader.at(p, "observable"), observable, known, needs, missing);
        if (over != null) name(r, TreeReader.at(p, "over"), over, known, needs, missing);
        if (with != null) name(r, TreeReader.at(p, "with"), with, known, needs, missing);
        String where = node.has("from") ? TreeReader.at(p, "from") : node.has("to") ? TreeReader.at(p, "to") : p;
        if (from.isBefore(s.start()) || to.isAfter(s.end())) {
            r.problem(where, "the window " + from + ".." + to + " is not within " + s.name() + "'s period " + s.start() + ".."
                    + s.end(), "read months within the scenario's period");
        } else if (to.isBefore(from)) {
            r.problem(where, "'to' " + to + " is before 'from' " + from, "give the earlier month first");
        } else {
            long months = from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
            int least = stat == Stat.CHANGE || stat == Stat.RELATIVE_CHANGE ? CHANGE_MONTHS
                    : stat == Stat.SLOPE || stat == Stat.CORRELATION || stat == Stat.CURVATURE ? 3 : 1;
            if (months < least) {
                r.problem(where, "stat '" + stat.key() + "' needs at least " + least + " months, the window has " + months,
                        stat == Stat.CHANGE || stat == Stat.RELATIVE_CHANGE
                                ? "a change compares the first and the last 12 months: give at least 24 months" : "widen the window");
            }
        }
        return new Value(observable, stat, over, with, from, to);
    }

    private static void name(TreeReader r, String field, String name, Set<String> known, String needs, List<String> missing) {
        if (known.contains(name)) return;
        if (needs != null) {
            if (!missing.contains(name)) missing.add(name);
            return;
        }
        String near = Suggest.closest(name, known);
        r.problem(field, "'" + name + "' is not a measure", near != null
                ? "did you mean '" + near + "'? (measures are the columns of timeseries.csv, docs/ODD.md section 9.1)"
                : "use a column of timeseries.csv (docs/ODD.md section 9.1), or say with 'needs:' which mechanism it awaits");
    }

    private static Map<String, Double> set(TreeReader r, JsonNode node, String p, String needs, List<String> missing) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) return out;
        if (!node.isObject()) {
            r.problem(p, "expected a mapping of parameter values, got " + TreeReader.describe(node), "write e.g. {interestRate: 0.15}");
            return out;
        }
        Set<String> params = new HashSet<>();
        for (Parameters.Spec s : Parameters.SPECS) params.add(s.name());
        for (var it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            String k = e.getKey(), f = TreeReader.at(p, k);
            if (!params.contains(k)) {
                if (needs != null) {
                    missing.add("parameter " + k);
                    continue;
                }
                String near = Suggest.closest(k, params);
                r.problem(f, "'" + k + "' is not a model parameter", near != null ? "did you mean '" + near + "'?"
                        : "see docs/ODD.md section 8 for the names, or say with 'needs:' which mechanism it awaits");
                continue;
            }
            if (!e.getValue().isNumber()) {
                r.problem(f, "expected a number, got " + TreeReader.describe(e.getValue()), "write a number");
                continue;
            }
            Parameters.Spec sp = Parameters.spec(k);
            double v = e.getValue().asDouble();
            if (v < sp.min() || v > sp.max() || (sp.integer() && v != Math.rint(v))) {
                r.problem(f, Parameters.fmt(v) + " is out of range", "use a value between " + Parameters.fmt(sp.min()) + " and "
                        + Parameters.fmt(sp.max()) + " (" + sp.unit() + ")");
                continue;
            }
            out.put(k, v);
        }
        return out;
    }

    /** Reads the pattern changelog ({@code entries:} list; empty when nothing has changed since pre-registration). */
    public static List<Change> changelog(Path path) throws ScenarioException {
        TreeReader.Opened o = TreeReader.open(path, List.of("entries"));
        TreeReader r = o.r();
        JsonNode root = o.root();
        JsonNode entries = r.child(root, "", "entries", true);
        List<Change> out = new ArrayList<>();
        if (entries != null && !entries.isArray()) {
            r.problem("entries", "expected a list, got " + TreeReader.describe(entries), "write 'entries: []' or one '- ' entry per change");
        } else if (entries != null) {
            for (Map.Entry<String, JsonNode> item : r.items(root, "entries")) {
                String p = item.getKey();
                JsonNode e = item.getValue();
                if (!r.object(e, p, CHANGE)) continue;
                String date = r.text(e, p, "date", true, null);
                if (date != null && !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    r.problem(TreeReader.at(p, "date"), "'" + date + "' is not a date", "write YYYY-MM-DD");
                }
                String fact = r.text(e, p, "fact", true, null);
                if (fact != null && !fact.matches("SF([1-9]|1[0-9]|20)")) {
                    r.problem(TreeReader.at(p, "fact"), "'" + fact + "' is not a stylized fact", "write SF1 .. SF20");
                }
                out.add(new Change(date, fact, r.text(e, p, "check", true, null), r.text(e, p, "field", true, null),
                        r.text(e, p, "old", true, null), r.text(e, p, "new", true, null), r.text(e, p, "reason", true, null),
                        r.text(e, p, "thesis", true, null)));
            }
        }
        if (!r.problems.isEmpty()) throw new ScenarioException(r.problems);
        return List.copyOf(out);
    }
}
