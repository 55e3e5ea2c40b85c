package ayni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fitted exponent is the slope of log step cost on log live ties. */
class StepScalingTest {
    @Test
    void theExponentIsTheLogLogSlope() {
        List<StepScaling.Size> linear = List.of(new StepScaling.Size(1, 1, 1e5, 20, 0), new StepScaling.Size(1, 1, 4e5, 80, 0),
                new StepScaling.Size(1, 1, 1e6, 200, 0));
        assertEquals(1.0, StepScaling.exponent(linear), 1e-12);
        List<StepScaling.Size> steeper = List.of(new StepScaling.Size(1, 1, 1e5, 10, 0), new StepScaling.Size(1, 1, 4e5, 80, 0));
        assertEquals(1.5, StepScaling.exponent(steeper), 1e-12);
        assertEquals(Double.NaN, StepScaling.exponent(linear.subList(0, 1)));
    }
}
