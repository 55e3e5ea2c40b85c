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
}
