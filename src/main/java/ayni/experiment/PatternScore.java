package ayni.experiment;

import ayni.scenario.PatternSpec;
import ayni.scenario.PatternSpec.Check;
import ayni.scenario.PatternSpec.Expect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The model scored against pattern files by one rule (docs/statistics.md): a target check holds when its whole 95%
 * interval over replications lies within target ± tolerance; a direction check holds when the whole interval lies on
 * the stated side of its threshold (for a difference or a slope, of zero); a fact holds only when every one of its
 * checks holds; a check that is not measurable yet, or undefined in some run, does not hold.
 */
public final class PatternScore {
    public static final double LEVEL = 0.95;

    public enum Outcome {
        HOLDS("holds"), FAILS("fails"), NOT_MEASURABLE("not measurable yet"), NO_DATA("no data");
        private final String word;
        Outcome(String word) { this.word = word; }
        public String word() { return word; }
    }

    /** One check's estimate (mean and 95% interval over replications) and outcome. */
    public record CheckResult(PatternSpec pattern, Check check, String scenario, Interval estimate, Outcome outcome,
                              String reason) {
        /**
         * How far the interval lies inside (positive) or outside (negative) the region where the check holds, in
         * half-widths of the interval: the distance from its nearer end to the nearer edge of the target band, or to
         * the threshold of a direction. Above 1, the interval would still hold if it were twice as wide. NaN without an
         * estimate or without spread.
         */
        public double clearance() {
            if (estimate == null || !(estimate.halfWidth() > 0)) return Double.NaN;
            double lo = estimate.low(), hi = estimate.high(), d;
            if (check.expect() == null) {
                d = Math.min(lo - (check.target() - check.tolerance()), check.target() + check.tolerance() - hi);
            } else {
                d = check.expect() == Expect.ABOVE ? lo - check.than() : check.than() - hi;
            }
            return d / estimate.halfWidth();
        }
    }

    /** A fact: it holds only when all its checks hold. */
    public record FactResult(PatternSpec pattern, List<CheckResult> checks) {
        public boolean holds() {
            for (CheckResult c : checks) if (c.outcome() != Outcome.HOLDS) return false;
            return !checks.isEmpty();
        }

        public long count(Outcome o) {
            return checks.stream().filter(c -> c.outcome() == o).count();
        }
    }

    private PatternScore() {}

    /** Scores every check of every pattern on the runs of the plan (by experiment name). */
    public static List<FactResult> score(List<PatternSpec> patterns, PatternPlan plan, Map<String, List<RunRecord>> runs) {
        List<FactResult> out = new ArrayList<>();
        for (PatternSpec p : patterns) {
            List<CheckResult> cs = new ArrayList<>();
            for (Check c : p.checks()) cs.add(check(p, c, plan, runs));
            out.add(new FactResult(p, List.copyOf(cs)));
        }
        return out;
    }

    static CheckResult check(PatternSpec p, Check c, PatternPlan plan, Map<String, List<RunRecord>> runs) {
        String label = label(c);
        if (!c.measurable()) {
            return new CheckResult(p, c, label, null, Outcome.NOT_MEASURABLE,
                    "not measurable yet: the model does not produce " + String.join(", ", c.missing()) + " (needs " + c.needs() + ")");
        }
        List<RunRecord> own = runs.get(plan.plan(c.scenario()).spec().name());
        double[] x = values(Summary.byArm(own, PatternPlan.armName(c)), c);
        Interval iv;
        if (c.minusScenario() != null) {
            List<RunRecord> other = Summary.byArm(runs.get(plan.plan(c.minusScenario()).spec().name()), PatternPlan.BASE);
            double[] y = new double[other.size()];
            for (int i = 0; i < y.length; i++) y[i] = PatternStats.of(other.get(i), c.minus());
            if (undefined(x) + undefined(y) > 0) return noData(p, c, label, undefined(x) + undefined(y), x.length + y.length);
            iv = Interval.unpaired(y, x, LEVEL);
        } else if (c.paired()) {
            double[] base = values(Summary.byArm(own, PatternPlan.BASE), c);
            if (undefined(x) + undefined(base) > 0) return noData(p, c, label, undefined(x) + undefined(base), 2 * x.length);
            iv = Interval.paired(base, x, LEVEL);
        } else {
            if (undefined(x) > 0) return noData(p, c, label, undefined(x), x.length);
            iv = Interval.of(x, LEVEL);
        }
        boolean holds = holds(iv, c.target(), c.tolerance(), c.expect(), c.than());
        return new CheckResult(p, c, label, iv, holds ? Outcome.HOLDS : Outcome.FAILS, reason(iv, c, holds));
    }

