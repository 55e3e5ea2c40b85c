package ayni.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.junit.jupiter.api.Test;

/**
 * Each test cites where its expected numbers come from: a hand computation written out in the comment, or published
 * output of R (the examples of R's help pages for t.test and wilcox.test, which use the data sets sleep and
 * airquality and Hollander &amp; Wolfe's examples).
 */
class TestsTest {

    // R's `sleep` data (Cushny & Peebles 1905, as in Student 1908): extra hours of sleep under two drugs, 10 patients.
    static final double[] SLEEP_1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    static final double[] SLEEP_2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

    // Hollander & Wolfe (1973, p. 29f), in ?wilcox.test: Hamilton depression scores at the first (x) and second (y) visit.
    static final double[] DEPRESSION_X = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
    static final double[] DEPRESSION_Y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};

    // Hollander & Wolfe (1973, p. 69f), in ?wilcox.test: permeability constants at term (x) and at 12-26 weeks (y).
    static final double[] PERM_X = {0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46};
    static final double[] PERM_Y = {1.15, 0.88, 0.90, 0.74, 1.21};

    // R's `airquality`: Ozone in May and in August 1973 with the NAs left out (26 values each).
    static final double[] OZONE_MAY = {41, 36, 12, 18, 28, 23, 19, 8, 7, 16, 11, 14, 18, 14, 34, 6, 30, 11, 1, 11, 4, 32,
        23, 45, 115, 37};
    static final double[] OZONE_AUG = {39, 9, 16, 78, 35, 66, 122, 89, 110, 44, 28, 65, 22, 59, 23, 31, 44, 21, 9, 45, 168,
        73, 76, 118, 84, 85};

    // ---------------------------------------------------------------- paired t

    @Test
    void pairedTByHand() {
        // a = 1 2 3 4, b = 2 4 5 4, so d = b − a = 1 2 2 0.
        // mean(d) = 5/4 = 1.25; deviations −0.25 0.75 0.75 −1.25, squares sum 2.75, var = 2.75/3, sd = 0.9574271
        // se = sd/√4 = 0.4787136; t = 1.25/0.4787136 = 2.6111648 on 3 df; t_{0.975,3} = 3.1824463
        // CI = 1.25 ± 3.1824463·0.4787136 = 1.25 ± 1.5234802 → [−0.2734802, 2.7734802]; d_z = 1.25/0.9574271 = 1.3055824
        // p = 2·P(T_3 > 2.6111648) = 0.0796050 (t table: between 0.05 and 0.10 two-sided).
        TestResult r = Tests.pairedT(new double[] {1, 2, 3, 4}, new double[] {2, 4, 5, 4}, 0.95);
        assertEquals(1.25, r.estimate(), 1e-12);
        assertEquals(2.6111648, r.statistic(), 1e-6);
        assertEquals(-0.2734802, r.low(), 1e-6);
        assertEquals(2.7734802, r.high(), 1e-6);
        assertEquals(0.0796050, r.pValue(), 1e-6);
        assertEquals(1.3055824, r.effectSize(), 1e-6);
        assertEquals(4, r.n());
    }

    @Test
    void pairedTMatchesRsSleepExample() {
        // R: t.test(extra ~ group, data = sleep, paired = TRUE) — t = -4.0621, df = 9, p-value = 0.002833,
        // 95 percent CI -2.4598858 -0.7001142, mean difference -1.58 (group 1 − group 2).
        TestResult r = Tests.pairedT(SLEEP_2, SLEEP_1, 0.95);
        assertEquals(-1.58, r.estimate(), 1e-12);
        assertEquals(-4.0621, r.statistic(), 5e-5);
        assertEquals(0.002833, r.pValue(), 5e-7);
        assertEquals(-2.4598858, r.low(), 1e-7);
        assertEquals(-0.7001142, r.high(), 1e-7);
        assertEquals(10, r.n());
        // d_z = mean/sd = -1.58 / 1.2299955 = -1.2845576
        assertEquals(-1.2845576, r.effectSize(), 1e-6);
    }

    @Test
    void pairedTDegenerateCases() {
        // no spread and no difference: p = 1, CI collapses to 0
        TestResult same = Tests.pairedT(new double[] {1, 2, 3}, new double[] {1, 2, 3}, 0.95);
        assertEquals(0, same.estimate());
        assertEquals(1, same.pValue());
        assertEquals(0, same.low());
        assertEquals(0, same.high());
        // a constant shift: p = 0, CI at the shift, infinite t and d_z
        TestResult shift = Tests.pairedT(new double[] {1, 2, 3}, new double[] {3, 4, 5}, 0.95);
        assertEquals(2, shift.estimate());
        assertEquals(0, shift.pValue());
        assertEquals(2, shift.low());
        assertEquals(2, shift.high());
        assertEquals(Double.POSITIVE_INFINITY, shift.statistic());
        // one pair: no spread can be estimated, so no test
        TestResult one = Tests.pairedT(new double[] {1}, new double[] {3}, 0.95);
        assertEquals(2, one.estimate());
        assertTrue(Double.isNaN(one.pValue()));
        assertTrue(Double.isNaN(one.low()));
    }

    // ---------------------------------------------------------------- Wilcoxon signed-rank

    @Test
    void wilcoxonMatchesRsDepressionExample() {
        // R: wilcox.test(Pair(first, second) ~ 1, data = depression) with first = x, second = y:
        // V = 40, p-value = 0.03906 (exact: 2·10/512 = 0.0390625; V >= 40 in 10 of the 2^9 sign patterns).
        TestResult r = Tests.wilcoxon(DEPRESSION_Y, DEPRESSION_X, 0.95);
        assertEquals(40, r.statistic());
        assertEquals(0.0390625, r.pValue(), 1e-12);
        // rank-biserial: W+ = 40, W− = 45 − 40 = 5 → (40 − 5)/45
        assertEquals(35.0 / 45, r.effectSize(), 1e-12);
        // Hodges–Lehmann: median of the 45 Walsh averages of d = x − y = 0.460. Exact CI: qsignrank(0.025, 9) = 6
        // (P(V ≤ 5) = 10/512 < 0.025 ≤ P(V ≤ 6) = 14/512), so the 6th and 40th smallest Walsh averages: 0.010, 0.786.
        assertEquals(0.460, r.estimate(), 1e-12);
        assertEquals(0.010, r.low(), 1e-12);
        assertEquals(0.786, r.high(), 1e-12);
        // the other direction: V = 5 (R: wilcox.test(change ~ 1) with change = y − x), same p, mirrored estimate
        TestResult back = Tests.wilcoxon(DEPRESSION_X, DEPRESSION_Y, 0.95);
        assertEquals(5, back.statistic());
        assertEquals(0.0390625, back.pValue(), 1e-12);
        assertEquals(-0.460, back.estimate(), 1e-12);
        assertEquals(-0.786, back.low(), 1e-12);
    }

    @Test
    void wilcoxonByHand() {
        // d = 1 −2 3 4 5: ranks of |d| 1 2 3 4 5; W+ = 1+3+4+5 = 13, W− = 2, r = (13 − 2)/15.
        // Exact null: P(V ≥ 13) = P(V ≤ 2) = #{∅, {1}, {2}}/2^5 = 3/32, two-sided 6/32 = 0.1875.
        // Walsh averages (15): −2 −0.5 0.5 1 1 1.5 2 2.5 3 3 3.5 4 4 4.5 5 → median (8th) 2.5.
        // qsignrank(0.025, 5) = 0 since P(V ≤ 0) = 1/32 > 0.025; R then uses 1: CI from the 1st to the 15th average.
        TestResult r = Tests.wilcoxon(new double[5], new double[] {1, -2, 3, 4, 5}, 0.95);
        assertEquals(13, r.statistic());
        assertEquals(0.1875, r.pValue(), 1e-12);
        assertEquals(11.0 / 15, r.effectSize(), 1e-12);
        assertEquals(2.5, r.estimate(), 1e-12);
        assertEquals(-2, r.low(), 1e-12);
        assertEquals(5, r.high(), 1e-12);
    }

    @Test
    void wilcoxonWithTiesAndZerosMatchesRsSleepExample() {
        // R: wilcox.test(extra ~ group, data = sleep, paired = TRUE) (warns: ties and zeroes, so normal approximation):
        // V = 0, p-value = 0.009091; R's (pseudo)median -1.400031 and CI -2.949921 -1.050018 come from its root
        // search. By hand: the zero difference is dropped (n = 9), one tie pair |1.3| (tie term 2³ − 2 = 6),
        // σ = √(9·10·19/24 − 6/48) = 8.4336, z = (0 − 22.5 + 0.5)/σ = −2.6086, p = 2Φ(−2.6086) = 0.009091.
        // Our CI takes the Walsh averages at rank round(22.5 − 1.96σ) = 6 from each end: −2.95 and −1.05, and the
        // Hodges–Lehmann estimate is the median Walsh average, −1.4: both within 1e-4 of R's.
        TestResult r = Tests.wilcoxon(SLEEP_2, SLEEP_1, 0.95);
        assertEquals(0, r.statistic());
        assertEquals(0.009091, r.pValue(), 5e-7);
        assertEquals(-1.400031, r.estimate(), 1e-4);
        assertEquals(-2.949921, r.low(), 1e-4);
        assertEquals(-1.050018, r.high(), 1e-4);
        assertEquals(-1, r.effectSize(), 1e-12);
        assertEquals(10, r.n());
    }

    @Test
    void wilcoxonAllZeroDifferences() {
        TestResult r = Tests.wilcoxon(new double[] {1, 2, 3}, new double[] {1, 2, 3}, 0.95);
        assertEquals(0, r.estimate());
        assertEquals(1, r.pValue());
        assertEquals(0, r.low());
        assertEquals(0, r.high());
    }

    // ---------------------------------------------------------------- Mann–Whitney

    @Test
    void mannWhitneyMatchesRsPermeabilityExample() {
        // R: wilcox.test(x, y, alternative = "g") — W = 35, p-value = 0.1272 (exact). Two-sided: 2·0.1272 = 0.2544
        // (exactly 2·P(U ≥ 35) = 0.2544122 for sizes 10 and 5).
        TestResult r = Tests.mannWhitney(PERM_Y, PERM_X, 0.95);
        assertEquals(35, r.statistic());
        assertEquals(0.2544122, r.pValue(), 1e-7);
        assertEquals(2 * 0.1272, r.pValue(), 1e-4);
        assertEquals(2 * 35.0 / 50 - 1, r.effectSize(), 1e-12);
        // Hodges–Lehmann shift: median of the 50 differences x_i − y_j = 0.305. Exact CI: qwilcox(0.025, 10, 5) = 9
        // (P(U ≤ 8) = 60/3003 < 0.025 ≤ P(U ≤ 9) = 83/3003), so the 9th and 42nd smallest differences.
        assertEquals(0.305, r.estimate(), 1e-12);
        assertEquals(-0.15, r.low(), 1e-12);
        assertEquals(0.76, r.high(), 1e-12);
        assertEquals(15, r.n());
    }

    @Test
    void mannWhitneyByHand() {
        // a = 1 2 4, b = 3 5 6: b beats a in 2 + 3 + 3 = 8 of 9 pairs, U_b = 8 (rank sum of b 3+5+6 = 14, minus 6).
        // Null distribution of U for 3 and 3: counts 1 1 2 3 3 3 3 2 1 1 over 0..9 (20 arrangements);
        // P(U ≥ 8) = 2/20, two-sided 0.2. r = 2·8/9 − 1 = 7/9.
        // b − a: 2 1 −1 4 3 1 5 4 2 → sorted −1 1 1 2 2 3 4 4 5, median 2; qwilcox(0.025, 3, 3) = 0 → 1: CI [−1, 5].
        TestResult r = Tests.mannWhitney(new double[] {1, 2, 4}, new double[] {3, 5, 6}, 0.95);
        assertEquals(8, r.statistic());
        assertEquals(0.2, r.pValue(), 1e-12);
        assertEquals(7.0 / 9, r.effectSize(), 1e-12);
        assertEquals(2, r.estimate(), 1e-12);
        assertEquals(-1, r.low(), 1e-12);
        assertEquals(5, r.high(), 1e-12);
    }

    @Test
    void mannWhitneyWithTiesMatchesRsAirqualityExample() {
        // R: wilcox.test(Ozone ~ Month, data = airquality, subset = Month %in% c(5, 8)) —
        // W = 127.5, p-value = 0.0001208 (ties: normal approximation with tie and continuity corrections).
        TestResult r = Tests.mannWhitney(OZONE_AUG, OZONE_MAY, 0.95);
        assertEquals(127.5, r.statistic());
        assertEquals(0.0001208, r.pValue(), 5e-8);
        assertEquals(2 * 127.5 / (26 * 26) - 1, r.effectSize(), 1e-12);   // −0.623: May lower than August
        assertTrue(r.high() < 0 && r.low() < r.estimate() && r.estimate() < r.high());
        // and with the samples swapped the shift and the effect change sign, the p-value does not
        TestResult s = Tests.mannWhitney(OZONE_MAY, OZONE_AUG, 0.95);
        assertEquals(26 * 26 - 127.5, s.statistic());
        assertEquals(r.pValue(), s.pValue(), 1e-15);
        assertEquals(-r.estimate(), s.estimate(), 1e-12);
        assertEquals(-r.effectSize(), s.effectSize(), 1e-12);
    }

    @Test
    void mannWhitneyAllEqual() {
        TestResult r = Tests.mannWhitney(new double[] {2, 2, 2}, new double[] {2, 2}, 0.95);
        assertEquals(0, r.estimate());
        assertEquals(1, r.pValue());
        assertEquals(0, r.low());
        assertEquals(0, r.high());
        assertEquals(0, r.effectSize());
    }

    // ---------------------------------------------------------------- OLS slope

    @Test
    void olsSlopeByHand() {
        // x = 1..5, y = 2 4 5 4 5: x̄ = 3, ȳ = 4, Sxx = 10, Sxy = 6, Syy = 6 → slope 0.6, intercept 2.2.
        // fitted 2.8 3.4 4.0 4.6 5.2, residuals −0.8 0.6 1.0 −0.6 −0.2, SSE = 2.4, MSE = 2.4/3 = 0.8,
        // se = √(0.8/10) = 0.2828427, t = 0.6/se = 2.1213203 on 3 df, p = 0.1240271,
        // CI = 0.6 ± 3.1824463·0.2828427 = 0.6 ± 0.9001317; r = Sxy/√(Sxx·Syy) = 6/√60 = 0.7745967.
        TestResult r = Tests.olsSlope(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5}, 0.95);
        assertEquals(0.6, r.estimate(), 1e-12);
        assertEquals(2.1213203, r.statistic(), 1e-6);
        assertEquals(0.1240271, r.pValue(), 1e-6);
        assertEquals(0.6 - 0.9001317, r.low(), 1e-6);
        assertEquals(0.6 + 0.9001317, r.high(), 1e-6);
        assertEquals(0.7745967, r.effectSize(), 1e-6);
    }

    @Test
    void olsSlopeDegenerateCases() {
        TestResult flat = Tests.olsSlope(new double[] {1, 2, 3}, new double[] {5, 5, 5}, 0.95);
        assertEquals(0, flat.estimate());
        assertEquals(1, flat.pValue());
        assertEquals(0, flat.low());
        TestResult exact = Tests.olsSlope(new double[] {0, 1, 2, 3}, new double[] {1, 3, 5, 7}, 0.95);
        assertEquals(2, exact.estimate(), 1e-12);
        assertTrue(exact.pValue() < 1e-12);
        assertEquals(1, exact.effectSize(), 1e-12);
        TestResult two = Tests.olsSlope(new double[] {0, 1}, new double[] {1, 3}, 0.95);
        assertEquals(2, two.estimate(), 1e-12);
        assertTrue(Double.isNaN(two.pValue()));
        TestResult noX = Tests.olsSlope(new double[] {1, 1, 1}, new double[] {1, 2, 3}, 0.95);
        assertTrue(Double.isNaN(noX.estimate()));
    }

    // ---------------------------------------------------------------- Mann–Kendall

    @Test
    void mannKendallByHand() {
        // y = 1 3 2 3 5 4 at t = 1..6 (one tie: the two 3s).
        // S, pair by pair from each point to the later ones: from 1: +5; from 3: −1 0 +1 +1 = +1; from 2: +3;
        // from 3: +2; from 5: −1 → S = 10.
        // Var(S) = [6·5·17 − 2·1·9]/18 = (510 − 18)/18 = 27.3333; Z = (10 − 1)/√27.3333 = 1.7214571;
        // p = 2(1 − Φ(1.7214571)) = 0.0851679.
        // tau-b = S/√((15 − 0)(15 − 1)) = 10/√210 = 0.6900656.
        // The 15 slopes sorted: −1 −1 0 0.25 0.5 0.5 0.6 2/3 2/3 2/3 1 1 1.5 2 2 → Sen's slope (8th) = 2/3.
        // Gilbert CI: C = 1.959964·√27.3333 = 10.247; ranks round((15 − C)/2) = round(2.38) = 2 and
        // round((15 + C)/2 + 1) = round(13.62) = 14 → [−1, 2].
        double[] t = {1, 2, 3, 4, 5, 6};
        double[] y = {1, 3, 2, 3, 5, 4};
        TestResult r = Tests.mannKendall(t, y, 0.95);
        assertEquals(10, r.statistic());
        assertEquals(492.0 / 18, Tests.kendallVariance(t, y), 1e-12);
        assertEquals(0.0851679, r.pValue(), 1e-6);
        assertEquals(0.6900656, r.effectSize(), 1e-6);
        assertEquals(new KendallsCorrelation().correlation(t, y), r.effectSize(), 1e-12); // Commons Math's tau-b
        assertEquals(2.0 / 3, r.estimate(), 1e-12);
        assertEquals(-1, r.low(), 1e-12);
        assertEquals(2, r.high(), 1e-12);
        // order of the points does not matter, only their times
        TestResult shuffled = Tests.mannKendall(new double[] {6, 1, 4, 3, 5, 2}, new double[] {4, 1, 3, 2, 5, 3}, 0.95);
        assertEquals(r, shuffled);
    }

    @Test
    void kendallVarianceWithTiesInBothIsTheExactPermutationVariance() {
        // Under no trend every assignment of the y values to the times is equally likely, so Var(S) = mean of S² over
        // all n! permutations. Kendall's (1975) formula with ties in t and y must give exactly that.
        double[] t = {1, 1, 2, 2, 2, 3, 4};
        double[] y = {5, 5, 6, 7, 7, 7, 8};
        double sumSq = 0;
        int count = 0;
        for (int[] p : permutations(y.length)) {
            double[] yp = new double[y.length];
            for (int i = 0; i < y.length; i++) yp[i] = y[p[i]];
            double s = Tests.mannKendall(t, yp, 0.95).statistic();
            sumSq += s * s;
            count++;
        }
        assertEquals(5040, count);
        assertEquals(sumSq / count, Tests.kendallVariance(t, y), 1e-9);
    }

    @Test
    void mannKendallDegenerateCases() {
        TestResult flat = Tests.mannKendall(new double[] {1, 2, 3, 4}, new double[] {2, 2, 2, 2}, 0.95);
        assertEquals(0, flat.estimate());
        assertEquals(1, flat.pValue());
        TestResult two = Tests.mannKendall(new double[] {1, 2}, new double[] {1, 3}, 0.95);
        assertEquals(2, two.estimate());
        assertTrue(Double.isNaN(two.pValue()));
        // four points: a 95% interval needs more slopes than there are, so its ends are infinite
        TestResult four = Tests.mannKendall(new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 5}, 0.95);
        assertEquals(Double.NEGATIVE_INFINITY, four.low());
        assertEquals(Double.POSITIVE_INFINITY, four.high());
    }

    static java.util.List<int[]> permutations(int n) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        permute(new int[n], new boolean[n], 0, out);
        return out;
    }

    private static void permute(int[] cur, boolean[] used, int pos, java.util.List<int[]> out) {
        if (pos == cur.length) {
            out.add(cur.clone());
            return;
        }
        for (int i = 0; i < cur.length; i++) {
            if (used[i]) continue;
            used[i] = true;
            cur[pos] = i;
            permute(cur, used, pos + 1, out);
            used[i] = false;
        }
    }
}
