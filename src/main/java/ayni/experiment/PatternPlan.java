package ayni.experiment;

import ayni.scenario.ExperimentSpec;
import ayni.scenario.ExperimentSpec.Arm;
import ayni.scenario.Parameters;
import ayni.scenario.PatternSpec;
import ayni.scenario.PatternSpec.Check;
import ayni.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The runs a set of pattern files needs, as one paired experiment per scenario: its arms are the scenario as written
 * and every what-if or parameter contrast a check reads, replication i of every arm with the scenario's seed + i
 * (common random numbers), every month recorded for the columns the checks read. A run is made once and shared by
 * every check that reads it; checks that are not measurable yet need none.
 */
public final class PatternPlan {
    /** Network power measures every this many months in pattern runs (as experiments; carried in between). */
    public static final int MEASURE_INTERVAL = 12;
    public static final String BASE = "base";

    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final List<Plan> plans = new ArrayList<>();
    private final int replications;

    private static final class Group {
        final Scenario base;
        final String name;
        final Map<String, Arm> arms = new LinkedHashMap<>();
        final TreeSet<String> record = new TreeSet<>();

        Group(Scenario base, String name) {
            this.base = base;
            this.name = name;
            arms.put(BASE, new Arm(BASE, base, Map.of()));
        }
    }

    public PatternPlan(List<PatternSpec> patterns, int replications) {
        this.replications = replications;
        for (PatternSpec p : patterns) {
            for (Check c : p.checks()) {
                if (!c.measurable()) continue;
                Group g = group(c.scenario());
                String arm = armName(c);
                if (c.readsArm()) {
                    g.arms.putIfAbsent(arm, new Arm(arm, c.whatif() != null ? c.whatif() : c.scenario(), c.set()));
                }
                g.record.addAll(c.value().columns());
                if (c.minus() != null) {
                    Group m = c.minusScenario() != null ? group(c.minusScenario()) : g;
                    m.record.addAll(c.minus().columns());
                }
            }
        }
        for (Group g : groups.values()) plans.add(new Plan(spec(g)));
    }

    private Group group(Scenario s) {
        Group g = groups.get(s.file());
        if (g == null) {
            String name = s.name();
            for (Group other : groups.values()) if (other.name.equals(name)) name = name + "-" + (groups.size() + 1);
            g = new Group(s, name);
            groups.put(s.file(), g);
        }
        return g;
    }

    /** The arm a check reads: "base", or the what-if's name and/or the parameter values it sets. */
    public static String armName(Check c) {
        if (!c.readsArm()) return BASE;
        StringBuilder sb = new StringBuilder(c.whatif() != null ? c.whatif().name() : "set");
        for (Map.Entry<String, Double> e : c.set().entrySet()) {
            sb.append(sb.length() > 0 ? "+" : "").append(e.getKey()).append('=').append(Parameters.fmt(e.getValue()));
        }
        return sb.toString();
    }

    private ExperimentSpec spec(Group g) {
        List<Arm> arms = List.copyOf(g.arms.values());
        int steps = g.base.steps();
        StringBuilder key = new StringBuilder("patterns|").append(g.base.sha256()).append('|').append(replications);
        for (Arm a : arms) {
            steps = Math.min(steps, a.scenario().steps());
            key.append('|').append(a.name()).append(':').append(a.scenario().sha256()).append(':').append(a.set());
        }
        key.append('|').append(g.record).append('|').append(MEASURE_INTERVAL);
        return new ExperimentSpec(g.base.file(), PatternSpec.hash(key.toString()), g.name,
                "Pattern runs of " + g.base.name(), "", ExperimentSpec.Kind.PAIRED, g.base, arms, replications,
                g.base.seed(), steps, List.copyOf(g.record), 1, 12, MEASURE_INTERVAL, null, null, true);
    }

    /** One experiment plan per scenario the checks read, in the order first read. */
    public List<Plan> plans() { return plans; }

    public int replications() { return replications; }

    /** The plan of a scenario (null when no measurable check reads it). */
    public Plan plan(Scenario s) {
        Group g = groups.get(s.file());
        if (g == null) return null;
        for (Plan p : plans) if (p.spec().name().equals(g.name)) return p;
        return null;
    }

    /** Runs in all. */
    public int size() {
        int n = 0;
        for (Plan p : plans) n += p.size();
        return n;
    }
}
