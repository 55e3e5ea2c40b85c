package ayni.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/**
 * The Poisson draws behind every entry and founding rate (docs/ODD.md 7.23): exact by inversion up to a mean of 30,
 * a rounded normal above. Each check's tolerance is 4 standard errors of the statistic, worked out in its comment.
 */
class DrawsTest {

    /** Sample mean, standard deviation and skewness of n draws. */
    private static double[] moments(double mean, int n, long seed) {
        MersenneTwisterFast r = new MersenneTwisterFast(seed);
        double[] x = new double[n];
        double m = 0;
        for (int i = 0; i < n; i++) {
            x[i] = Draws.poisson(r, mean);
            m += x[i] / n;
        }
        double m2 = 0, m3 = 0;
        for (double v : x) {
            m2 += (v - m) * (v - m) / n;
            m3 += (v - m) * (v - m) * (v - m) / n;
        }
        return new double[] {m, Math.sqrt(m2), m3 / Math.pow(m2, 1.5)};
    }

    /** A mean of 0 or below draws nothing. */
    @Test
    void noMeanNoDraws() {
        MersenneTwisterFast r = new MersenneTwisterFast(1);
        assertEquals(0, Draws.poisson(r, 0));
        assertEquals(0, Draws.poisson(r, -3));
    }

    /**
     * Mean 2, by inversion: 100,000 draws have mean 2 +- 4 x sqrt(2 / 100,000) = +-0.018, sd sqrt(2) = 1.414 +-
     * 4 x 1.414 / sqrt(200,000) = +-0.013, and draw 0 with probability e^-2 = 0.1353 +- 4 x sqrt(0.1353 x 0.8647 /
     * 100,000) = +-0.0043.
     */
    @Test
    void smallMeansDrawPoissonCounts() {
        int n = 100_000;
        double[] m = moments(2, n, 3);
        assertEquals(2, m[0], 0.018);
        assertEquals(Math.sqrt(2), m[1], 0.013);
        MersenneTwisterFast r = new MersenneTwisterFast(4);
        int zeros = 0;
        for (int i = 0; i < n; i++) if (Draws.poisson(r, 2) == 0) zeros++;
        assertEquals(Math.exp(-2), zeros / (double) n, 0.0043);
    }

    /**
     * Mean 30 is still drawn by inversion, so the draws have the Poisson's skewness 1 / sqrt(30) = 0.183 (a rounded
     * normal has 0): over 100,000 draws the sample skewness has a standard error of sqrt(6 / 100,000) = 0.0077, so
     * it lies within 0.031 of 0.183; the mean within 4 x sqrt(30 / 100,000) = 0.07 of 30.
     */
    @Test
    void aMeanOf30IsStillDrawnExactly() {
        double[] m = moments(30, 100_000, 5);
        assertEquals(30, m[0], 0.07);
        assertEquals(1 / Math.sqrt(30), m[2], 0.031);
    }

    /**
     * Mean 400, by the rounded normal: 20,000 draws have mean 400 +- 4 x 20 / sqrt(20,000) = +-0.57 and sd 20 +-
     * 4 x 20 / sqrt(40,000) = +-0.4.
     */
    @Test
    void largeMeansDrawARoundedNormal() {
        double[] m = moments(400, 20_000, 6);
        assertEquals(400, m[0], 0.57);
        assertEquals(20, m[1], 0.4);
    }
}
