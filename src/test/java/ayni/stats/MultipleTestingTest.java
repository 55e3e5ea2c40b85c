package ayni.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MultipleTestingTest {

    @Test
    void holmMatchesRsPAdjust() {
        // R: p.adjust(c(0.01, 0.02, 0.03, 0.04, 0.05), "holm") = 0.05 0.08 0.09 0.09 0.09
        assertArrayEquals(new double[] {0.05, 0.08, 0.09, 0.09, 0.09}, MultipleTesting.holm(new double[] {0.01, 0.02, 0.03, 0.04, 0.05}), 1e-12);
        // order does not matter; capped at 1; R: p.adjust(c(0.5, 0.001, 0.3, 0.04), "holm") = 0.6 0.004 0.6 0.12
        assertArrayEquals(new double[] {0.6, 0.004, 0.6, 0.12}, MultipleTesting.holm(new double[] {0.5, 0.001, 0.3, 0.04}), 1e-12);
        assertArrayEquals(new double[] {1, 1}, MultipleTesting.holm(new double[] {0.7, 0.9}), 1e-12);
    }

    @Test
    void nanIsLeftOutOfTheFamily() {
        double[] a = MultipleTesting.holm(new double[] {0.02, Double.NaN, 0.03});
        assertTrue(Double.isNaN(a[1]));
        assertArrayEquals(new double[] {0.04, 0.04}, new double[] {a[0], a[2]}, 1e-12);
    }
}