    /** Each run's value (minus its own second value when the check subtracts one within the run). */
    private static double[] values(List<RunRecord> rs, Check c) {
        double[] x = new double[rs.size()];
        for (int i = 0; i < x.length; i++) x[i] = runValue(rs.get(i), c);
        return x;
    }

    /** One run's value of a check (minus its own second value when the check subtracts one within the run). */
    public static double runValue(RunRecord run, Check c) {
        double x = PatternStats.of(run, c.value());
        return c.minus() != null && c.minusScenario() == null ? x - PatternStats.of(run, c.minus()) : x;
    }

    /**
     * One replication's estimate of a check, as {@link #check} averages it: the arm's value, minus the base run's when
     * paired, or minus the other scenario's base run ({@code other}) when the check subtracts another scenario.
     */
    public static double replication(Check c, RunRecord arm, RunRecord base, RunRecord other) {
        double x = runValue(arm, c);
        if (c.minusScenario() != null) return x - PatternStats.of(other, c.minus());
        return c.paired() ? x - runValue(base, c) : x;
    }

    private static int undefined(double[] x) {
        int n = 0;
        for (double v : x) if (!Double.isFinite(v)) n++;
        return n;
    }

    private static CheckResult noData(PatternSpec p, Check c, String label, int bad, int of) {
        return new CheckResult(p, c, label, null, Outcome.NO_DATA, "undefined in " + bad + " of " + of
                + " runs (a ratio over nothing, a constant, or a change from zero in the window)");
    }

    /**
     * The verdict rule. A target holds when target − tolerance ≤ low and high ≤ target + tolerance; a direction
     * holds when low > than (above) or high < than (below). An interval with a NaN end never holds.
     */
    public static boolean holds(Interval iv, double target, double tolerance, Expect expect, double than) {
        if (iv == null || Double.isNaN(iv.low()) || Double.isNaN(iv.high())) return false;
        if (expect == null) return iv.low() >= target - tolerance && iv.high() <= target + tolerance;
        return expect == Expect.ABOVE ? iv.low() > than : iv.high() < than;
    }

    private static String reason(Interval iv, Check c, boolean holds) {
        String in = "95% interval " + fmt(iv.low()) + " to " + fmt(iv.high());
        if (c.expect() == null) {
            return in + (holds ? " lies within " : " is not within ") + fmt(c.target() - c.tolerance()) + " to "
                    + fmt(c.target() + c.tolerance());
        }
        return in + (holds ? " lies wholly " : " is not wholly ") + (c.expect() == Expect.ABOVE ? "above " : "below ")
                + fmt(c.than());
    }

    /** The runs read, e.g. "sustainable-production", "w14s-green-credit-sp − sustainable-production (paired)". */
    static String label(Check c) {
        String arm = c.whatif() != null ? c.whatif().name() : c.scenario().name();
        if (!c.set().isEmpty()) arm += " with " + setText(c);
        if (c.minusScenario() != null) return arm + " − " + c.minusScenario().name();
        if (c.paired()) return arm + " − " + c.scenario().name() + " (paired)";
        return arm;
    }

    private static String setText(Check c) {
        List<String> parts = new ArrayList<>();
        c.set().forEach((k, v) -> parts.add(k + " = " + ayni.scenario.Parameters.fmt(v)));
        return String.join(", ", parts);
    }

    /** A number for reports: four decimals without trailing zeros, or three significant digits when tiny or huge. */
    public static String fmt(double v) {
        if (Double.isNaN(v)) return "NaN";
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) return String.format(java.util.Locale.ROOT, "%.3g", v);
        return String.format(java.util.Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
