package ayni.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.scenario.PatternSpec.Stat;
import ayni.scenario.PatternSpec.Value;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each statistic of a run on a hand-made series of 36 months. */
class PatternStatsTest {
    private static final YearMonth START = YearMonth.of(2000, 1);

    /** y = month index, z = 2 every month, q = (index - 17)^2, w = 0 */
    private static RunRecord run() {
        int n = 36;
        List<Integer> steps = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        double[][] v = new double[n][4];
        for (int t = 0; t < n; t++) {
            steps.add(t);
            dates.add(START.plusMonths(t).toString());
            v[t] = new double[] {t, 2, (t - 17) * (t - 17), 0};
        }
        return new RunRecord(new Plan.Run(0, "base", -1, 0, 1, Map.of()), List.of("y", "z", "q", "w"), steps, dates, v, new double[4]);
    }

    private static double of(String obs, Stat stat, String other, int fromMonth, int toMonth) {
        return PatternStats.of(run(), new Value(obs, stat, stat == Stat.RATIO ? other : null,
                stat == Stat.CORRELATION || stat == Stat.CURVATURE ? other : null, START.plusMonths(fromMonth), START.plusMonths(toMonth)));
    }

    @Test
    void meanSumChangeAndRelativeChange() {
        assertEquals(5.5, of("y", Stat.MEAN, null, 0, 11), 1e-12);
        assertEquals(66, of("y", Stat.SUM, null, 0, 11), 1e-12);
        // last 12 months of 0..35 average 29.5, first 12 average 5.5
        assertEquals(24, of("y", Stat.CHANGE, null, 0, 35), 1e-12);
        assertEquals(24 / 5.5, of("y", Stat.RELATIVE_CHANGE, null, 0, 35), 1e-12);
        assertEquals(0, of("z", Stat.CHANGE, null, 0, 35), 1e-12);
        assertTrue(Double.isNaN(of("w", Stat.RELATIVE_CHANGE, null, 0, 35)), "a relative change from zero is undefined");
    }

    @Test
    void slopeIsPerYear() {
        assertEquals(12, of("y", Stat.SLOPE, null, 0, 35), 1e-9, "one a month is twelve a year");
        assertEquals(0, of("z", Stat.SLOPE, null, 5, 20), 1e-12);
    }

    @Test
    void ratioOfSums() {
        assertEquals(66.0 / 24.0, of("y", Stat.RATIO, "z", 0, 11), 1e-12);
        assertTrue(Double.isNaN(of("y", Stat.RATIO, "w", 0, 11)), "a ratio over nothing is undefined");
    }

    @Test
    void correlationAndCurvature() {
        assertEquals(1, of("y", Stat.CORRELATION, "y", 0, 35), 1e-12);
        assertTrue(Double.isNaN(of("y", Stat.CORRELATION, "z", 0, 35)), "a constant correlates with nothing");
        // q = (y - 17)^2 = y^2 - 34 y + 289: the quadratic coefficient on y is 1; -q is a hump
        assertEquals(1, of("q", Stat.CURVATURE, "y", 0, 35), 1e-6);
        assertTrue(Double.isNaN(of("q", Stat.CURVATURE, "z", 0, 35)), "x must take three values");
    }
}
