package ayni.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ayni.scenario.ExperimentReader;
import ayni.scenario.ExperimentSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs skip the groups of measures (the yearly switcher measures, the pattern observables) the experiment records no
 * column of: every recorded column is the same as in runs that compute them, forked arms and arms run from the start
 * alike, and a group is computed when the experiment records one of its columns.
 */
class ExperimentRunnerTest {
    @TempDir
    Path tmp;

    private List<RunRecord> run(String name, String record) throws Exception {
        String root = Path.of("").toAbsolutePath().toString().replace('\\', '/');
        Path f = tmp.resolve(name + ".yaml");
        Files.writeString(f, """
                name: %2$s
                title: "Switchers"
                kind: paired
                scenario: %1$s/scenarios/organic-production.yaml
                arms:
                  - name: base
                  - name: abrupt
                    scenario: %1$s/scenarios/whatif/w01-oxfam-novib-abrupt-exit.yaml
                  - name: richer
                    set: {absorptionFactor: 2}
                replications: 2
                steps: 30
                record: [%3$s]
                measureInterval: 12
                """.formatted(root, name, record));
        ExperimentSpec spec = ExperimentReader.load(f, ShippedExperimentsTest.measures());
        Plan plan = new Plan(spec);
        RunStore store = ExperimentRunner.open(plan, tmp.resolve(name), false);
        ExperimentRunner.run(plan, plan.runs(), store, 2, null);
        return ExperimentRunner.load(plan, store);
    }

    @Test
    void recordedColumnsAreTheSameWhateverGroupsOfMeasuresAreSkipped() throws Exception {
        List<RunRecord> with = run("with", "adoption_all, powerPagerank_ngo, betweenness_ngo, crossClusterTieShare");
        List<RunRecord> without = run("without", "adoption_all, powerPagerank_ngo");
        assertEquals(6, with.size());
        for (int r = 0; r < with.size(); r++) {
            RunRecord a = with.get(r), b = without.get(r);
            assertEquals(a.run().arm(), b.run().arm());
            for (String m : List.of("adoption_all", "powerPagerank_ngo")) {
                double[] x = new double[a.steps().size()], y = new double[b.steps().size()];
                for (int t = 0; t < x.length; t++) {
                    x[t] = a.values()[t][a.measure(m)];
                    y[t] = b.values()[t][b.measure(m)];
                }
                assertArrayEquals(x, y, a.run().arm() + " " + m);
            }
            for (String m : List.of("betweenness_ngo", "crossClusterTieShare")) {
                int c = a.measure(m);
                for (int t = 0; t < a.steps().size(); t++) assertFalse(Double.isNaN(a.values()[t][c]), a.run().arm() + " " + m + " month " + t);
            }
        }
    }
}
