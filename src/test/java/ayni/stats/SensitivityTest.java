package ayni.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class SensitivityTest {

    private static double[] evaluate(double[][] points, ToDoubleFunction<double[]> f) {
        double[] y = new double[points.length];
        for (int i = 0; i < points.length; i++) y[i] = f.applyAsDouble(points[i]);
        return y;
    }

    // ---------------------------------------------------------------- Sobol indices

    /**
     * Ishigami function f = sin x1 + a sin² x2 + b x3⁴ sin x1 on [−π, π]³ (Ishigami &amp; Homma 1990), a = 7, b = 0.1.
     * Analytic variances (Sobol' &amp; Levitan 1999; Saltelli et al. 2008, Global Sensitivity Analysis: The Primer):
     * V1 = ½(1 + bπ⁴/5)², V2 = a²/8, V3 = 0, V13 = b²π⁸(1/18 − 1/50), V = a²/8 + bπ⁴/5 + b²π⁸/18 + ½,
     * giving S1 = 0.3139, S2 = 0.4424, S3 = 0, ST1 = 0.5576, ST2 = 0.4424, ST3 = 0.2437.
     * <p>
     * Tolerance: with n = 4096 base points (20,480 evaluations, about 0.2 s) the quasi-Monte Carlo estimates land
     * within 0.0005 of the analytic values, while the bootstrap 95% intervals, which measure
     * what a random sample of that size would give, are ±0.02 to ±0.045 wide. 0.01 is a quarter of the widest
     * half-width and twenty times the error seen. The analytic values must also lie inside the bootstrap intervals.
     */
    @Test
    void ishigamiIndicesMatchTheAnalyticValues() {
        double a = 7;
        double b = 0.1;
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = pi4 * pi4;
        double v1 = 0.5 * Math.pow(1 + b * pi4 / 5, 2);
        double v2 = a * a / 8;
        double v13 = b * b * pi8 * (1.0 / 18 - 1.0 / 50);
        double v = a * a / 8 + b * pi4 / 5 + b * b * pi8 / 18 + 0.5;
        double[] first = {v1 / v, v2 / v, 0};
        double[] total = {(v1 + v13) / v, v2 / v, v13 / v};
        assertEquals(0.3139, first[0], 5e-5);
        assertEquals(0.4424, first[1], 5e-5);
        assertEquals(0.5576, total[0], 5e-5);
        assertEquals(0.2437, total[2], 5e-5);

        List<Factor> factors = List.of(Factor.of("x1", -Math.PI, Math.PI), Factor.of("x2", -Math.PI, Math.PI),
                Factor.of("x3", -Math.PI, Math.PI));
        SaltelliDesign design = Designs.saltelli(factors, 4096);
        double[][] pts = design.points();
        assertEquals(4096 * 5, pts.length);
        double[] y = evaluate(pts, x -> Math.sin(x[0]) + a * Math.pow(Math.sin(x[1]), 2)
                + b * Math.pow(x[2], 4) * Math.sin(x[0]));
        List<SaltelliDesign.SobolIndex> s = design.analyse(y);
        for (int i = 0; i < 3; i++) {
            SaltelliDesign.SobolIndex si = s.get(i);
            assertEquals("x" + (i + 1), si.factor());
            assertEquals(first[i], si.first(), 0.01, "S" + (i + 1));
            assertEquals(total[i], si.total(), 0.01, "ST" + (i + 1));
            assertTrue(si.firstLow() <= first[i] && first[i] <= si.firstHigh(), "S" + (i + 1) + " in its interval");
            assertTrue(si.totalLow() <= total[i] && total[i] <= si.totalHigh(), "ST" + (i + 1) + " in its interval");
        }
        // the bootstrap is deterministic from its fixed seed
        assertEquals(s, design.analyse(y));
    }

    /**
     * Adding a constant to the output changes no variance, so no index may change. With few base points the
     * uncentred first-order estimator mean(f(B)(f(AB_i) − f(A))) is swamped by the offset (its error grows with the
     * mean squared): for Ishigami + 1000 at n = 32 it gave first-order indices of several units.
     */
    @Test
    void indicesDoNotMoveWhenAConstantIsAddedToTheOutput() {
        List<Factor> factors = List.of(Factor.of("x1", -Math.PI, Math.PI), Factor.of("x2", -Math.PI, Math.PI),
                Factor.of("x3", -Math.PI, Math.PI));
        SaltelliDesign design = Designs.saltelli(factors, 32);
        ToDoubleFunction<double[]> ishigami = x -> Math.sin(x[0]) + 7 * Math.pow(Math.sin(x[1]), 2)
                + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]);
        double[] y = evaluate(design.points(), ishigami);
        double[] shifted = evaluate(design.points(), x -> 1000 + ishigami.applyAsDouble(x));
        List<SaltelliDesign.SobolIndex> s = design.analyse(y), t = design.analyse(shifted);
        for (int i = 0; i < 3; i++) {
            assertEquals(s.get(i).first(), t.get(i).first(), 1e-6, "S" + (i + 1));
            assertEquals(s.get(i).total(), t.get(i).total(), 1e-6, "ST" + (i + 1));
            assertEquals(s.get(i).firstLow(), t.get(i).firstLow(), 1e-6);
            assertEquals(s.get(i).firstHigh(), t.get(i).firstHigh(), 1e-6);
            assertTrue(Math.abs(t.get(i).first()) < 1.5, "S" + (i + 1) + " = " + t.get(i).first() + " is no share of variance");
        }
    }

    @Test
    void linearAdditiveFunctionSplitsVarianceBySquaredCoefficients() {
        // f = 1·x1 + 2·x2 + 1.5·x3 with x1, x2 on [0, 1] and x3 on [0, 2]: Var = (1² + 2² + 3²)/12 (x3's term is
        // 3·(x3/2) with x3/2 uniform on [0, 1]), so S = ST = 1/14, 4/14, 9/14; no interactions, so S = ST.
        List<Factor> factors = List.of(Factor.of("x1", 0, 1), Factor.of("x2", 0, 1), Factor.of("x3", 0, 2));
        SaltelliDesign design = Designs.saltelli(factors, 1024);
        double[] y = evaluate(design.points(), x -> x[0] + 2 * x[1] + 1.5 * x[2]);
        List<SaltelliDesign.SobolIndex> s = design.analyse(y);
        double[] share = {1.0 / 14, 4.0 / 14, 9.0 / 14};
        for (int i = 0; i < 3; i++) {
            assertEquals(share[i], s.get(i).first(), 0.01);
            assertEquals(share[i], s.get(i).total(), 0.01);
        }
    }

    @Test
    void saltelliRowsAreABThenAWithOneColumnOfB() {
        List<Factor> factors = List.of(Factor.of("p", 10, 20), Factor.of("q", 0, 1), Factor.integer("r", 1, 5));
        SaltelliDesign design = Designs.saltelli(factors, 8);
        double[][] u = design.unitPoints();
        double[][] p = design.points();
        assertEquals(8 * 5, u.length);
        for (int j = 0; j < 8; j++) {
            for (int i = 0; i < 3; i++) {
                double[] ab = u[(2 + i) * 8 + j];
                for (int c = 0; c < 3; c++) assertEquals(c == i ? u[8 + j][c] : u[j][c], ab[c]);
            }
        }
        for (double[] row : p) {
            assertTrue(row[0] >= 10 && row[0] <= 20);
            assertEquals(Math.rint(row[2]), row[2]);
        }
        // a constant response has nothing to apportion
        for (SaltelliDesign.SobolIndex si : design.analyse(new double[40])) {
            assertEquals(0, si.first());
            assertEquals(0, si.total());
        }
    }

    // ---------------------------------------------------------------- Morris

    @Test
    void morrisOnALinearFunctionGivesCoefficientTimesRange() {
        // f = 3·a − 2·b + 0·c with a on [0, 10], b on [5, 7]: every elementary effect of a is 3·10 = 30, of b
        // −2·2 = −4, of c 0 (effects per unit of scaled range), so mu = ±mu*, sigma = 0.
        List<Factor> factors = List.of(Factor.of("a", 0, 10), Factor.of("b", 5, 7), Factor.of("c", -1, 1));
        MorrisDesign design = Designs.morris(factors, 12, 4, 42);
        List<MorrisDesign.ElementaryEffects> ee = design.analyse(evaluate(design.points(), x -> 3 * x[0] - 2 * x[1]));
        assertEquals("a", ee.get(0).factor());
        assertEquals(30, ee.get(0).mu(), 1e-9);
        assertEquals(30, ee.get(0).muStar(), 1e-9);
        assertEquals(0, ee.get(0).sigma(), 1e-9);
        assertEquals(-4, ee.get(1).mu(), 1e-9);
        assertEquals(4, ee.get(1).muStar(), 1e-9);
        assertEquals(0, ee.get(1).sigma(), 1e-9);
        assertEquals(0, ee.get(2).muStar(), 1e-12);
    }

    @Test
    void morrisSeesInteractionsAsSpread() {
        // f = x1·x2 + x3 on [0, 1]³: the effect of x1 is x2 (and of x2 is x1), which changes from trajectory to
        // trajectory, so sigma > 0; x3 is additive, every effect 1, sigma 0. x4 does nothing.
        List<Factor> factors = List.of(Factor.of("x1", 0, 1), Factor.of("x2", 0, 1), Factor.of("x3", 0, 1),
                Factor.of("x4", 0, 1));
        MorrisDesign design = Designs.morris(factors, 20, 4, 7);
        List<MorrisDesign.ElementaryEffects> ee = design.analyse(evaluate(design.points(), x -> x[0] * x[1] + x[2]));
        assertTrue(ee.get(0).sigma() > 0.1, "x1 interacts");
        assertTrue(ee.get(1).sigma() > 0.1, "x2 interacts");
        assertEquals(0, ee.get(2).sigma(), 1e-9);
        assertEquals(1, ee.get(2).muStar(), 1e-9);
        assertEquals(0, ee.get(3).muStar(), 1e-12);
        assertEquals(0, ee.get(3).sigma(), 1e-12);
        // x1's effects are the values of x2 where it moved: between 0 and 1
        assertTrue(ee.get(0).muStar() > 0 && ee.get(0).muStar() < 1);
    }

    @Test
    void everyMorrisTrajectoryMovesEachFactorOnceByDelta() {
        List<Factor> factors = List.of(Factor.of("a", 0, 1), Factor.of("b", 0, 1), Factor.of("c", 0, 1));
        int levels = 6;
        MorrisDesign design = Designs.morris(factors, 30, levels, 3);
        double delta = 6.0 / (2 * 5);
        assertEquals(delta, design.delta(), 1e-15);
        double[][] u = design.unitPoints();
        assertEquals(30 * 4, u.length);
        for (int t = 0; t < 30; t++) {
            boolean[] moved = new boolean[3];
            for (int m = 0; m < 3; m++) {
                double[] before = u[t * 4 + m];
                double[] after = u[t * 4 + m + 1];
                int changed = -1;
                for (int j = 0; j < 3; j++) {
                    if (before[j] != after[j]) {
                        assertEquals(-1, changed, "one factor per step");
                        changed = j;
                    }
                }
                assertTrue(changed >= 0);
                assertEquals(changed, design.movedFactor(t, m));
                assertEquals(delta, Math.abs(after[changed] - before[changed]), 1e-12);
                assertTrue(!moved[changed], "each factor once");
                moved[changed] = true;
            }
            for (double[] row : java.util.Arrays.copyOfRange(u, t * 4, t * 4 + 4)) {
                for (double x : row) {
                    double grid = x * (levels - 1);
                    assertEquals(Math.rint(grid), grid, 1e-9, "on the grid");
                    assertTrue(x >= 0 && x <= 1);
                }
            }
        }
        // deterministic from the seed, different for another seed
        assertTrue(java.util.Arrays.deepEquals(design.points(), Designs.morris(factors, 30, levels, 3).points()));
        assertTrue(!java.util.Arrays.deepEquals(design.points(), Designs.morris(factors, 30, levels, 4).points()));
    }
}
