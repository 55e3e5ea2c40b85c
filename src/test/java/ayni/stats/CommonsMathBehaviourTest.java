package ayni.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.api.Test;

/**
 * What Commons Math 3.6.1's own rank tests do, pinned down so that docs/statistics.md can say why {@link Tests}
 * computes the rank tests itself (keeping Commons Math for t, regression, distributions and the Sobol sequence).
 */
class CommonsMathBehaviourTest {

    @Test
    void mannWhitneyUTestIsAlwaysNormalWithoutContinuityOrTieCorrection() {
        MannWhitneyUTest mw = new MannWhitneyUTest();
        // statistic: the larger of U_x and U_y
        assertEquals(35, mw.mannWhitneyU(TestsTest.PERM_X, TestsTest.PERM_Y));
        // p: normal, no continuity correction — R's wilcox.test(x, y, "greater", exact = FALSE, correct = FALSE)
        // gives 0.1103 one-sided (H&W large-sample approximation), i.e. 0.2207 two-sided; the exact value is 0.2544.
        double p = mw.mannWhitneyUTest(TestsTest.PERM_X, TestsTest.PERM_Y);
        assertEquals(0.2207, p, 5e-5);
        assertEquals(0.2544122, Tests.mannWhitney(TestsTest.PERM_Y, TestsTest.PERM_X, 0.95).pValue(), 1e-7);
        // with ties the variance is not tie-corrected, so it differs from R's 0.0001208
        assertNotEquals(0.0001208, mw.mannWhitneyUTest(TestsTest.OZONE_MAY, TestsTest.OZONE_AUG), 5e-7);
    }

    @Test
    void wilcoxonSignedRankTestKeepsZeroDifferences() {
        WilcoxonSignedRankTest w = new WilcoxonSignedRankTest();
        // untied, no zeros: same exact p as R and as Tests.wilcoxon (2 · 10/512)
        assertEquals(0.0390625, w.wilcoxonSignedRankTest(TestsTest.DEPRESSION_X, TestsTest.DEPRESSION_Y, true), 1e-12);
        // sleep data: the zero difference is ranked with the others (n = 10, it takes rank 1) and, as W− is computed
        // as 55 − W+, its rank lands in W−: W+ = 54, W− = 1, statistic max = 54, where R drops the zero and has
        // 45 and 0 over 9 differences. The normal p (no tie correction) then differs from R's 0.009091.
        assertEquals(54, w.wilcoxonSignedRank(TestsTest.SLEEP_1, TestsTest.SLEEP_2));
        assertNotEquals(0.009091, w.wilcoxonSignedRankTest(TestsTest.SLEEP_1, TestsTest.SLEEP_2, false), 5e-6);
    }
}
