package ayni.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Experiment and hypothesis files: what is read, and every mistake named with its file, line and a fix. */
class ExperimentReaderTest {
    @TempDir
    Path tmp;

    private static final ExperimentReader.Measures MEASURES = new ExperimentReader.Measures(
            s -> Set.of("adoption_all", "actors_ngo", "ties_market"), List.of("adoption_all", "actors_ngo"));

    private Path write(String name, String yaml) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path f = tmp.resolve(name);
        Files.writeString(f, yaml.replace("$ROOT", root.toString().replace('\\', '/')));
        return f;
    }

    private static final String PAIRED = """
            name: e1
            title: "A paired experiment"
            kind: paired
            scenario: $ROOT/scenarios/organic-production.yaml
            arms:
              - name: base
              - name: rich
                set: {absorptionFactor: 2}
            replications: 5
            """;

    @Test
    void aPairedExperimentReadsWithItsDefaults() throws Exception {
        ExperimentSpec e = ExperimentReader.load(write("e1.yaml", PAIRED), MEASURES);
        assertEquals(ExperimentSpec.Kind.PAIRED, e.kind());
        assertEquals(List.of("base", "rich"), e.arms().stream().map(ExperimentSpec.Arm::name).toList());
        assertEquals(2.0, e.arm("rich").parameters().getAbsorptionFactor());
        assertEquals(e.scenario().seed(), e.seed());
        assertEquals(e.scenario().steps(), e.steps());
        assertEquals(List.of("adoption_all", "actors_ngo"), e.record());
        assertEquals(12, e.recordEvery());
        assertEquals(12, e.window());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "unknown kind | kind: paired | kind: pared | e.yaml:3: kind: 'pared' is not one of: paired, sweep, replicate-count",
            "one arm | - name: rich | - name: base | e.yaml:7: arms[1].name: arm 'base' is named twice",
            "unknown parameter | absorptionFactor: 2 | absorbtionFactor: 2 | e.yaml:8: arms[1].set.absorbtionFactor: unknown key 'absorbtionFactor'; fix: did you mean 'absorptionFactor'?",
            "parameter out of range | absorptionFactor: 2 | absorptionFactor: -1 | e.yaml:8: arms[1].set.absorptionFactor: -1 is out of range",
            "unknown measure | replications: 5 | replications: 5\\nrecord: [adoption_al] | e.yaml:10: record[0]: 'adoption_al' is not a measure; fix: did you mean 'adoption_all'?",
            "sweep in a paired file | replications: 5 | replications: 5\\nsweep: {design: sobol} | e.yaml:10: sweep: only a 'kind: sweep' experiment has a sweep",
            "too few replications | replications: 5 | replications: 1 | e.yaml:9: replications: 1 is too few for a confidence interval; fix: give at least 2",
            "missing scenario | scenario: $ROOT/scenarios/organic-production.yaml | scenario: nowhere.yaml | e.yaml:4: scenario: scenario file 'nowhere.yaml' not found",
    })
    void mistakesAreNamedWithFileLineAndFix(String what, String from, String to, String expected) throws Exception {
        Path f = write("e.yaml", PAIRED.replace(from, to.replace("\\n", "\n")));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ExperimentReader.load(f, MEASURES), what);
        assertTrue(e.getMessage().contains(expected), what + ": " + e.getMessage());
    }

    @Test
    void sweepsCheckTheirParametersAndCountTheirPoints() throws Exception {
        String sweep = """
                name: s1
                title: "A sweep"
                kind: sweep
                scenario: $ROOT/scenarios/organic-production.yaml
                replications: 2
                sweep:
                  design: morris
                  levels: 3
                  samples: 5
                  parameters:
                    - {name: absorptionFactor, low: 0.5, high: 2}
                    - {name: grantShare, low: 0.8, high: 0.2}
                """;
        ScenarioException e = assertThrows(ScenarioException.class, () -> ExperimentReader.load(write("s.yaml", sweep), MEASURES));
        assertTrue(e.getMessage().contains("s.yaml:8: sweep.levels: Morris needs an even number of grid levels"), e.getMessage());
        assertTrue(e.getMessage().contains("s.yaml:12: sweep.parameters[1].high: high 0.2 is not above low 0.8"), e.getMessage());
        ExperimentSpec ok = ExperimentReader.load(write("s.yaml", sweep.replace("levels: 3", "levels: 4")
                .replace("low: 0.8, high: 0.2", "low: 0.2, high: 0.8")), MEASURES);
        assertEquals(5 * 3, ExperimentReader.points(ok.sweep()));
        assertEquals(List.of("adoption_all", "actors_ngo"), ok.sweep().responses());
    }

    @Test
    void hypothesesCheckArmsMeasuresMonthsAndTheShapeOfTheirTest() throws Exception {
        write("e1.yaml", PAIRED);
        String h = """
                id: H-EM4
                title: "t"
                source: "thesis §2.2.2"
                statement: "s"
                experiment: e1.yaml
                test: paired-t
                a: {arm: base, measure: adoption_all}
                b: {arm: rihc, measure: adoption_all}
                expect: increase
                minEffect: 0.01
                """;
        ScenarioException e = assertThrows(ScenarioException.class, () -> HypothesisReader.load(write("h.yaml", h), MEASURES));
        assertTrue(e.getMessage().contains("h.yaml:8: b.arm: the experiment has no arm 'rihc'; fix: did you mean 'rich'?"), e.getMessage());
        Path ok = write("h.yaml", h.replace("rihc", "rich"));
        assertTrue(HypothesisReader.isHypothesis(ok));
        HypothesisSpec spec = HypothesisReader.load(ok, MEASURES);
        assertEquals(HypothesisSpec.Stat.END, spec.b().stat());
        assertEquals(0.05, spec.alpha());

        String month = h.replace("rihc", "rich").replace("b: {arm: rich, measure: adoption_all}",
                "b: {arm: rich, measure: adoption_all, stat: at, at: 2000-06}");
        e = assertThrows(ScenarioException.class, () -> HypothesisReader.load(write("h.yaml", month), MEASURES));
        assertTrue(e.getMessage().contains("h.yaml:8: b.at: 2000-06 is not a recorded month"), e.getMessage());

        String slope = h.replace("test: paired-t", "test: mann-kendall");
        e = assertThrows(ScenarioException.class, () -> HypothesisReader.load(write("h.yaml", slope), MEASURES));
        assertTrue(e.getMessage().contains("test mann-kendall needs 'series'"), e.getMessage());

        String unrecorded = h.replace("rihc", "rich").replace("a: {arm: base, measure: adoption_all}", "a: {arm: base, measure: ties_market}");
        e = assertThrows(ScenarioException.class, () -> HypothesisReader.load(write("h.yaml", unrecorded), MEASURES));
        assertTrue(e.getMessage().contains("h.yaml:7: a.measure: 'ties_market' is not recorded by experiment e1; fix: add it to the experiment's 'record:' list"), e.getMessage());
    }

    @Test
    void onlyMannWhitneyMayTakeASampleFromAnotherExperiment() throws Exception {
        write("e1.yaml", PAIRED);
        write("e2.yaml", PAIRED.replace("name: e1", "name: e2").replace("organic-production", "sustainable-production")
                .replace("replications: 5", "replications: 4"));
        String h = """
                id: NS3d
                title: "t"
                source: "thesis §8.6.1"
                statement: "s"
                experiment: e1.yaml
                test: paired-t
                a: {arm: base, measure: adoption_all}
                b: {experiment: e2.yaml, arm: base, measure: adoption_all}
                expect: decrease
                minEffect: 0.05
                """;
        ScenarioException e = assertThrows(ScenarioException.class, () -> HypothesisReader.load(write("h.yaml", h), MEASURES));
        assertTrue(e.getMessage().contains("h.yaml:8: b.experiment: only the unpaired test mann-whitney may take a sample from "
                + "another experiment"), e.getMessage());
        e = assertThrows(ScenarioException.class, () -> HypothesisReader.load(write("h.yaml",
                h.replace("paired-t", "mann-whitney").replace("e2.yaml, arm: base", "e3.yaml, arm: base")), MEASURES));
        assertTrue(e.getMessage().contains("h.yaml:8: b.experiment: experiment file 'e3.yaml' not found"), e.getMessage());
        e = assertThrows(ScenarioException.class, () -> HypothesisReader.load(write("h.yaml",
                h.replace("paired-t", "mann-whitney").replace("e2.yaml, arm: base", "e2.yaml, arm: rihc")), MEASURES));
        assertTrue(e.getMessage().contains("h.yaml:8: b.arm: the experiment has no arm 'rihc'"), e.getMessage());

        HypothesisSpec spec = HypothesisReader.load(write("h.yaml", h.replace("paired-t", "mann-whitney")), MEASURES);
        assertEquals("e1", spec.experimentOf(spec.a()).name());
        assertEquals("e2", spec.experimentOf(spec.b()).name());
        assertEquals(List.of("e1", "e2"), spec.experiments().stream().map(ExperimentSpec::name).toList());
        assertEquals(4, spec.experimentOf(spec.b()).replications());
    }

    @Test
    void anOlsSlopeMayTakeAVariedParameterAsX() throws Exception {
        write("e1.yaml", PAIRED);
        String h = """
                id: H-EM4r
                title: "t"
                source: "thesis §7.2.6"
                statement: "s"
                experiment: e1.yaml
                test: ols-slope
                x: {parameter: absorptionFactor}
                y: {measure: adoption_all}
                expect: increase
                minEffect: 0.01
                """;
        HypothesisSpec spec = HypothesisReader.load(write("h.yaml", h), MEASURES);
        assertEquals("absorptionFactor", spec.x().parameter());
        assertEquals("parameter absorptionFactor", spec.x().describe());

        ScenarioException e = assertThrows(ScenarioException.class, () -> HypothesisReader.load(write("h.yaml",
                h.replace("parameter: absorptionFactor", "parameter: absorptionFactr")), MEASURES));
        assertTrue(e.getMessage().contains("h.yaml:7: x.parameter: experiment e1 does not vary 'absorptionFactr'; fix: did you "
                + "mean 'absorptionFactor'?"), e.getMessage());
        e = assertThrows(ScenarioException.class, () -> HypothesisReader.load(write("h.yaml",
                h.replace("parameter: absorptionFactor", "parameter: absorptionFactor, stat: end")), MEASURES));
        assertTrue(e.getMessage().contains("x.stat: a parameter sample takes no 'stat'"), e.getMessage());
        e = assertThrows(ScenarioException.class, () -> HypothesisReader.load(write("h.yaml", h.replace("test: ols-slope", "test: paired-t")
                .replace("x: {parameter: absorptionFactor}", "a: {parameter: absorptionFactor}").replace("y: {", "b: {arm: rich, ")), MEASURES));
        assertTrue(e.getMessage().contains("a.parameter: only 'x' of test ols-slope may be a parameter"), e.getMessage());
    }

    /** Reports and CSVs list an arm's overrides in the file's order, in every JVM (Map.copyOf's order is randomised). */
    @Test
    void armOverridesKeepTheFilesOrder() throws Exception {
        List<String> keys = List.of("paybackHorizonMonths", "interestRate", "absorptionFactor", "grantShare", "tieDecayRate");
        Path f = write("e.yaml", PAIRED.replace("set: {absorptionFactor: 2}",
                "set: {paybackHorizonMonths: 36, interestRate: 0.15, absorptionFactor: 2, grantShare: 0.3, tieDecayRate: 0.02}"));
        ExperimentSpec e = ExperimentReader.load(f, MEASURES);
        assertEquals(keys, List.copyOf(e.arm("rich").set().keySet()));
    }
}
