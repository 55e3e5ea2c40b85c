package ayni.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.experiment.Measures;
import ayni.scenario.CalibrationReader;
import ayni.scenario.CalibrationSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A calibration's simulation asks its cutoff as soon as a check is final (a value at a month once that month is run,
 * the others when their scenario ends) and stops there when told; the values it computed are those of a full run.
 */
class EarlyStopSummariesTest {
    @TempDir
    Path tmp;

    private CalibrationSpec spec() throws Exception {
        String root = Path.of("").toAbsolutePath().toString().replace('\\', '/');
        Path f = tmp.resolve("two.yaml");
        Files.writeString(f, """
                name: two
                title: two small scenarios
                seed: 3
                scenarios:
                  - {key: organic, file: %s/scenarios/organic-production.yaml, steps: 36, set: {smeCount: 40}}
                  - {key: sp, file: %s/scenarios/sustainable-production.yaml, steps: 12, set: {smeCount: 40}}
                parameters:
                  - {name: practiceGrowthRate, prior: log-uniform, low: 0.005, high: 0.5}
                summaries:
                  - {name: early, fact: adoption, scenario: organic, measure: adoption_all, at: 1990-12, target: 0.5}
                  - {name: late, fact: adoption, scenario: organic, measure: practice_mean, stat: end, target: 0.5}
                  - {name: sp, fact: sp, scenario: sp, measure: adoption_all, stat: end, target: 0.5}
                heldOut:
                  - {name: held, fact: held, scenario: organic, measure: adoption_all, stat: mean, target: 0.5}
                  - {name: held2, fact: held2, scenario: sp, measure: practice_mean, stat: end, target: 0.5}
                  - {name: held3, fact: held3, scenario: organic, measure: cooperationRate, stat: end, target: 0.5}
                  - {name: held4, fact: held4, scenario: sp, measure: cooperationRate, stat: end, target: 0.5}
                """.formatted(root, root));
        return CalibrationReader.load(f, Measures.catalogue());
    }

    @Test
    void aSimulationStopsWhereItsCutoffSaysAndKeepsWhatItComputed() throws Exception {
        CalibrationSpec spec = spec();
        ScenarioSummaries s = new ScenarioSummaries(spec);
        Map<String, Double> theta = Map.of("practiceGrowthRate", 0.05);
        double[] full = s.values(theta, 42);
        for (double v : full) assertTrue(Double.isFinite(v), java.util.Arrays.toString(full));

        List<double[]> asked = new ArrayList<>();
        double[] never = s.values(theta, 42, p -> {
            asked.add(p);
            return false;
        });
        assertArrayEquals(full, never, "a cutoff that never stops changes nothing");
        // asked once the 1990-12 value is run (month 12 of organic), once organic ends; not after the last scenario
        assertEquals(2, asked.size());
        assertTrue(Double.isFinite(asked.get(0)[0]) && Double.isNaN(asked.get(0)[1]) && Double.isNaN(asked.get(0)[2]));
        assertTrue(Double.isFinite(asked.get(1)[1]) && Double.isNaN(asked.get(1)[2]));

        double[] stopped = s.values(theta, 42, p -> true);
        assertEquals(full[0], stopped[0], 0, "the value at 1990-12 is the full run's");
        for (int i = 1; i < stopped.length; i++) assertTrue(Double.isNaN(stopped[i]), "check " + i + " was not computed");

        double[] afterFirst = s.values(theta, 42, p -> !Double.isNaN(p[1]));
        for (int i : new int[] {0, 1, 3, 5}) assertEquals(full[i], afterFirst[i], 0, "organic's checks, computed in full");
        for (int i : new int[] {2, 4, 6}) assertTrue(Double.isNaN(afterFirst[i]), "sp was not run");
    }
}
