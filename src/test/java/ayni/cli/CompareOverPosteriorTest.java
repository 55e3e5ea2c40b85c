package ayni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ayni compare --posterior}: parameter sets drawn by weight, shared by both arms, and the variance split. */
class CompareOverPosteriorTest {
    @TempDir
    Path tmp;

    @Test
    void drawsAreSharedByTheArmsInterventionsOverrideThemAndTheVarianceIsSplit() throws Exception {
        Path post = tmp.resolve("posterior.csv");
        Files.writeString(post, """
                generation,index,weight,distance,practiceGrowthRate,knowledgeTransferRate,revertProbability@organic,adoption-1994
                3,1,0.2,0.5,0.05,0.05,0.01,0.4
                4,7,0.3,0.4,0.05,0.05,0.02,0.5
                5,2,0.25,0.3,0.005,0.05,0.03,0.6
                5,3,0.25,0.3,0.4,0.05,0.03,0.6
                """);
        Path w = tmp.resolve("fast-knowledge.yaml");
        Files.writeString(w, "base: " + Path.of("scenarios/organic-production.yaml").toAbsolutePath() + "\n"
                + "name: fast-knowledge\ntitle: knowledge flows four times faster\nparameters: {knowledgeTransferRate: 0.2}\n");
        Path out = tmp.resolve("cmp");
        MainTest.Outcome o = MainTest.exec("compare", "scenarios/organic-production.yaml", w.toString(), "--posterior", post.toString(),
                "--draws", "6", "--replications", "2", "--steps", "24", "--set", "smeCount=40", "--out", out.toString(), "--quiet");
        assertEquals(0, o.code(), o.err());
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(12, m.get("seeds").size(), "6 parameter sets x 2 seeds per arm");
        assertEquals("[\"practiceGrowthRate\"]", m.get("posterior").get("applied").toString());
        assertEquals("[\"knowledgeTransferRate (set by the what-if)\"]", m.get("posterior").get("overridden").toString());
        assertEquals("[\"revertProbability@organic\"]", m.get("posterior").get("notApplied").toString());
        List<String> rows = Files.readAllLines(out.resolve("variance.csv"));
        assertEquals("measure,arm,mean,parameterVariance,stochasticVariance,parameterShare,sets,seeds", rows.get(0));
        String practice = rows.stream().filter(r -> r.startsWith("practice_mean,base,")).findFirst().orElseThrow();
        // with the comparison's seed the six draws are particles 3, 3, 2, 3, 2, 2: practice growth 0.4 or 0.005, two orders
        // of magnitude apart, so most of practice's spread is parameter uncertainty
        assertTrue(Double.parseDouble(practice.split(",")[5]) > 0.5, practice);
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertTrue(summary.get(1).endsWith(",6"), "intervals over the 6 draws' means, not 12 runs: " + summary.get(1));
        String md = Files.readString(out.resolve("summary.md"));
        assertTrue(md.contains("## Over the calibrated posterior"), md);
        assertTrue(md.contains("overrides the posterior's draw there: knowledgeTransferRate (set by the what-if)"), md);
    }

    /**
     * A parameter fitted for one scenario of a joint calibration applies when the comparison's base is the scenario the
     * calibration ran under that key (the manifest beside the posterior says which), to both arms.
     */
    @Test
    void aDomainParameterAppliesToRunsOfItsOwnScenario() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("cal"));
        Files.writeString(dir.resolve("posterior.csv"), """
                generation,index,weight,distance,practiceGrowthRate@organic,practiceGrowthRate@bsr,revertProbability@bsr+organic
                3,1,0.5,0.5,0.4,0.005,0.03
                4,7,0.5,0.4,0.005,0.4,0.01
                """);
        String organic = ayni.scenario.ScenarioLoader.load(Path.of("scenarios/organic-production.yaml")).sha256();
        Files.writeString(dir.resolve("manifest.json"), """
                {"kind": "calibration", "scenarios": {"organic": {"file": "x.yaml", "sha256": "%s", "steps": 24},
                 "bsr": {"file": "y.yaml", "sha256": "another", "steps": 24}}}
                """.formatted(organic));
        ayni.scenario.Posterior p = ayni.scenario.Posterior.read(dir);
        assertEquals(java.util.Map.of("practiceGrowthRate", 0.4, "revertProbability", 0.03), p.values(0, organic));
        assertEquals(java.util.Map.of("practiceGrowthRate", 0.005, "revertProbability", 0.03), p.values(0, "another"));
        assertEquals(java.util.Map.of(), p.values(0, "neither"));
        Path out = tmp.resolve("cmp");
        MainTest.Outcome o = MainTest.exec("compare", "scenarios/organic-production.yaml", "scenarios/organic-production.yaml",
                "--posterior", dir.toString(), "--draws", "2", "--replications", "2", "--steps", "2", "--set", "smeCount=20",
                "--out", out.toString(), "--quiet");
        assertEquals(0, o.code(), o.err());
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("[\"practiceGrowthRate@organic\",\"revertProbability@bsr+organic\"]", m.get("posterior").get("applied").toString());
        assertEquals("[\"practiceGrowthRate@bsr\"]", m.get("posterior").get("notApplied").toString());
    }

    @Test
    void aBadPosteriorExitsTwo() throws Exception {
        Path post = tmp.resolve("p.csv");
        Files.writeString(post, "a,b\n1,2\n");
        MainTest.Outcome o = MainTest.exec("compare", "scenarios/organic-production.yaml", "scenarios/organic-production.yaml",
                "--posterior", post.toString(), "--replications", "2", "--steps", "2");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("p.csv:1: has no 'weight' column"), o.err());
    }
}
