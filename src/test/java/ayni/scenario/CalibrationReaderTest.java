package ayni.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Calibration files: what is read, and every mistake named with its file, line and a fix. */
class CalibrationReaderTest {
    @TempDir
    Path tmp;

    private static final ExperimentReader.Measures MEASURES = new ExperimentReader.Measures(
            s -> Set.of("adoption_all", "practice_mean", "ties_knowledge", "certified_share", "cooperationRate"),
            List.of("adoption_all"));

    private static final String FILE = """
            name: c1
            title: "A calibration"
            seed: 7
            scenarios:
              - {key: organic, file: $ROOT/scenarios/organic-production.yaml, steps: 24, set: {smeCount: 50}}
            parameters:
              - {name: practiceGrowthRate, prior: log-uniform, low: 0.005, high: 0.5}
              - {name: revertProbability, low: 0, high: 0.1, scenarios: [organic]}
            summaries:
              - {name: adoption, fact: SF1, scenario: organic, measure: adoption_all, target: 0.3, tolerance: 0.05}
              - {name: order, fact: SF2, scenario: organic, measure: practice_mean, minus: {scenario: organic, measure: adoption_all}, above: 0}
            heldOut:
              - {name: h1, fact: SF3, scenario: organic, measure: ties_knowledge, at: 1990-12, target: 100}
              - {name: h2, fact: SF4, scenario: organic, measure: certified_share, below: 0.1}
              - {name: h3, fact: SF5, scenario: organic, measure: cooperationRate, stat: mean, target: 0.5}
              - {name: h4, fact: SF6, scenario: organic, measure: practice_mean, window: 6, target: 0.5}
            population: 30
            stop: {minAcceptance: 0.05}
            """;

