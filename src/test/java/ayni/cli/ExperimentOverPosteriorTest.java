package ayni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.experiment.Measures;
import ayni.experiment.Plan;
import ayni.scenario.ExperimentReader;
import ayni.scenario.ExperimentSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ayni experiment} over a posterior (the {@code posterior:} key and {@code --posterior}): M draws by weight with
 * the experiment's seed, K seeds each, the same M x K pairs in every arm, arms' and sweeps' own values overriding the
 * draw, and the variance split in the report.
 */
class ExperimentOverPosteriorTest {
    @TempDir
    Path tmp;

    /** Two particles far apart in practice growth (0.4 and 0.005), one knowledge rate, one parameter of one scenario. */
    private void posterior() throws IOException {
        Files.writeString(tmp.resolve("posterior.csv"), """
                generation,index,weight,distance,practiceGrowthRate,knowledgeTransferRate,revertProbability@organic,adoption-1994
                5,2,0.5,0.3,0.005,0.05,0.03,0.6
                5,3,0.5,0.3,0.4,0.08,0.03,0.6
                """);
    }

    private Path experiment(String name, String extra) throws IOException {
        posterior();
        Path f = tmp.resolve(name + ".yaml");
        String root = Path.of("").toAbsolutePath().toString().replace('\\', '/');
        Files.writeString(f, """
                name: %s
                title: "Faster knowledge over a posterior"
                kind: paired
                scenario: %s/scenarios/organic-production.yaml
                arms:
                  - name: base
                    set: {smeCount: 40}
                  - name: fast
                    set: {smeCount: 40, knowledgeTransferRate: 0.2}
                replications: 2
                seed: 1
                steps: 24
                recordEvery: 12
                record: [adoption_all, practice_mean]
                """.formatted(name, root) + extra);
        return f;
    }

    @Test
    void everyArmRunsTheSameDrawsAndSeedsAndAnArmsOwnValueOverridesTheDraw() throws Exception {
        ExperimentSpec e = ExperimentReader.load(experiment("e", "posterior: {file: posterior.csv, draws: 6}\n"),
                Measures.catalogue());
        assertEquals(12, e.replications(), "6 draws x 2 seeds per arm");
        Plan plan = new Plan(e);
        int[] particles = plan.draws().particles();
        double[] growth = {0.005, 0.4};
        boolean both = false;
        for (Plan.Run r : plan.runs()) {
            var p = plan.parameters(r);
            int particle = particles[r.replication() / 2];
            assertEquals(growth[particle], p.get("practiceGrowthRate"), 0, "run " + r.index() + " takes its draw's value");
            assertEquals(e.seed() + r.replication(), r.seed());
            assertEquals(r.arm().equals("fast") ? 0.2 : (particle == 0 ? 0.05 : 0.08), p.get("knowledgeTransferRate"), 0,
                    "the intervention keeps the arm's value; the reference arm takes the draw's");
            assertEquals(40, p.get("smeCount"), 0);
            both |= particle != particles[0];
        }
        assertTrue(both, "with seed 1 the six draws are particles 1, 1, 0, 1, 0, 0");
        var use = plan.use();
        assertEquals(List.of("practiceGrowthRate"), use.applied());
        assertEquals(List.of("knowledgeTransferRate (set by arm fast)"), use.overridden());
        assertEquals(List.of("revertProbability@organic"), use.notApplied());
        assertNotEquals(ExperimentReader.load(experiment("e", ""), Measures.catalogue()).sha256(), e.sha256(),
                "runs stored without the posterior are never mixed in");
    }

    @Test
    void aSweptParameterOverridesTheDraw() throws Exception {
        posterior();
        Path f = tmp.resolve("s.yaml");
        String root = Path.of("").toAbsolutePath().toString().replace('\\', '/');
        Files.writeString(f, """
                name: s
                title: sweep over a posterior
                kind: sweep
                scenario: %s/scenarios/organic-production.yaml
                replications: 2
                steps: 12
                record: [adoption_all]
                sweep:
                  design: full-factorial
                  levels: 2
                  parameters: [{name: practiceGrowthRate, low: 0.01, high: 0.2}]
                posterior: {file: posterior.csv, draws: 3}
                """.formatted(root));
        Plan plan = new Plan(ExperimentReader.load(f, Measures.catalogue()));
        for (Plan.Run r : plan.runs()) {
            assertEquals(r.factors().get("practiceGrowthRate"), plan.parameters(r).get("practiceGrowthRate"), 0);
        }
        assertEquals(List.of("practiceGrowthRate (set by the sweep)"), plan.use().overridden());
        assertEquals(List.of("knowledgeTransferRate"), plan.use().applied());
    }

