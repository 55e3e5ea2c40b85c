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

    /**
     * A band or bound no prior-predictive output meets is measured from the closest of them; one that some output
     * meets, and a point target, are not.
     */
    @Test
    void aTargetNoPriorDrawMeetsIsMeasuredFromItsClosestApproach() {
        Distance d = new Distance(List.of(new Distance.Term(0, Target.atLeast(1), "A", 0.1),
                new Distance.Term(1, new Target(0, 0.05), "B", 0.1), new Distance.Term(2, Target.value(0.5), "C", 0.1)));
        List<double[]> prior = List.of(new double[] {0.2, 0.3, 0.4}, new double[] {0.3, 0.02, 0.45}, new double[] {Double.NaN, 0.4, 0.7});
        Distance f = d.flooredBy(prior);
        assertEquals(0.7, f.floors()[0], 1e-12, "the best prior output 0.3 is 0.7 short of 1");
        assertEquals(0, f.floors()[1], "0.02 lies in the band");
        assertEquals(0, f.floors()[2], "a point target has no floor");
        // 0.3 is at the floor: no misfit; 0.1 is 0.2 beyond it, two scale units
        assertEquals(0, f.of(new double[] {0.3, 0.02, 0.5}), 1e-12);
        assertEquals(2, f.of(new double[] {0.1, 0.02, 0.5}), 1e-12);
        assertEquals(Math.sqrt(49 + 4), d.of(new double[] {0.3, 0.02, 0.3}), 1e-12);
        assertEquals(2, f.of(new double[] {0.3, 0.02, 0.3}), 1e-12);
        assertEquals(f.of(new double[] {0.1, 0.02, 0.3}), f.lowerBound(new double[] {0.1, 0.02, 0.3}), 1e-12);
        // scales set afterwards keep the floors
        Distance both = new Distance(List.of(new Distance.Term(0, Target.atLeast(1), "A", Double.NaN))).flooredBy(prior);
        assertEquals(0.7, both.scaledBy(prior).floors()[0], 1e-12);
    }
}
