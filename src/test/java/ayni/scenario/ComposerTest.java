package ayni.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.Tiny;
import ayni.domain.Layer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What-if files composed over bases: merging rules, where problems are reported, cycles. */
class ComposerTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private Path base() throws IOException {
        return write("base.yaml", Tiny.donorAndNgo(null, "  tieDecayRate: 0.04\n  projectMonths: 6\n"));
    }

    @Test
    void whatIfChangesOnlyWhatItGives() throws Exception {
        base();
        Path w = write("whatif/cut.yaml", """
                base: ../base.yaml
                name: cut
                title: d1 budget halved, a new NGO, decay changed
                parameters: {tieDecayRate: 0.05}
                donors:
                  - {id: d1, budget: 60000}
                ngos:
                  - {id: n2, type: market, domain: organic, monthlyCost: 500}
                ties:
                  - {from: d1, to: n1, layer: funding, weight: 0.3}
                  - {from: d1, to: n2, layer: knowledge}
                events:
                  - {at: 2002-01, kind: election}
                """);
        Scenario s = ScenarioLoader.load(w);
        assertEquals("cut", s.name());
        assertEquals(60000, s.donors().get(0).budget(), "replaced");
        assertEquals(24, 12 * s.donors().get(0).grantCycleYears(), "kept from the base");
        assertEquals(2, s.ngos().size(), "n2 added");
        assertEquals(0.05, s.parameterOverrides().get("tieDecayRate"), "what-if value wins");
        assertEquals(6.0, s.parameterOverrides().get("projectMonths"), "base value kept");
        assertEquals(2, s.ties().size(), "the d1->n1 funding tie replaced, the knowledge tie added");
        assertEquals(0.3, s.ties().get(0).weight());
        assertEquals(Layer.KNOWLEDGE, s.ties().get(1).layer());
        assertEquals(1, s.events().size());
        assertEquals(1, s.bases().size());
        assertNotEquals(ScenarioLoader.load(dir.resolve("base.yaml")).sha256(), s.sha256());
    }

    @Test
    void severalBasesMergeInOrderSameIdIsOneActor() throws Exception {
        base();
        write("other.yaml", Tiny.HEADER + """
                donors:
                  - {id: d1, kind: bilateral, budget: 999, domains: {organic: 1}}
                  - {id: d9, kind: foundation, budget: 10, domains: {organic: 1}}
                """);
        Path c = write("composite.yaml", """
                base: [base.yaml, other.yaml]
                name: both
                title: two networks
                end: 2006-12
                """);
        Scenario s = ScenarioLoader.load(c);
        assertEquals(2, s.donors().size());
        assertEquals(999, s.donors().get(0).budget(), "the later base wins for a shared actor's keys");
        assertEquals("2006-12", s.end().toString());
        assertEquals(2, s.bases().size());
    }

    @Test
    void problemsPointToTheFileAndLineWhereTheValueIsWritten() throws Exception {
        base();
        Path w = write("bad.yaml", """
                base: base.yaml
                name: bad
                title: bad override
                donors:
                  - id: d1
                    budget: -5
                """);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(w));
        Problem p = e.problems().get(0);
        assertEquals(w.toString(), p.file());
        assertEquals(6, p.line());
        assertEquals("donors[0].budget", p.field());

        // a problem in the base is reported in the base
        write("base2.yaml", Tiny.donorAndNgo(null, null).replace("grantCycleYears: 2", "grantCycleYears: 9"));
        Path ok = write("ok.yaml", "base: base2.yaml\nname: ok\ntitle: fine\n");
        Problem q = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(ok)).problems().get(0);
        assertTrue(q.file().endsWith("base2.yaml"), q.toString());
        assertEquals("donors[0].grantCycleYears", q.field());
        assertTrue(q.line() > 1);
    }

    @Test
    void cyclesAndMissingBasesAreNamed() throws Exception {
        write("a.yaml", "base: b.yaml\nname: a\ntitle: a\n");
        write("b.yaml", "base: a.yaml\nname: b\ntitle: b\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("a.yaml")));
        assertTrue(e.getMessage().contains("a.yaml -> b.yaml -> a.yaml"), e.getMessage());
        assertTrue(e.getMessage().contains("fix:"), e.getMessage());

        Path m = write("m.yaml", "name: m\ntitle: m\nbase: nowhere.yaml\n");
        ScenarioException f = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(m));
        assertTrue(f.getMessage().contains("m.yaml:3: base: base file 'nowhere.yaml' not found"), f.getMessage());
    }

    @Test
    void aWhatIfNeedsItsOwnName() throws Exception {
        base();
        Path w = write("anon.yaml", "base: base.yaml\ntitle: no name\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(w));
        assertTrue(e.getMessage().contains("needs its own 'name'"), e.getMessage());
    }
}