    private Path write(String name, String yaml) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path f = tmp.resolve(name);
        Files.writeString(f, yaml.replace("$ROOT", root.toString().replace('\\', '/')));
        return f;
    }

    @Test
    void aCalibrationFileReadsWithItsDefaults() throws Exception {
        CalibrationSpec c = CalibrationReader.load(write("c1.yaml", FILE), MEASURES);
        assertEquals("c1", c.name());
        assertEquals(24, c.scenarios().get(0).steps());
        assertEquals(50.0, c.scenarios().get(0).set().get("smeCount"));
        assertEquals(List.of("practiceGrowthRate", "revertProbability@organic"),
                c.parameters().stream().map(CalibrationSpec.Param::id).toList());
        assertEquals("uniform", c.parameters().get(1).shape());
        assertEquals(2, c.summaries().size());
        assertEquals(4, c.heldOut().size());
        assertEquals(CalibrationSpec.Stat.AT, c.heldOut().get(0).observable().stat());
        assertEquals(CalibrationSpec.Stat.MEAN, c.heldOut().get(2).observable().stat());
        assertEquals(6, c.heldOut().get(3).observable().window());
        assertEquals(0.0, c.summaries().get(1).above());
        assertEquals("adoption_all", c.summaries().get(1).minus().measure());
        assertEquals(0.5, c.alpha());
        assertEquals(0.02 * 2.5, c.minAcceptance(), 1e-12);
        assertEquals(0.0, c.minToleranceDrop());
        assertEquals(100, c.predictive());
        assertEquals(CalibrationSpec.Scale.MAD, c.scale());
        assertNull(c.planted());
        assertEquals(64, c.sha256().length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "unknown parameter | name: practiceGrowthRate, | name: practiceGrowth, | c.yaml:7: parameters[0].name: 'practiceGrowth' is not a model parameter; fix: did you mean 'practiceGrowthRate'?",
            "bad prior | prior: log-uniform | prior: loguniform | c.yaml:7: parameters[0].prior: 'loguniform' is not a prior; fix: did you mean 'log-uniform'?",
            "log-uniform from zero | low: 0.005 | low: 0 | c.yaml:7: parameters[0].low: a log-uniform prior needs low above 0",
            "range beyond the parameter's | high: 0.1, | high: 3, | c.yaml:8: parameters[1].high: 3 is out of range",
            "unknown scenario key | scenarios: [organic] | scenarios: [organc] | c.yaml:8: parameters[1].scenarios[0]: 'organc' is not a scenario key of this file",
            "unknown measure | measure: adoption_all, target | measure: adoptionall, target | c.yaml:10: summaries[0].measure: 'adoptionall' is not a measure; fix: did you mean 'adoption_all'?",
            "no target | target: 0.3, tolerance: 0.05 | tolerance: 0.05 | c.yaml:10: summaries[0]: gives no target",
            "two targets | below: 0.1 | below: 0.1, above: 0 | c.yaml:14: heldOut[1]: gives more than one of target, above and below",
            "month outside the run | at: 1990-12 | at: 1995-12 | c.yaml:13: heldOut[0].at: 1995-12 is outside the run of organic (1990-01 to 1991-12)",
            "too few held-out | - {name: h4, | # - {name: h4, | c.yaml:12: heldOut: names 3 held-out checks, fewer than 4; fix: name at least 4 facts",
            "fixed and fitted | set: {smeCount: 50} | set: {smeCount: 50, revertProbability: 0.1} | c.yaml:8: parameters[1].name: 'revertProbability' is both fitted and fixed",
            "no stopping rule | minAcceptance: 0.05 | minAcceptance: 0 | c.yaml:18: stop: sets no stopping criterion",
            "tolerance scale without tolerance | population: 30 | population: 30\\ndistance: {scale: tolerance} | c.yaml:11: summaries[1]: the distance scales by tolerance, but this check gives none",
            "planted with targets | population: 30 | population: 30\\nplanted: {practiceGrowthRate: 0.05, revertProbability@organic: 0.02} | c.yaml:10: summaries[0]: a planted calibration takes its targets from the planted run",
    })
    void mistakesAreNamedWithFileLineAndFix(String what, String from, String to, String expected) throws Exception {
        assertTrue(FILE.contains(from), what);
        Path f = write("c.yaml", FILE.replace(from, to.replace("\\n", "\n")));
        ScenarioException e = assertThrows(ScenarioException.class, () -> CalibrationReader.load(f, MEASURES), what);
        assertTrue(e.getMessage().contains(expected), what + ": " + e.getMessage());
    }

    @Test
    void plantedValuesMustCoverEveryParameterWithinItsPrior() throws Exception {
        String planted = FILE.replaceAll(", target: [0-9.]+", "").replace(", above: 0", "").replace(", below: 0.1", "")
                + "planted: {practiceGrowthRate: 0.9}\n";
        ScenarioException e = assertThrows(ScenarioException.class, () -> CalibrationReader.load(write("p.yaml", planted), MEASURES));
        assertTrue(e.getMessage().contains("planted.practiceGrowthRate: 0.9 lies outside the prior's range"), e.getMessage());
        assertTrue(e.getMessage().contains("planted: gives no value for 'revertProbability@organic'"), e.getMessage());
        CalibrationSpec ok = CalibrationReader.load(write("q.yaml", planted.replace("{practiceGrowthRate: 0.9}",
                "{practiceGrowthRate: 0.05, revertProbability@organic: 0.02}")), MEASURES);
        assertEquals(0.02, ok.planted().get("revertProbability@organic"));
    }

    @Test
    void theShippedCalibrationFilesRead() throws Exception {
        try (var s = Files.list(Path.of("scenarios", "calibration"))) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".yaml")).toList();
            assertTrue(!files.isEmpty());
            for (Path f : files) {
                CalibrationSpec c = CalibrationReader.load(f, ayni.experiment.Measures.catalogue());
                assertTrue(c.heldOut().size() >= CalibrationReader.MIN_HELD_OUT, f.toString());
            }
        }
    }
}
