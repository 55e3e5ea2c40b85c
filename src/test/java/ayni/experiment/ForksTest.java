package ayni.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import ayni.scenario.ExperimentReader;
import ayni.scenario.ExperimentSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which arms fork from a checkpoint of the base, and where. */
class ForksTest {
    @TempDir
    Path tmp;

    @Test
    void whatIfsThatOnlyAddEventsForkAtTheirFirstEventOthersRunFromTheStart() throws Exception {
        String root = Path.of("").toAbsolutePath().toString().replace('\\', '/');
        Path f = tmp.resolve("e.yaml");
        Files.writeString(f, """
                name: e
                title: "Forks"
                kind: paired
                scenario: %1$s/scenarios/organic-production.yaml
                arms:
                  - name: base
                  - name: abrupt
                    scenario: %1$s/scenarios/whatif/w01-oxfam-novib-abrupt-exit.yaml
                  - name: gradual
                    scenario: %1$s/scenarios/whatif/w01g-oxfam-novib-gradual-cut.yaml
                  - name: richer
                    set: {absorptionFactor: 2}
                replications: 2
                """.formatted(root));
        ExperimentSpec spec = ExperimentReader.load(f, ShippedExperimentsTest.measures());
        Forks forks = new Forks(spec);
        assertEquals("base", forks.trunk());
        assertEquals(spec.scenario().stepOf(YearMonth.of(2009, 1)), forks.branch("abrupt").step());
        assertEquals(spec.scenario().stepOf(YearMonth.of(2007, 1)), forks.branch("gradual").step());
        assertEquals(2, forks.branch("gradual").extra().size());
        assertNull(forks.branch("richer"), "a parameter set changes every month");
        assertNotNull(Forks.extraEvents(spec.scenario(), spec.scenario()));
    }
}
