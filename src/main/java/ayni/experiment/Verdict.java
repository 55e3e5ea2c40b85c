package ayni.experiment;

import ayni.scenario.HypothesisSpec;
import ayni.scenario.HypothesisSpec.Direction;
import ayni.scenario.HypothesisSpec.Sample;
import ayni.scenario.HypothesisSpec.Series;
import ayni.stats.TestResult;
import ayni.stats.Tests;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A hypothesis tested on its experiment's runs: the test's estimate, interval (at level 1 − alpha), p-value and effect
 * size, and a verdict. Supported: significant, in the expected direction, and at least the minimum effect of interest.
 * Rejected: significant in the opposite direction, or the whole interval within ± the minimum effect (negligible).
 * Inconclusive: anything else.
 *
 * @param replications the test's units: runs, or posterior draws when {@code seedsPerDraw} > 1
 * @param seedsPerDraw seeds each posterior draw ran with (1: runs are independent units)
 */
public record Verdict(HypothesisSpec hypothesis, TestResult result, Outcome outcome, String reason, int replications,
                      int seedsPerDraw) {

    public Verdict(HypothesisSpec hypothesis, TestResult result, Outcome outcome, String reason, int replications) {
        this(hypothesis, result, outcome, reason, replications, 1);
    }

    /** The test's units in words: "20 runs" or "20 posterior draws × 2 seeds". */
    public String units() {
        return seedsPerDraw > 1 ? replications + " posterior draws × " + seedsPerDraw + " seeds" : replications + " runs";
    }

    public enum Outcome {
        SUPPORTED("supported"), REJECTED("rejected"), INCONCLUSIVE("inconclusive");
        private final String word;
        Outcome(String word) { this.word = word; }
        public String word() { return word; }
    }

    /** A hypothesis whose samples all come from its own experiment, tested on that experiment's runs. */
    public static Verdict evaluate(HypothesisSpec h, List<RunRecord> runs) {
        return evaluate(h, java.util.Map.of(h.experiment().name(), runs));
    }

    /** A hypothesis tested on the runs of every experiment it names ({@link HypothesisSpec#experiments()}), by name. */
    public static Verdict evaluate(HypothesisSpec h, java.util.Map<String, List<RunRecord>> byExperiment) {
        return evaluate(h, byExperiment, java.util.Map.of());
    }

    /**
     * As {@link #evaluate(HypothesisSpec, java.util.Map)}, for experiments run over a posterior: {@code seedsPerDraw} gives,
     * by experiment name, how many seeds each parameter draw ran with. Runs of one draw share their parameters, so they are
     * not independent: each draw is one unit of the test. Two-sample tests compare the draws' means
     * ({@link PosteriorDraws#means}); a slope (on a parameter or a measure) is fitted within each draw and the draws' slopes
     * are tested against 0 with a one-sample t. Trend tests over time already average all runs of the arm per month.
     */
    public static Verdict evaluate(HypothesisSpec h, java.util.Map<String, List<RunRecord>> byExperiment,
                                   java.util.Map<String, Integer> seedsPerDraw) {
        for (var e : h.experiments()) {
            if (!byExperiment.containsKey(e.name())) throw new IllegalArgumentException("no runs of experiment " + e.name());
        }
        List<RunRecord> runs = byExperiment.get(h.experiment().name());
        double level = 1 - h.alpha();
        TestResult r;
        int reps;
        int clustered = 1;
        switch (h.test()) {
            case PAIRED_T, WILCOXON, MANN_WHITNEY -> {
                List<RunRecord> ra = select(byExperiment.get(h.experimentOf(h.a()).name()), h.a().arm()),
                        rb = select(byExperiment.get(h.experimentOf(h.b()).name()), h.b().arm());
                int ka = seeds(seedsPerDraw, h.experimentOf(h.a())), kb = seeds(seedsPerDraw, h.experimentOf(h.b()));
                double[] a = PosteriorDraws.means(values(ra, h.a()), ka), b = PosteriorDraws.means(values(rb, h.b()), kb);
                clustered = Math.max(ka, kb);
                reps = Math.min(a.length, b.length);
                r = switch (h.test()) {
                    case PAIRED_T -> Tests.pairedT(a, b, level);
                    case WILCOXON -> Tests.wilcoxon(a, b, level);
                    default -> Tests.mannWhitney(a, b, level);
                };
            }
            default -> {
                if (h.series() != null) {
                    double[][] ty = series(runs, h.series());
                    reps = select(runs, h.series().arm()).size();
                    r = h.test() == HypothesisSpec.Test.OLS_SLOPE ? Tests.olsSlope(ty[0], ty[1], level)
                            : Tests.mannKendall(ty[0], ty[1], level);
                } else {
                    List<RunRecord> rx = select(runs, h.x().arm()), ry = select(runs, h.y().arm());
                    double[] x = h.x().parameter() != null ? parameters(rx, h.x().parameter(), h.experiment()) : values(rx, h.x());
                    double[] y = values(ry, h.y());
                    int k = seeds(seedsPerDraw, h.experiment());
                    if (k > 1) {
                        double[] slopes = drawSlopes(rx, x, y, k, level);
                        reps = slopes.length;
                        clustered = k;
                        TestResult t = Tests.pairedT(new double[slopes.length], slopes, level);
                        r = new TestResult("OLS slope within each posterior draw, one-sample t over the draws", t.estimate(),
                                t.low(), t.high(), t.pValue(), t.effectSize(), "Cohen's d of the draws' slopes", t.statistic(), t.n());
                    } else {
                        reps = x.length;
                        r = Tests.olsSlope(x, y, level);
                    }
                }
            }
        }
        Verdict v = judge(h, r, reps);
        return new Verdict(h, r, v.outcome(), v.reason(), reps, clustered);
    }

    /**
     * The verdicts of a family of hypotheses tested together, judged again on Holm-adjusted p-values
     * ({@link ayni.stats.MultipleTesting#holm}); the estimates and intervals are unchanged.
     */
    public static List<Verdict> holm(List<Verdict> family) {
        double[] p = new double[family.size()];
        for (int i = 0; i < p.length; i++) p[i] = family.get(i).result().pValue();
        double[] adj = ayni.stats.MultipleTesting.holm(p);
        List<Verdict> out = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            Verdict v = family.get(i);
            TestResult r = v.result();
            TestResult a = new TestResult(r.test(), r.estimate(), r.low(), r.high(), adj[i], r.effectSize(), r.effectName(),
                    r.statistic(), r.n());
            Verdict j = judge(v.hypothesis(), a, v.replications());
            out.add(new Verdict(j.hypothesis(), a, j.outcome(), "Holm-adjusted over " + p.length + " hypotheses: " + j.reason(),
                    j.replications(), v.seedsPerDraw()));
        }
        return out;
    }

    static Verdict judge(HypothesisSpec h, TestResult r, int reps) {
        double est = r.estimate(), p = r.pValue(), min = h.minEffect();
        boolean sig = p < h.alpha();
        boolean negligible = r.low() > -min && r.high() < min;
        int sign = h.expect() == Direction.INCREASE ? 1 : h.expect() == Direction.DECREASE ? -1 : 0;
        String numbers = String.format(Locale.ROOT, "estimate %s (%s%% CI %s to %s), %s", fmt(est), plain(100 * (1 - h.alpha())),
                fmt(r.low()), fmt(r.high()), pIs(p));
        Outcome o;
        String why;
        if (Double.isNaN(p) || Double.isNaN(est)) {
            o = Outcome.INCONCLUSIVE;
            why = "the test could not be computed (" + numbers + "): too few runs or no variation";
        } else if (sig && (sign == 0 || Math.signum(est) == sign) && Math.abs(est) >= min) {
            o = Outcome.SUPPORTED;
            why = numbers + ": significant at " + plain(h.alpha()) + ", " + direction(est)
                    + ", and at least the minimum effect of interest " + plain(min);
        } else if (sig && sign != 0 && Math.signum(est) == -sign) {
            o = Outcome.REJECTED;
            why = numbers + ": significant in the opposite direction (" + direction(est) + ")";
        } else if (negligible && min > 0) {
            o = Outcome.REJECTED;
            why = numbers + ": the whole interval lies within ±" + plain(min) + ", the minimum effect of interest, so any effect is negligible";
        } else if (sig) {
            o = Outcome.INCONCLUSIVE;
            why = numbers + ": significant and " + direction(est) + ", but smaller than the minimum effect of interest " + plain(min)
                    + " while the interval still reaches it";
        } else {
            o = Outcome.INCONCLUSIVE;
            why = numbers + ": not significant at " + plain(h.alpha()) + ", and the interval is too wide to rule out an effect of "
                    + plain(min);
        }
        return new Verdict(h, r, o, why, reps);
    }

    private static String direction(double est) {
        return est > 0 ? "an increase" : est < 0 ? "a decrease" : "no change";
    }

    public static String fmt(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (v == 0) return "0";
        double a = Math.abs(v);
        return a >= 1e4 || a < 1e-3 ? String.format(Locale.ROOT, "%.3g", v) : String.format(Locale.ROOT, "%.4g", v);
    }

    /** A setting such as alpha or a minimum effect, as written: 0.05, not 0.05000. */
    public static String plain(double v) {
        return Double.isNaN(v) ? "NaN" : new java.math.BigDecimal(v).round(new java.math.MathContext(10)).stripTrailingZeros()
                .toPlainString();
    }

    /** "p = 0.0032" or "p < 0.0001". */
    public static String pIs(double p) {
        String s = p(p);
        return s.startsWith("<") ? "p " + s : "p = " + s;
    }

    /** A p-value for reading: four decimals, or "< 0.0001". */
    public static String p(double p) {
        if (Double.isNaN(p)) return "NaN";
        return p < 1e-4 ? "< 0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }

    private static int seeds(java.util.Map<String, Integer> seedsPerDraw, ayni.scenario.ExperimentSpec e) {
        return Math.max(1, seedsPerDraw.getOrDefault(e.name(), 1));
    }

    /** The OLS slope of y on x within each draw (⌊replication / k⌋, over all sweep points); draws without one are left out. */
    static double[] drawSlopes(List<RunRecord> runs, double[] x, double[] y, int k, double level) {
        java.util.Map<Integer, List<Integer>> byDraw = new java.util.TreeMap<>();
        for (int i = 0; i < x.length; i++) byDraw.computeIfAbsent(runs.get(i).run().replication() / k, d -> new ArrayList<>()).add(i);
        double[] out = new double[byDraw.size()];
        int j = 0;
        for (List<Integer> idx : byDraw.values()) {
            double[] xs = new double[idx.size()], ys = new double[idx.size()];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = x[idx.get(i)];
                ys[i] = y[idx.get(i)];
            }
            double slope = Tests.olsSlope(xs, ys, level).estimate();
            if (!Double.isNaN(slope)) out[j++] = slope;
        }
        return java.util.Arrays.copyOf(out, j);
    }

    /** The runs of an arm (all runs when arm is null) in point and replication order. */
    static List<RunRecord> select(List<RunRecord> runs, String arm) {
        List<RunRecord> out = new ArrayList<>();
        for (RunRecord r : runs) if (arm == null || r.run().arm().equals(arm)) out.add(r);
        out.sort(java.util.Comparator.comparingInt((RunRecord r) -> r.run().point()).thenComparingInt(r -> r.run().replication()));
        return out;
    }

    /** Each run's value of a parameter: its sweep point's value, or else the value its arm runs with. */
    static double[] parameters(List<RunRecord> runs, String name, ayni.scenario.ExperimentSpec e) {
        double[] out = new double[runs.size()];
        for (int i = 0; i < out.length; i++) {
            Plan.Run run = runs.get(i).run();
            Double v = run.factors().get(name);
            out[i] = v != null ? v : e.arm(run.arm()).parameters().get(name);
        }
        return out;
    }

    /** One value per run, as the sample's stat says. */
    static double[] values(List<RunRecord> runs, Sample s) {
        double[] out = new double[runs.size()];
        for (int i = 0; i < out.length; i++) out[i] = value(runs.get(i), s);
        return out;
    }

    static double value(RunRecord r, Sample s) {
        return switch (s.stat()) {
            case END -> r.end(s.measure());
            case AT -> r.at(s.measure(), s.at().toString());
            case MEAN -> {
                double sum = 0;
                int n = 0;
                for (int i = 0; i < r.dates().size(); i++) {
                    YearMonth d = YearMonth.parse(r.dates().get(i));
                    if (!d.isBefore(s.from()) && !d.isAfter(s.to())) {
                        sum += r.values()[i][r.measure(s.measure())];
                        n++;
                    }
                }
                yield n == 0 ? Double.NaN : sum / n;
            }
            case CHANGE -> r.at(s.measure(), s.to().toString()) - r.at(s.measure(), s.from().toString());
            case RELATIVE_CHANGE -> {
                double from = r.at(s.measure(), s.from().toString());
                yield from == 0 ? Double.NaN : (r.at(s.measure(), s.to().toString()) - from) / from;
            }
        };
    }

    /** [months since start][replication mean] over the recorded months in the series' range. */
    static double[][] series(List<RunRecord> runs, Series s) {
        List<RunRecord> rs = select(runs, s.arm());
        RunRecord first = rs.get(0);
        List<Double> t = new ArrayList<>(), y = new ArrayList<>();
        int m = first.measure(s.measure());
        for (int i = 0; i < first.dates().size(); i++) {
            YearMonth d = YearMonth.parse(first.dates().get(i));
            if (s.from() != null && d.isBefore(s.from())) continue;
            if (s.to() != null && d.isAfter(s.to())) continue;
            double sum = 0;
            for (RunRecord r : rs) sum += r.values()[i][m];
            t.add((double) first.steps().get(i));
            y.add(sum / rs.size());
        }
        double[][] out = new double[2][t.size()];
        for (int i = 0; i < t.size(); i++) {
            out[0][i] = t.get(i);
            out[1][i] = y.get(i);
        }
        return out;
    }
}
