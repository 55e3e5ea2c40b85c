package ayni.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Confidence intervals worked out by hand (t table values) and a paired vs unpaired case. */
class IntervalTest {
    @Test
    void meanAndIntervalOfTenValues() {
        // 1..10: mean 5.5, sd = sqrt(82.5/9) = 3.0277, t(0.975, 9) = 2.2622, half = 2.2622 * 3.0277 / sqrt(10) = 2.1659
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        Interval i = Interval.of(x, 0.95);
        assertEquals(5.5, i.mean(), 1e-12);
        assertEquals(3.02765, i.sd(), 1e-5);
        assertEquals(2.1659, i.halfWidth(), 1e-4);
        assertEquals(10, i.n());
    }

    @Test
    void pairedDifferenceRemovesSharedNoise() {
        // b = a + 1 exactly: the paired difference is 1 with no spread; unpaired it is as wide as the noise in a
        double[] a = {3, 9, 1, 7, 5}, b = {4, 10, 2, 8, 6};
        Interval p = Interval.paired(a, b, 0.95);
        assertEquals(1, p.mean(), 1e-12);
        assertEquals(0, p.halfWidth(), 1e-12);
        Interval u = Interval.unpaired(a, b, 0.95);
        assertEquals(1, u.mean(), 1e-12);
        // Welch: both variances 10, se = sqrt(10/5 + 10/5) = 2, df = 8, t(0.975, 8) = 2.3060
        assertEquals(2.3060 * 2, u.halfWidth(), 1e-3);
    }

    @Test
    void pValueOfAKnownTTest() {
        // 0, 1, 1, 2: mean 1, sd 0.8165, t = 1 / (0.8165 / 2) = 2.449 with 3 degrees of freedom: p = 0.0917
        Interval i = Interval.of(new double[] {0, 1, 1, 2}, 0.95);
        assertEquals(0.8165, i.sd(), 1e-4);
        assertEquals(0.0917, i.pValue(), 1e-3);
    }

    @Test
    void oneValueHasNoSpread() {
        Interval i = Interval.of(new double[] {4}, 0.95);
        assertEquals(4, i.low());
        assertEquals(4, i.high());
    }
}
