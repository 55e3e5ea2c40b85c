package ayni;

import ayni.agents.Sme;
import ayni.agents.World;
import ayni.metrics.StepObserver;
import ayni.model.AyniModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Small hand-made worlds for step tests: the quiet parameters (no searches, entries, exits, decay or drift), each of
 * which a test may override, and the actors it writes as YAML; worlds more than one test class builds alike; and the
 * ways a test starts and steps one (seed 11 unless it says otherwise).
 */
public final class StepWorld {
    private StepWorld() {}

    /** Nothing happens that the test does not ask for. */
    public static final String QUIET = "partnerSearchProbability: 0, ngoEntryRate: 0, smeEntryRate: 0, smeExitRate: 0, "
            + "legitimacyDecayRate: 0, ngoTypeChangeProbability: 0, discourseInfluenceRate: 0, funderPressureRate: 0, "
            + "businessNgoFoundingRate: 0, informalShareMicro: 0, informalShareSmall: 0";

    /** A scenario of the quiet parameters overridden by {@code params} ("key: value, ...") and the given actors. */
    public static String yaml(String params, String body) {
        Map<String, String> all = new LinkedHashMap<>();
        for (String kv : (QUIET + (params.isEmpty() ? "" : ", " + params)).split(",\\s*")) {
            String[] p = kv.split(":\\s*", 2);
            all.put(p[0].trim(), p[1].trim());
        }
        StringBuilder s = new StringBuilder(Tiny.HEADER + "parameters: {");
        all.forEach((k, v) -> s.append(s.charAt(s.length() - 1) == '{' ? "" : ", ").append(k).append(": ").append(v));
        return s.append("}\n").append(body).toString();
    }

    /**
     * The quiet parameters and {@code extra} ("key: value, ...") as a YAML line, to follow {@link Tiny#HEADER}: unlike
     * {@link #yaml} it appends {@code extra} after the quiet keys as written, so a test may edit the line as text.
     */
    public static String params(String extra) {
        return "parameters: {" + QUIET + (extra.isEmpty() ? "" : ", " + extra) + "}\n";
    }

    /**
     * Discourse drift and nothing else (no searches, entries, exits, tie decay, type change or funders' pressure;
     * influence 0.1 a month) and {@code extra}, as a YAML line to follow {@link Tiny#HEADER}.
     */
    public static String drifting(String extra) {
        return "parameters: {partnerSearchProbability: 0, ngoEntryRate: 0, smeEntryRate: 0, smeExitRate: 0, tieDecayRate: 0, "
                + "discourseInfluenceRate: 0.1, funderPressureRate: 0, ngoTypeChangeProbability: 0, " + extra + "}\n";
    }

    /**
     * A bilateral donor "d" of the organic domain that funds NGOs on two-year grants with {@code budget} a year, as
     * YAML; {@code extra} adds its own fields (e.g. ", until: 2000-06").
     */
    public static String ngoDonor(int budget, String extra) {
        return "donors:\n  - {id: d, kind: bilateral, budget: " + budget + ", domains: {organic: 1}, grantCycleYears: 2, "
                + "channels: {ngo: 1}" + extra + "}\n";
    }

    /**
     * The green-credit world (docs/ODD.md 7.11): an agency of {@code budget} a year that runs green credit, one micro
     * SME without capital or credit of its own (practice 0) and a domestic buyer paying it a 30% premium; no savings.
     */
    public static String greenCredit(int budget) {
        return yaml("savingsRate: 0, smeCapitalFactor: 0", """
                governments:
                  - {id: gov, domain: organic, budget: %d, greenCredit: true}
                companies:
                  - {id: buyer, domain: organic, demand: 1, premium: 0.3}
                smes:
                  - {id: g, domain: organic, count: 1, creditAccess: 0, practice: [0, 0]}
                ties:
                  - {from: g, to: buyer, layer: market, weight: 1}
                """.formatted(budget));
    }

    /** The model of a scenario, started (seed 11) but not stepped. */
    public static AyniModel start(String yaml) {
        return start(yaml, 11);
    }

    /** The model of a scenario, started with the given seed but not stepped. */
    public static AyniModel start(String yaml, long seed) {
        AyniModel m = new AyniModel(Tiny.parse(yaml), seed);
        m.start();
        return m;
    }

    /** The model of a scenario, started (seed 11) with the given observer scheduled, not stepped. */
    public static AyniModel observed(String yaml, StepObserver observer) {
        AyniModel m = new AyniModel(Tiny.parse(yaml), 11);
        m.addObserver(observer);
        m.start();
        return m;
    }

    /** The model of a scenario, started (seed 11) and stepped {@code months} times. */
    public static AyniModel run(String yaml, int months) {
        return run(yaml, 11, months);
    }

    /** The model of a scenario, started with the given seed and stepped {@code months} times. */
    public static AyniModel run(String yaml, long seed, int months) {
        AyniModel m = start(yaml, seed);
        steps(m, months);
        return m;
    }

    /** The world of a scenario after its first month (seed 11). */
    public static World month(String yaml) {
        return run(yaml, 1).world();
    }

    /** Makes the given SMEs (actor ids, e.g. "g.0001") adopters before the next month, as a test's starting point. */
    public static void adopt(World w, String... smes) {
        for (String id : smes) ((Sme) w.byId(id)).setAdopted(true);
    }

    public static void steps(AyniModel m, int n) {
        for (int i = 0; i < n; i++) m.runStep();
    }

    /** Steps {@code m} {@code months} times and adds up a counter of the month's, read after each step. */
    public static double sum(AyniModel m, int months, ToDoubleFunction<World.Counters> counter) {
        double total = 0;
        for (int i = 0; i < months; i++) {
            m.runStep();
            total += counter.applyAsDouble(m.world().counters);
        }
        return total;
    }
}
