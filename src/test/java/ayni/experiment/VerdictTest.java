package ayni.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.scenario.HypothesisSpec;
import ayni.scenario.HypothesisSpec.Direction;
import ayni.scenario.HypothesisSpec.Sample;
import ayni.scenario.HypothesisSpec.Stat;
import ayni.stats.TestResult;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verdicts from test results worked out by hand, and the values a sample takes from a run. */
class VerdictTest {
    private static HypothesisSpec h(Direction expect, double alpha, double minEffect) {
        return new HypothesisSpec("h.yaml", "", "H-X", "t", "s", "st", null, HypothesisSpec.Test.PAIRED_T, null, null,
                null, null, null, expect, alpha, minEffect);
    }

    private static TestResult r(double est, double low, double high, double p) {
        return new TestResult("paired t", est, low, high, p, 0.5, "Cohen's d_z", 2, 30);
    }

    @Test
    void significantInTheExpectedDirectionAndLargeEnoughIsSupported() {
        assertEquals(Verdict.Outcome.SUPPORTED, Verdict.judge(h(Direction.INCREASE, 0.05, 0.01), r(0.03, 0.02, 0.04, 0.001), 30).outcome());
        assertEquals(Verdict.Outcome.SUPPORTED, Verdict.judge(h(Direction.DECREASE, 0.05, 0.01), r(-0.03, -0.04, -0.02, 0.001), 30).outcome());
        assertEquals(Verdict.Outcome.SUPPORTED, Verdict.judge(h(Direction.DIFFERENCE, 0.05, 0.01), r(-0.03, -0.04, -0.02, 0.001), 30).outcome());
    }

    @Test
    void significantTheOtherWayIsRejected() {
        Verdict v = Verdict.judge(h(Direction.INCREASE, 0.05, 0.01), r(-0.03, -0.04, -0.02, 0.001), 30);
        assertEquals(Verdict.Outcome.REJECTED, v.outcome());
        assertTrue(v.reason().contains("opposite direction"), v.reason());
    }

    @Test
    void anIntervalWithinTheMinimumEffectIsRejectedAsNegligible() {
        Verdict v = Verdict.judge(h(Direction.INCREASE, 0.05, 0.01), r(0.001, -0.004, 0.006, 0.6), 30);
        assertEquals(Verdict.Outcome.REJECTED, v.outcome());
        assertTrue(v.reason().contains("negligible"), v.reason());
    }

    @Test
    void tooSmallOrTooUncertainIsInconclusive() {
        // significant but below the minimum effect, and the interval still reaches it
        assertEquals(Verdict.Outcome.INCONCLUSIVE, Verdict.judge(h(Direction.INCREASE, 0.05, 0.01), r(0.008, 0.002, 0.014, 0.01), 30).outcome());
        // not significant, wide
        assertEquals(Verdict.Outcome.INCONCLUSIVE, Verdict.judge(h(Direction.INCREASE, 0.05, 0.01), r(0.02, -0.01, 0.05, 0.2), 30).outcome());
        // no p-value
        assertEquals(Verdict.Outcome.INCONCLUSIVE, Verdict.judge(h(Direction.INCREASE, 0.05, 0.01), r(0, 0, 0, Double.NaN), 1).outcome());
    }

    private static RunRecord run(String arm, int rep, double... values) {
        List<String> dates = List.of("2000-01", "2000-12", "2001-12", "2002-12");
        double[][] v = new double[4][1];
        for (int i = 0; i < 4; i++) v[i][0] = values[i];
        return new RunRecord(new Plan.Run(rep, arm, -1, rep, 100 + rep, Map.of()), List.of("m"), List.of(0, 11, 23, 35),
                dates, v, new double[] {values[4]});
    }

    @Test
    void samplesTakeEndAtMeanChangeAndRelativeChange() {
        RunRecord r = run("a", 0, 1, 2, 4, 8, 7.5);
        YearMonth y0 = YearMonth.of(2000, 12), y2 = YearMonth.of(2002, 12);
        assertEquals(7.5, Verdict.value(r, new Sample("a", "m", Stat.END, null, null, null)));
        assertEquals(4, Verdict.value(r, new Sample("a", "m", Stat.AT, YearMonth.of(2001, 12), null, null)));
        assertEquals((2 + 4 + 8) / 3.0, Verdict.value(r, new Sample("a", "m", Stat.MEAN, null, y0, y2)));
        assertEquals(6, Verdict.value(r, new Sample("a", "m", Stat.CHANGE, null, y0, y2)));
        assertEquals(3, Verdict.value(r, new Sample("a", "m", Stat.RELATIVE_CHANGE, null, y0, y2)));
    }

    @Test
    void aSeriesIsTheReplicationMeanInTheRangeAgainstMonths() {
        List<RunRecord> runs = List.of(run("a", 0, 1, 2, 4, 8, 0), run("a", 1, 3, 4, 6, 10, 0), run("b", 0, 0, 0, 0, 0, 0));
        double[][] ty = Verdict.series(runs, new HypothesisSpec.Series("a", "m", YearMonth.of(2000, 12), null));
        assertEquals(List.of(11.0, 23.0, 35.0), List.of(ty[0][0], ty[0][1], ty[0][2]));
        assertEquals(List.of(3.0, 5.0, 9.0), List.of(ty[1][0], ty[1][1], ty[1][2]));
    }