    @Test
    void theReportSplitsTheVarianceAndTheOptionEqualsTheKey() throws Exception {
        Path out = tmp.resolve("out");
        MainTest.Outcome o = MainTest.exec("experiment", experiment("e", "").toString(), "--posterior",
                tmp.resolve("posterior.csv").toString(), "--draws", "6", "--out", out.toString(), "--quiet", "--threads", "1");
        assertEquals(0, o.code(), o.err());
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(12, m.get("replications").asInt());
        assertEquals(6, m.get("posterior").get("draws").asInt());
        assertEquals(2, m.get("posterior").get("seedsPerDraw").asInt());
        List<String> rows = Files.readAllLines(out.resolve("variance.csv"));
        assertEquals("measure,arm,mean,parameterVariance,stochasticVariance,parameterShare,sets,seeds", rows.get(0));
        for (String arm : List.of("base", "fast", "fast − base")) {
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("practice_mean," + arm + ",")), arm + " in " + rows);
        }
        String practice = rows.stream().filter(r -> r.startsWith("practice_mean,base,")).findFirst().orElseThrow();
        // practice growth 0.4 or 0.005 between draws: most of practice's spread comes from the parameters
        assertTrue(Double.parseDouble(practice.split(",")[5]) > 0.5, practice);
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("## Over the calibrated posterior"), md);
        assertTrue(md.contains("knowledgeTransferRate (set by arm fast)"), md);
        assertTrue(md.contains("6 parameter sets drawn from a calibrated posterior × 2 seeds each"), md);

        // the same experiment with the posterior as a key gives the same runs
        Path keyed = tmp.resolve("keyed");
        Path f = experiment("e", "posterior: {file: posterior.csv, draws: 6}\n");
        MainTest.Outcome k = MainTest.exec("experiment", f.toString(), "--out", keyed.toString(), "--quiet", "--threads", "1");
        assertEquals(0, k.code(), k.err());
        assertEquals(Files.readAllLines(out.resolve("ends.csv")), Files.readAllLines(keyed.resolve("ends.csv")));
    }

    @Test
    void forkedArmsRunTheirDrawFromTheCheckpoint() throws Exception {
        Files.writeString(tmp.resolve("small.csv"), """
                generation,index,weight,distance,practiceGrowthRate,smeCount
                5,2,0.5,0.3,0.005,40
                5,3,0.5,0.3,0.4,40
                """);
        String root = Path.of("").toAbsolutePath().toString().replace('\\', '/');
        String yaml = """
                name: f
                title: "W1 forked over a posterior"
                kind: paired
                scenario: %s/scenarios/organic-production.yaml
                arms:
                  - name: base
                  - name: exit
                    scenario: %s/scenarios/whatif/w01-oxfam-novib-abrupt-exit.yaml
                replications: 2
                seed: 1
                steps: 232
                recordEvery: 24
                record: [adoption_all, practice_mean]
                posterior: {file: small.csv, draws: 3}
                """.formatted(root, root);
        Files.writeString(tmp.resolve("f.yaml"), yaml);
        Files.writeString(tmp.resolve("g.yaml"), yaml.replace("name: f\n", "name: g\n") + "fork: false\n");
        for (String n : List.of("f", "g")) {
            MainTest.Outcome o = MainTest.exec("experiment", tmp.resolve(n + ".yaml").toString(), "--out", tmp.resolve("out-" + n).toString(),
                    "--quiet", "--threads", "1");
            assertEquals(0, o.code(), o.err());
        }
        List<String> forked = Files.readAllLines(tmp.resolve("out-f").resolve("ends.csv"));
        List<String> whole = Files.readAllLines(tmp.resolve("out-g").resolve("ends.csv"));
        assertEquals(whole.size(), forked.size());
        for (int i = 1; i < whole.size(); i++) assertEquals(whole.get(i).substring(2), forked.get(i).substring(2), "run " + i);
    }

    @Test
    void aMissingPosteriorOrTooFewSeedsExitTwoAndWriteNothing() throws Exception {
        Path out = tmp.resolve("none");
        MainTest.Outcome o = MainTest.exec("experiment", experiment("e", "posterior: {file: nowhere.csv}\n").toString(),
                "--out", out.toString(), "--quiet");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("posterior.file") && o.err().contains("nowhere.csv"), o.err());
        Path f = experiment("e", "posterior: {file: posterior.csv}\n");
        Files.writeString(f, Files.readString(f).replace("replications: 2", "replications: 1"));
        MainTest.Outcome p = MainTest.exec("experiment", f.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, p.code());
        assertTrue(p.err().contains("replications") && p.err().contains("seeds per draw"), p.err());
        assertFalse(Files.exists(out));
    }
}
