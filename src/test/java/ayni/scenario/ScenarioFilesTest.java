package ayni.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.experiment.SingleRun;
import ayni.metrics.TimeSeries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario shipped in scenarios/ (what-ifs included) validates and runs its first 24 months. */
class ScenarioFilesTest {
    private static boolean isScenario(Path p) {
        try {
            FileKind k = FileKind.of(p);
            return k == FileKind.SCENARIO || k == FileKind.WHATIF;
        } catch (ScenarioException e) {
            return true; // unreadable: let the test below report it
        }
    }

    static Stream<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("scenarios"))) {
            // the scenarios and what-ifs, told from experiment, hypothesis, pattern and calibration files by FileKind
            List<Path> list = s.filter(p -> p.toString().endsWith(".yaml") && isScenario(p)).sorted().toList();
            assertFalse(list.isEmpty());
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void validatesAndRuns24Months(Path file) throws Exception {
        Scenario s = ScenarioLoader.load(file);
        assertFalse(s.title().isBlank(), "a title");
        TimeSeries ts = SingleRun.run(s, s.seed(), s.parameters(), 24, null).series();
        assertEquals(Math.min(24, s.steps()), ts.size());
        double[] imbalance = ts.column("fundingImbalance");
        double[] injected = ts.column("fundingInjected");
        double total = 0;
        for (double v : injected) total += v;
        for (double v : imbalance) assertTrue(Math.abs(v) <= 1e-6 * Math.max(1, total), file + ": funding not conserved");
    }
}
