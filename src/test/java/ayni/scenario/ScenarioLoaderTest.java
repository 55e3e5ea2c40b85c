package ayni.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.Tiny;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioLoaderTest {

    static Stream<Path> scenarioFiles() throws Exception {
        return Files.list(Path.of("scenarios")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("scenarioFiles")
    void everyShippedScenarioLoads(Path file) throws Exception {
        Scenario s = ScenarioLoader.load(file);
        assertTrue(s.steps() > 0);
        assertEquals(64, s.sha256().length());
    }

    @Test
    void organicProductionCoversThePeriodOfTheThesis() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/organic-production.yaml"));
        assertEquals("1990-01", s.start().toString());
        assertEquals("2012-12", s.end().toString());
        assertEquals(276, s.steps());
    }

    private static String problem(String yaml) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("bad.yaml", yaml));
        return e.getMessage();
    }

    @Test
    void unknownKeyNamesLineFieldAndSuggestsTheKnownOne() {
        String yaml = Tiny.donorAndNgo(null, null).replace("    budget: 120000", "    budgett: 120000");
        String m = problem(yaml);
        assertTrue(m.startsWith("bad.yaml:"), m);
        assertTrue(m.contains("donors[0].budgett: unknown key 'budgett'; fix: did you mean 'budget'?"), m);
        int line = yaml.lines().toList().indexOf("    budgett: 120000") + 1;
        assertTrue(m.contains("bad.yaml:" + line + ":"), m + " expected line " + line);
    }

    @Test
    void wrongTypeOutOfRangeAndMissingKeysAreAllReported() {
        String yaml = Tiny.donorAndNgo(null, null)
                .replace("budget: 120000", "budget: lots")
                .replace("knowledge: 0.6", "knowledge: 1.6")
                .replace("    kind: internationalNgo\n", "");
        String m = problem(yaml);
        assertTrue(m.contains("donors[0].budget: expected a number (USD per year), got 'lots'"), m);
        assertTrue(m.contains("ngos[0].knowledge: 1.6 is out of range; fix: use a value between 0 and 1"), m);
        assertTrue(m.contains("donors[0]: missing required key 'kind'"), m);
    }

    /** Found by the fuzzer: a list retyped as a folded block of text put the block's line breaks into the problem. */
    @Test
    void aBlockOfTextWhereAListBelongsIsOneShortLine() {
        String yaml = Tiny.donorAndNgo(null, null).replace("ties:\n  - {from: d1, to: n1, layer: funding, weight: 0.8}",
                "ties: >\n  - {from: d1, to: n1,\n      layer: funding, weight: 0.8}\n  - {from: n1}");
        String m = problem(yaml);
        assertEquals(1, m.lines().count(), m);
        assertTrue(m.matches("bad\\.yaml:\\d+: ties: expected a list, got '- \\{from: d1.*'; fix: .+"), m);
        assertTrue(m.contains("\\n"), "the line break is shown, not made: " + m);
        assertEquals("a\\nb\\nc\\nd", Problem.oneLine("a\r\nb\nc\u2028d"));
    }

    @Test
    void undefinedReferenceSuggestsTheClosestId() {
        String m = problem(Tiny.donorAndNgo(null, null).replace("{from: d1, to: n1,", "{from: d1, to: n2,"));
        assertTrue(m.contains("ties[0].to: 'n2' is not an actor or SME group defined in this scenario; fix: did you mean"), m);
    }

    @Test
    void badChoiceListsTheAllowedValues() {
        String m = problem(Tiny.donorAndNgo(null, null).replace("type: conventional", "type: conventionl"));
        assertTrue(m.contains("ngos[0].type: 'conventionl' is not one of: conventional, producer, market, business,"
                + " technocratic, gongo; fix: did you mean 'conventional'?"), m);
    }

    @Test
    void duplicateIdsAndBadDatesAreReported() {
        String yaml = Tiny.donorAndNgo("    until: 1999-05\n", null).replace("id: n1", "id: d1")
                .replace("{from: d1, to: n1,", "{from: d1, to: g,");
        String m = problem(yaml);
        assertTrue(m.contains("ngos[0].id: id 'd1' is already used by donors[0]"), m);
        assertTrue(m.contains("donors[0].until: until 1999-05 is before the period starts (2000-01)"), m);
    }

    @Test
    void yamlSyntaxErrorGivesTheLine() {
        String m = problem(Tiny.HEADER + "donors:\n  - id: x\n   kind: [unclosed\n");
        assertTrue(m.startsWith("bad.yaml:"), m);
        assertTrue(m.contains("YAML syntax error"), m);
    }

    @Test
    void parameterOverridesAreCheckedAgainstTheirRange() {
        String m = problem(Tiny.donorAndNgo(null, "  tieDecayRate: 3\n  tieDecayRat: 0.1\n"));
        assertTrue(m.contains("parameters.tieDecayRate: tieDecayRate must be between 0 and 1"), m);
        assertTrue(m.contains("parameters.tieDecayRat: unknown key 'tieDecayRat'; fix: did you mean 'tieDecayRate'?"), m);
    }

    @Test
    void parameterOverridesAreApplied() {
        Scenario s = Tiny.parse(Tiny.donorAndNgo(null, "  tieDecayRate: 0.25\n  projectMonths: 6\n"));
        assertEquals(0.25, s.parameters().getTieDecayRate());
        assertEquals(6, s.parameters().getProjectMonths());
    }

    @Test
    void absurdSizesAreRefusedBeforeAnythingIsBuilt() {
        String m = problem(Tiny.donorAndNgo(null, null).replace("count: 20", "count: 1000000000"));
        assertTrue(m.contains("smes[0].count: 1000000000 is out of range; fix: use a whole number between 0 and 2000000"), m);
    }

    @Test
    void yamlTagsNeverConstructClasses() {
        String m = problem(Tiny.HEADER + "donors: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n");
        assertTrue(m.contains("donors"), m);
    }

    @Test
    void missingFileIsAClearProblem() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(Path.of("nope.yaml")));
        assertEquals("nope.yaml: file not found; fix: check the path; scenarios live in scenarios/", e.getMessage());
    }

    @Test
    void everyParameterHasAMasonBeanPropertyWithItsDefault() {
        Parameters p = new Parameters();
        for (Parameters.Spec s : Parameters.SPECS) {
            assertEquals(s.defaultValue(), p.get(s.name()), 1e-12, s.name());
            assertTrue(s.defaultValue() >= s.min() && s.defaultValue() <= s.max(), s.name());
        }
        assertEquals(Parameters.SPECS.size(), p.values().size());
    }
}
