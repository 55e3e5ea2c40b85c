package ayni.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.scenario.PatternSpec.Expect;
import org.junit.jupiter.api.Test;

/** The verdict rule on hand-made intervals, edges included. */
class PatternScoreTest {
    private static Interval iv(double low, double high) {
        return new Interval((low + high) / 2, low, high, 1, 30);
    }

    @Test
    void aTargetHoldsOnlyWhenTheWholeIntervalLiesWithinTheBand() {
        assertTrue(PatternScore.holds(iv(0.96, 0.99), 0.98, 0.03, null, 0));
        assertTrue(PatternScore.holds(iv(0.95, 1.01), 0.98, 0.03, null, 0), "touching both edges still lies within");
        assertFalse(PatternScore.holds(iv(0.94, 0.99), 0.98, 0.03, null, 0), "the low end is outside");
        assertFalse(PatternScore.holds(iv(0.96, 1.02), 0.98, 0.03, null, 0), "the high end is outside");
        assertFalse(PatternScore.holds(iv(0.5, 1.5), 0.98, 0.03, null, 0), "a wide interval around the target does not hold");
        assertTrue(PatternScore.holds(iv(0.3, 0.3), 0.3, 0.1, null, 0), "no spread, on target");
    }

    @Test
    void aDirectionHoldsOnlyWhenTheIntervalExcludesTheThresholdOnTheStatedSide() {
        assertTrue(PatternScore.holds(iv(0.01, 0.4), Double.NaN, Double.NaN, Expect.ABOVE, 0));
        assertFalse(PatternScore.holds(iv(0.0, 0.4), Double.NaN, Double.NaN, Expect.ABOVE, 0), "an interval touching zero includes it");
        assertFalse(PatternScore.holds(iv(-0.1, 0.4), Double.NaN, Double.NaN, Expect.ABOVE, 0), "straddles zero");
        assertFalse(PatternScore.holds(iv(-0.4, -0.1), Double.NaN, Double.NaN, Expect.ABOVE, 0), "the other side");
        assertTrue(PatternScore.holds(iv(-0.4, -0.1), Double.NaN, Double.NaN, Expect.BELOW, 0));
        assertTrue(PatternScore.holds(iv(0.71, 0.9), Double.NaN, Double.NaN, Expect.ABOVE, 0.7), "a threshold other than zero");
        assertFalse(PatternScore.holds(iv(0.69, 0.9), Double.NaN, Double.NaN, Expect.ABOVE, 0.7));
        assertFalse(PatternScore.holds(iv(0, 0), Double.NaN, Double.NaN, Expect.ABOVE, 0), "exactly zero without spread");
    }

    @Test
    void anUndefinedIntervalNeverHolds() {
        assertFalse(PatternScore.holds(iv(Double.NaN, Double.NaN), 0, 1e9, null, 0));
        assertFalse(PatternScore.holds(iv(Double.NaN, 1), Double.NaN, Double.NaN, Expect.BELOW, 2));
        assertFalse(PatternScore.holds(null, 0, 1, null, 0));
    }

    @Test
    void intervalsOverReplicationsAreTheOnesTheRuleReads() {
        // five replications 1..5: mean 3, sd sqrt(2.5), t(0.975, 4) = 2.776: half-width 1.963
        Interval i = Interval.of(new double[] {1, 2, 3, 4, 5}, PatternScore.LEVEL);
        assertEquals(3.0, i.mean(), 1e-12);
        assertEquals(2.7764451 * Math.sqrt(2.5) / Math.sqrt(5), i.halfWidth(), 1e-6);
        assertTrue(PatternScore.holds(i, Double.NaN, Double.NaN, Expect.ABOVE, 1.0));
        assertFalse(PatternScore.holds(i, Double.NaN, Double.NaN, Expect.ABOVE, 1.1));
        assertTrue(PatternScore.holds(i, 3, 2, null, 0));
        assertFalse(PatternScore.holds(i, 3, 1.9, null, 0));
    }
}
