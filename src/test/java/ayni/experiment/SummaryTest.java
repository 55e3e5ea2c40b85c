package ayni.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ayni.scenario.ExperimentSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a paired experiment's summary computes from runs made by hand. */
class SummaryTest {
    private static RunRecord run(String arm, int rep, double... monthly) {
        double[][] v = new double[monthly.length][1];
        for (int i = 0; i < monthly.length; i++) v[i][0] = monthly[i];
        return new RunRecord(new Plan.Run(rep, arm, -1, rep, 7 + rep, Map.of()), List.of("m"), List.of(0, 1, 2),
                List.of("2000-01", "2000-02", "2000-03"), v, new double[] {monthly[monthly.length - 1]});
    }

    /**
     * Base runs 1, 1, 1 and 2, 2, 2; what-if runs equal until month 3, then 4 and 3: the paired differences are 0, 0
     * and (3, 1), mean 2, sd √2, so the 95% half-width is t(0.975, 1)·√2/√2 = 12.706.
     */
    @Test
    void thePairedDifferenceOverTimeIsZeroUntilTheArmsPartThenArmMinusBase() {
        ExperimentSpec spec = new ExperimentSpec("e.yaml", "", "e", "e", "", ExperimentSpec.Kind.PAIRED, null,
                List.of(new ExperimentSpec.Arm("base", null, Map.of()), new ExperimentSpec.Arm("x", null, Map.of())), 2, 7, 3,
                List.of("m"), 1, 1, 1, null, null, true);
        List<RunRecord> runs = List.of(run("base", 0, 1, 1, 1), run("base", 1, 2, 2, 2), run("x", 0, 1, 1, 4), run("x", 1, 2, 2, 3));
        List<Interval> d = new Summary(spec, runs).differenceSeries("x", "m");
        assertEquals(3, d.size());
        for (int t = 0; t < 2; t++) {
            assertEquals(0, d.get(t).mean());
            assertEquals(0, d.get(t).halfWidth());
        }
        assertEquals(2, d.get(2).mean(), 1e-12);
        assertEquals(12.7062047, d.get(2).halfWidth(), 1e-6);
    }

    /**
     * Over a posterior with 2 seeds per draw, the 4 replications are 2 draws: the paired differences 0, 2 | 2, 4 become
     * the draws' means 1 and 3 (mean 2, sd √2, half-width 12.706 on 1 df), not 4 independent runs (half-width 2.598).
     */
    @Test
    void overAPosteriorIntervalsAreTakenOverTheDrawsMeans() {
        ayni.scenario.Posterior post = new ayni.scenario.Posterior("p.csv", "h", List.of("a"), new double[][] {{1}, {2}},
                new double[] {0.5, 0.5}, Map.of());
        List<ExperimentSpec.Arm> arms = List.of(new ExperimentSpec.Arm("base", null, Map.of()), new ExperimentSpec.Arm("x", null, Map.of()));
        ExperimentSpec plain = new ExperimentSpec("e.yaml", "", "e", "e", "", ExperimentSpec.Kind.PAIRED, null, arms, 4, 7, 3,
                List.of("m"), 1, 1, 1, null, null, true);
        ExperimentSpec over = new ExperimentSpec("e.yaml", "", "e", "e", "", ExperimentSpec.Kind.PAIRED, null, arms, 4, 7, 3,
                List.of("m"), 1, 1, 1, null, null, true, new ExperimentSpec.Over(post, 2, 2));
        double[] x = {0, 2, 2, 4};
        List<RunRecord> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(run("base", i, 5, 5, 5));
            runs.add(run("x", i, 5, 5, 5 + x[i]));
        }
        Summary.Contrast c = new Summary(over, runs).contrasts().get(0);
        assertEquals(2, c.paired().n());
        assertEquals(2, c.paired().mean(), 1e-12);
        assertEquals(12.7062047, c.paired().halfWidth(), 1e-6);
        Summary.Contrast independent = new Summary(plain, runs).contrasts().get(0);
        assertEquals(4, independent.paired().n());
        assertEquals(3.182446 * Math.sqrt(8.0 / 3) / 2, independent.paired().halfWidth(), 1e-5);
    }
}
