package ayni.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BadInputTest {

    private static void fails(String message, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(message, e.getMessage());
    }

    @Test
    void testsRejectBadSamples() {
        double[] ten = new double[10];
        double[] nine = new double[9];
        fails("paired samples differ in length: 10 and 9", () -> Tests.pairedT(ten, nine, 0.95));
        fails("paired samples differ in length: 10 and 9", () -> Tests.wilcoxon(ten, nine, 0.95));
        fails("x and y differ in length: 10 and 9", () -> Tests.olsSlope(ten, nine, 0.95));
        fails("time and value series differ in length: 10 and 9", () -> Tests.mannKendall(ten, nine, 0.95));
        fails("sample b has NaN at index 1", () -> Tests.pairedT(new double[] {1, 2}, new double[] {1, Double.NaN}, 0.95));
        fails("sample a has an infinite value at index 0",
                () -> Tests.mannWhitney(new double[] {Double.POSITIVE_INFINITY}, new double[] {1}, 0.95));
        fails("sample a is empty", () -> Tests.mannWhitney(new double[0], new double[] {1}, 0.95));
        fails("sample a is missing (null)", () -> Tests.wilcoxon(null, new double[] {1}, 0.95));
        fails("confidence level must be strictly between 0 and 1, got 95.0",
                () -> Tests.pairedT(new double[] {1, 2}, new double[] {2, 3}, 95));
        fails("confidence level must be strictly between 0 and 1, got NaN",
                () -> Tests.olsSlope(new double[] {1, 2}, new double[] {2, 3}, Double.NaN));
    }

    @Test
    void replicateCountRejectsBadArguments() {
        fails("sd must be finite and at least 0, got -1.0", () -> ReplicateCount.needed(-1, 0.5, 0.95));
        fails("half-width must be finite and above 0, got 0.0", () -> ReplicateCount.needed(1, 0, 0.95));
        fails("confidence level must be strictly between 0 and 1, got 1.0", () -> ReplicateCount.needed(1, 0.5, 1));
        fails("more than 100000000 replications would be needed", () -> ReplicateCount.needed(1e6, 1e-3, 0.95));
    }

    @Test
    void designsRejectBadArguments() {
        List<Factor> two = List.of(Factor.of("a", 0, 1), Factor.of("b", 0, 1));
        fails("factor x has low 2.0 above high 1.0", () -> Factor.of("x", 2, 1));
        fails("factor x needs a finite range, got NaN to 1.0", () -> Factor.of("x", Double.NaN, 1));
        fails("a factor needs a name", () -> Factor.of(" ", 0, 1));
        fails("factor a: u must lie in [0, 1], got 1.5", () -> two.get(0).scale(1.5));
        fails("a design needs at least one factor", () -> Designs.fullFactorial(List.of(), 3));
        fails("factor named twice: a", () -> Designs.oneAtATime(List.of(two.get(0), two.get(0)), 3));
        fails("a full factorial needs at least 2 levels, got 1", () -> Designs.fullFactorial(two, 1));
        fails("full factorial of 2 factors at 5000 levels has 25000000 points, more than 10000000",
                () -> Designs.fullFactorial(two, 5000));
        fails("a Latin hypercube needs at least 1 point, got 0", () -> Designs.latinHypercube(two, 0, 1));
        fails("Morris levels must be even and at least 2, got 5", () -> Designs.morris(two, 10, 5, 1));
        fails("Morris needs at least 1 trajectory, got 0", () -> Designs.morris(two, 0, 4, 1));
        fails("Saltelli sampling needs at least 2 base points, got 1", () -> Designs.saltelli(two, 1));
        fails("expected one response per design point: 9 points but 8 responses",
                () -> Designs.morris(two, 3, 4, 1).analyse(new double[8]));
        fails("responses has NaN at index 0", () -> Designs.saltelli(two, 4).analyse(new double[] {
            Double.NaN, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
    }
}
