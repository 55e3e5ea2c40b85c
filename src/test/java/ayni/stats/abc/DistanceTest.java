package ayni.stats.abc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DistanceTest {

    @Test
    void everyFactWeighsTheSameHoweverManyChecksItHas() {
        // fact A has three checks each off by one scale unit, fact B one check off by one unit: both add 1
        Distance d = new Distance(List.of(new Distance.Term(0, Target.value(0), "A", 1), new Distance.Term(1, Target.value(0), "A", 1),
                new Distance.Term(2, Target.value(0), "A", 1), new Distance.Term(3, Target.value(0), "B", 2)));
        assertEquals(Math.sqrt(2), d.of(new double[] {1, -1, 1, 2}), 1e-12);
        assertEquals(1, d.of(new double[] {0, 0, 0, 2}), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, d.of(new double[] {Double.NaN, 0, 0, 0}));
    }

    @Test
    void bandsAndDirectionsCostNothingInside() {
        Distance d = new Distance(List.of(new Distance.Term(0, Target.atLeast(0.5), "A", 0.1),
                new Distance.Term(1, new Target(1, 2), "B", 1)));
        assertEquals(0, d.of(new double[] {0.9, 1.5}));
        assertEquals(Math.sqrt(4 + 0.25), d.of(new double[] {0.3, 2.5}), 1e-12);
    }

    @Test
    void missingScalesComeFromThePriorPredictiveMad() {
        Distance d = new Distance(List.of(new Distance.Term(0, Target.value(0), "A", Double.NaN),
                new Distance.Term(1, Target.value(0), "B", 5)));
        assertThrows(IllegalStateException.class, () -> d.of(new double[] {1, 1}));
        Distance s = d.scaledBy(List.of(new double[] {1, 0}, new double[] {2, 0}, new double[] {4, 0}, new double[] {7, 0},
                new double[] {Double.NaN, 0}));
        // median 3 of {1,2,4,7}; deviations {2,1,1,4}, median 1.5, × 1.4826
        assertEquals(1.4826 * 1.5, s.scales()[0], 1e-12);
        assertEquals(5, s.scales()[1]);
        // all equal: scale 1, never a division by zero
        assertEquals(1, d.scaledBy(List.of(new double[] {3, 0}, new double[] {3, 0})).scales()[0]);
    }
}
