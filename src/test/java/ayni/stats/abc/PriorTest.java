package ayni.stats.abc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class PriorTest {

    @Test
    void logUniformSpendsAsManyDrawsInEachDecade() {
        Prior p = Prior.logUniform("x", 0.001, 10);
        Well19937c rng = new Well19937c(1);
        int[] decade = new int[4];
        for (int i = 0; i < 40_000; i++) {
            double x = p.toTheta(p.sample(rng));
            assertTrue(x >= 0.001 && x <= 10);
            decade[(int) Math.floor(Math.log10(x) + 3)]++;
        }
        for (int d : decade) assertEquals(10_000, d, 400);
        assertEquals(1 / (Math.log(10) - Math.log(0.001)), p.density(p.toZ(1)), 1e-12);
        assertEquals(0, p.density(p.toZ(20)));
    }

    @Test
    void aTruncatedNormalIntegratesToOne() {
        Prior p = Prior.normal("x", 0.2, 1, -1, 0.5);
        double s = 0, h = 1e-4;
        for (double z = -1; z < 0.5; z += h) s += p.density(z + h / 2) * h;
        assertEquals(1, s, 1e-6);
        Well19937c rng = new Well19937c(2);
        for (int i = 0; i < 1000; i++) {
            double z = p.sample(rng);
            assertTrue(z >= -1 && z <= 0.5);
        }
    }

    @Test
    void integerParametersGiveEveryValueTheSameMass() {
        Prior p = Prior.uniform("n", 1, 4).asInteger();
        Well19937c rng = new Well19937c(3);
        int[] count = new int[5];
        for (int i = 0; i < 40_000; i++) count[(int) p.toTheta(p.sample(rng))]++;
        assertEquals(0, count[0]);
        for (int v = 1; v <= 4; v++) assertEquals(10_000, count[v], 400);
    }

    @Test
    void centralWidthOfAUniformAndALogUniformPrior() {
        assertEquals(0.9, Prior.uniform("x", 0, 1).centralWidth(0.9), 1e-12);
        // log-uniform on [1, 100]: 5 % and 95 % quantiles are 10^0.1 and 10^1.9
        assertEquals(Math.pow(10, 1.9) - Math.pow(10, 0.1), Prior.logUniform("x", 1, 100).centralWidth(0.9), 1e-9);
    }

    @Test
    void badPriorsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Prior.logUniform("x", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Prior.uniform("x", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Prior.normal("x", 0, 0, -1, 1));
    }
}
