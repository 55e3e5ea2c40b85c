package ayni.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class VarianceDecompositionTest {

    @Test
    void byHand() {
        // rows means 2 and 6 (grand 4); within variances 1 and 1; between s² = 8; parameter = 8 − 1/3
        VarianceDecomposition d = VarianceDecomposition.of(new double[][] {{1, 2, 3}, {5, 6, 7}});
        assertEquals(4, d.mean(), 1e-12);
        assertEquals(1, d.stochastic(), 1e-12);
        assertEquals(8 - 1.0 / 3, d.parameter(), 1e-12);
        // no parameter effect beyond what seeds give: truncated at 0
        assertEquals(0, VarianceDecomposition.of(new double[][] {{1, 3}, {3, 1}}).parameter());
        assertThrows(IllegalArgumentException.class, () -> VarianceDecomposition.of(new double[][] {{1}, {2}}));
    }

    @Test
    void recoversPlantedComponents() {
        // y = a_i + e_ij, a ~ N(0, 4), e ~ N(0, 1): 400 sets of 5 seeds
        Well19937c rng = new Well19937c(3);
        double[][] y = new double[400][5];
        for (double[] row : y) {
            double a = 2 * rng.nextGaussian();
            for (int j = 0; j < row.length; j++) row[j] = 10 + a + rng.nextGaussian();
        }
        VarianceDecomposition d = VarianceDecomposition.of(y);
        assertEquals(4, d.parameter(), 0.7);
        assertEquals(1, d.stochastic(), 0.1);
        assertEquals(0.8, d.parameterShare(), 0.05);
    }
}
