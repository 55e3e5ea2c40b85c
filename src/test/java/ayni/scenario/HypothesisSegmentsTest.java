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

/**
 * A hypothesis about a segment of SMEs names its observable for every segment of the family (all three size classes),
 * and each segment becomes a hypothesis of its own: no class can be picked because it happens to agree.
 */
class HypothesisSegmentsTest {
    @TempDir
    Path tmp;

    private static final List<String> SEGMENTED = List.of("adoption_all", "adoption_microLocal", "adoption_microExport",
            "adoption_smallLocal", "adoption_smallExport", "adoption_mediumLocal", "adoption_mediumExport");
    private static final ExperimentReader.Measures MEASURES = new ExperimentReader.Measures(s -> Set.copyOf(SEGMENTED), SEGMENTED);

    private static final String H = """
            id: H-EM8
            title: "Export-oriented SMEs adopt more"
            source: "thesis §7.2.6"
            statement: "s"
            experiment: e1.yaml
            test: paired-t
            a: {arm: base, measure: adoption_smallLocal}
            b: {arm: base, measure: adoption_smallExport}
            expect: increase
            minEffect: 0.05
            """;

    private Path write(String segments) throws Exception {
        String root = Path.of("").toAbsolutePath().toString().replace('\\', '/');
        Files.writeString(tmp.resolve("e1.yaml"), """
                name: e1
                title: "A paired experiment"
                kind: paired
                scenario: %s/scenarios/organic-production.yaml
                arms:
                  - name: base
                  - name: rich
                    set: {absorptionFactor: 2}
                replications: 5
                """.formatted(root));
        Path f = tmp.resolve("h.yaml");
        Files.writeString(f, H + segments);
        return f;
    }

    @Test
    void everySizeClassIsTestedAndReported() throws Exception {
        HypothesisSpec h = HypothesisReader.load(write("""
                segments:
                  - {name: micro, a: adoption_microLocal, b: adoption_microExport}
                  - {name: small, a: adoption_smallLocal, b: adoption_smallExport}
                  - {name: medium, a: adoption_mediumLocal, b: adoption_mediumExport}
                """), MEASURES);
        List<HypothesisSpec> each = h.perSegment();
        assertEquals(List.of("H-EM8/micro", "H-EM8/small", "H-EM8/medium"), each.stream().map(HypothesisSpec::id).toList());
        assertEquals(List.of("adoption_microExport", "adoption_smallExport", "adoption_mediumExport"),
                each.stream().map(s -> s.b().measure()).toList());
        assertEquals("medium", each.get(2).segment());
        assertEquals("adoption_mediumLocal", each.get(2).a().measure());
        assertEquals("base", each.get(2).a().arm(), "everything but the measure is the file's sample");
    }

    @Test
    void oneSizeClassAloneOrAMissingClassIsRefused() throws Exception {
        ScenarioException e = assertThrows(ScenarioException.class, () -> HypothesisReader.load(write(""), MEASURES));
        assertTrue(e.getMessage().contains("h.yaml:7: a: 'a' reads adoption_smallLocal, one size class of SMEs, and the file names no "
                + "segments; fix: name every size class's measure, e.g. segments: [{name: micro, a: adoption_microLocal}, ...]"),
                e.getMessage());
        e = assertThrows(ScenarioException.class, () -> HypothesisReader.load(write("""
                segments:
                  - {name: micro, a: adoption_microLocal, b: adoption_microExport}
                  - {name: small, a: adoption_smallLocal, b: adoption_smallExport}
                """), MEASURES));
        assertTrue(e.getMessage().contains("h.yaml:11: segments: 'a' reads adoption_smallLocal") && e.getMessage().contains(
                "do not name adoption_mediumLocal"), e.getMessage());
        e = assertThrows(ScenarioException.class, () -> HypothesisReader.load(write("""
                segments:
                  - {name: micro, a: adoption_microLocal, b: adoption_microExport}
                  - {name: medium, a: adoption_mediumLocal, b: adoption_mediumExport}
                  - {name: other, a: adoption_all, b: adoption_all}
                """), MEASURES));
        assertTrue(e.getMessage().contains("no segment reads the measures the samples read"), e.getMessage());
        e = assertThrows(ScenarioException.class, () -> HypothesisReader.load(write("""
                segments:
                  - {name: micro, a: adoption_microLocal, b: adoption_mikroExport}
                  - {name: small, a: adoption_smallLocal, b: adoption_smallExport}
                  - {name: medium, a: adoption_mediumLocal, b: adoption_mediumExport}
                """), MEASURES));
        assertTrue(e.getMessage().contains("h.yaml:12: segments[0].b: 'adoption_mikroExport' is not recorded by experiment e1; "
                + "fix: did you mean 'adoption_microExport'?"), e.getMessage());
    }
}