    /**
     * Two experiments' runs, independent: a = {1, 2, 3, 4} in e1, b = {5, 6, 7} in e2. Every b exceeds every a, so
     * U = 12 of 12; the Hodges–Lehmann shift is the median of the 12 differences b − a (1, 2, 2, 3, 3, 3, 4, 4, 4, 5,
     * 5, 6: (3 + 4)/2 = 3.5); the
     * exact two-sided p-value is 2 / C(7, 3) = 2/35.
     */
    @Test
    void aMannWhitneyHypothesisComparesRunsOfTwoExperiments() {
        ayni.scenario.ExperimentSpec e1 = experiment("e1"), e2 = experiment("e2");
        Sample a = new Sample("base", "m", Stat.END, null, null, null);
        Sample b = new Sample("base", "m", Stat.END, null, null, null, e2, null);
        HypothesisSpec h = new HypothesisSpec("h.yaml", "", "NS3d", "t", "s", "st", e1, HypothesisSpec.Test.MANN_WHITNEY, a, b,
                null, null, null, Direction.INCREASE, 0.1, 1);
        List<RunRecord> r1 = List.of(run("base", 0, 0, 0, 0, 0, 1), run("base", 1, 0, 0, 0, 0, 2), run("base", 2, 0, 0, 0, 0, 3),
                run("base", 3, 0, 0, 0, 0, 4));
        List<RunRecord> r2 = List.of(run("base", 0, 0, 0, 0, 0, 5), run("base", 1, 0, 0, 0, 0, 6), run("base", 2, 0, 0, 0, 0, 7));
        Verdict v = Verdict.evaluate(h, Map.of("e1", r1, "e2", r2));
        assertEquals(3.5, v.result().estimate(), 1e-12);
        assertEquals(2.0 / 35, v.result().pValue(), 1e-9);
        assertEquals(Verdict.Outcome.SUPPORTED, v.outcome());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Verdict.evaluate(h, Map.of("e1", r1)));
    }

    private static ayni.scenario.ExperimentSpec experiment(String name) {
        return new ayni.scenario.ExperimentSpec(name + ".yaml", "", name, name, "", ayni.scenario.ExperimentSpec.Kind.PAIRED,
                null, List.of(), 4, 1, 36, List.of("m"), 12, 12, 12, null, null, true);
    }

    /** x = a swept parameter: runs at 0.1, 0.3, 0.5 with responses 0.5, 0.4, 0.3 lie on a line of slope −0.5. */
    @Test
    void anOlsSlopeOnASweptParameterReadsEachRunsPoint() {
        ayni.scenario.ExperimentSpec e = experiment("s");
        List<RunRecord> runs = new java.util.ArrayList<>();
        double[] rate = {0.1, 0.3, 0.5, 0.1, 0.3, 0.5};
        for (int i = 0; i < rate.length; i++) {
            double y = 0.55 - 0.5 * rate[i] + (i < 3 ? 0.01 : -0.01);
            runs.add(new RunRecord(new Plan.Run(i, "sweep", i % 3, i / 3, 100 + i, Map.of("interestRate", rate[i])), List.of("m"),
                    List.of(0), List.of("2000-01"), new double[][] {{y}}, new double[] {y}));
        }
        HypothesisSpec h = new HypothesisSpec("h.yaml", "", "H-EM4r", "t", "s", "st", e, HypothesisSpec.Test.OLS_SLOPE, null, null,
                Sample.ofParameter(null, "interestRate"), new Sample(null, "m", Stat.END, null, null, null), null,
                Direction.DECREASE, 0.05, 0.1);
        Verdict v = Verdict.evaluate(h, runs);
        assertEquals(-0.5, v.result().estimate(), 1e-12);
        assertEquals(6, v.replications());
        assertEquals(Verdict.Outcome.SUPPORTED, v.outcome());
    }

    /**
     * Over a posterior, 3 draws × 2 seeds: the paired differences b − a are (0.5, 1.5), (2, 2), (2.5, 3.5), so the draws'
     * mean differences are 1, 2, 3: mean 2, sd 1, t = 2√3 = 3.464 on 2 df, two-sided p = 0.0742 (not significant at 0.05).
     * Taken as six independent runs they would give t = 2√6 on 5 df, p = 0.0045: the seeds of a draw are not independent.
     */
    @Test
    void overAPosteriorEachDrawIsOneUnitOfAPairedTest() {
        ayni.scenario.ExperimentSpec e = experiment("p");
        double[] diff = {0.5, 1.5, 2, 2, 2.5, 3.5};
        List<RunRecord> runs = new java.util.ArrayList<>();
        for (int i = 0; i < diff.length; i++) {
            runs.add(run("a", i, 0, 0, 0, 0, 10 * i));
            runs.add(run("b", i, 0, 0, 0, 0, 10 * i + diff[i]));
        }
        HypothesisSpec h = new HypothesisSpec("h.yaml", "", "H-P", "t", "s", "st", e, HypothesisSpec.Test.PAIRED_T,
                new Sample("a", "m", Stat.END, null, null, null), new Sample("b", "m", Stat.END, null, null, null), null, null, null,
                Direction.INCREASE, 0.05, 0.5);
        Verdict clustered = Verdict.evaluate(h, Map.of("p", runs), Map.of("p", 2));
        assertEquals(2, clustered.result().estimate(), 1e-12);
        assertEquals(3, clustered.replications());
        assertEquals(2, clustered.seedsPerDraw());
        assertEquals(2 * Math.sqrt(3), clustered.result().statistic(), 1e-9);
        assertEquals(0.0742, clustered.result().pValue(), 5e-4);
        assertEquals(Verdict.Outcome.INCONCLUSIVE, clustered.outcome());
        assertEquals("3 posterior draws × 2 seeds", clustered.units());
        assertEquals(2, Verdict.holm(List.of(clustered)).get(0).seedsPerDraw());
        Verdict runsAlone = Verdict.evaluate(h, Map.of("p", runs));
        assertEquals(6, runsAlone.replications());
        assertEquals(0.0045, runsAlone.result().pValue(), 5e-4);
        assertEquals(Verdict.Outcome.SUPPORTED, runsAlone.outcome());
    }

    /** Over a posterior, a slope on a swept parameter is fitted within each draw (−0.5 and −0.3) and the slopes t-tested. */
    @Test
    void overAPosteriorASlopeIsFittedWithinEachDraw() {
        ayni.scenario.ExperimentSpec e = experiment("s");
        List<RunRecord> runs = new java.util.ArrayList<>();
        double[] rate = {0.1, 0.3, 0.5};
        double[] slope = {-0.5, -0.5, -0.3, -0.3};   // replications 0 and 1 are draw 0, 2 and 3 draw 1
        int i = 0;
        for (int rep = 0; rep < 4; rep++) {
            for (int pt = 0; pt < 3; pt++) {
                double y = 1 + slope[rep] * rate[pt] + (rep % 2 == 0 ? 0.01 : -0.01);
                runs.add(new RunRecord(new Plan.Run(i++, "sweep", pt, rep, 100 + rep, Map.of("interestRate", rate[pt])),
                        List.of("m"), List.of(0), List.of("2000-01"), new double[][] {{y}}, new double[] {y}));
            }
        }
        HypothesisSpec h = new HypothesisSpec("h.yaml", "", "H-EM4r", "t", "s", "st", e, HypothesisSpec.Test.OLS_SLOPE, null, null,
                Sample.ofParameter(null, "interestRate"), new Sample(null, "m", Stat.END, null, null, null), null,
                Direction.DECREASE, 0.05, 0.1);
        Verdict v = Verdict.evaluate(h, Map.of("s", runs), Map.of("s", 2));
        assertEquals(-0.4, v.result().estimate(), 1e-12);
        assertEquals(2, v.replications());
        assertTrue(v.result().test().contains("within each posterior draw"), v.result().test());
        assertEquals(12, Verdict.evaluate(h, runs).replications());
    }

    @Test
    void holmAdjustmentCanTurnSupportIntoInconclusive() {
        Verdict a = Verdict.judge(h(Direction.INCREASE, 0.05, 0.01), r(0.03, 0.02, 0.04, 0.03), 30);
        Verdict b = Verdict.judge(h(Direction.INCREASE, 0.05, 0.01), r(0.03, 0.02, 0.04, 0.04), 30);
        Verdict c = Verdict.judge(h(Direction.INCREASE, 0.05, 0.01), r(0.03, 0.02, 0.04, 0.001), 30);
        assertEquals(Verdict.Outcome.SUPPORTED, a.outcome());
        assertEquals(Verdict.Outcome.SUPPORTED, b.outcome());
        java.util.List<Verdict> adj = Verdict.holm(java.util.List.of(a, b, c));
        // Holm: 0.001 * 3 = 0.003, then 0.03 * 2 = 0.06, then max(0.06, 0.04) = 0.06
        assertEquals(0.06, adj.get(0).result().pValue(), 1e-12);
        assertEquals(0.06, adj.get(1).result().pValue(), 1e-12);
        assertEquals(0.003, adj.get(2).result().pValue(), 1e-12);
        assertEquals(Verdict.Outcome.INCONCLUSIVE, adj.get(0).outcome());
        assertEquals(Verdict.Outcome.INCONCLUSIVE, adj.get(1).outcome());
        assertEquals(Verdict.Outcome.SUPPORTED, adj.get(2).outcome());
        assertTrue(adj.get(0).reason().startsWith("Holm-adjusted over 3 hypotheses"));
        assertEquals(a.result().low(), adj.get(0).result().low());
    }
}
