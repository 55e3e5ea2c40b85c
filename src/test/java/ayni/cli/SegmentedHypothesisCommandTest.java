package ayni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A segmented hypothesis run end to end, over a posterior: every size class gets its verdict and its Holm row. */
class SegmentedHypothesisCommandTest {
    @TempDir
    Path tmp;

    @Test
    void everySegmentIsReportedAndHolmCountsEach() throws Exception {
        String root = Path.of("").toAbsolutePath().toString().replace('\\', '/');
        Files.writeString(tmp.resolve("posterior.csv"), """
                generation,index,weight,distance,practiceGrowthRate
                5,2,0.5,0.3,0.02
                5,3,0.5,0.3,0.2
                """);
        Files.writeString(tmp.resolve("e.yaml"), """
                name: seg
                title: "Knowledge flows faster"
                kind: paired
                scenario: %s/scenarios/organic-production.yaml
                arms:
                  - name: base
                    set: {smeCount: 60}
                  - name: fast
                    set: {smeCount: 60, knowledgeTransferRate: 0.3}
                replications: 2
                seed: 1
                steps: 24
                record: [adoption_all, adoption_microLocal, adoption_smallLocal, adoption_mediumLocal]
                """.formatted(root));
        Files.writeString(tmp.resolve("h.yaml"), """
                id: H-X
                title: "Faster knowledge raises local adoption"
                source: "thesis §7.2.6"
                statement: "s"
                experiment: e.yaml
                test: paired-t
                a: {arm: base, measure: adoption_microLocal}
                b: {arm: fast, measure: adoption_microLocal}
                segments:
                  - {name: micro, a: adoption_microLocal, b: adoption_microLocal}
                  - {name: small, a: adoption_smallLocal, b: adoption_smallLocal}
                  - {name: medium, a: adoption_mediumLocal, b: adoption_mediumLocal}
                expect: increase
                minEffect: 0.01
                """);
        Path out = tmp.resolve("hyp");
        MainTest.Outcome o = MainTest.exec("experiment", tmp.resolve("h.yaml").toString(), "--out", out.toString(),
                "--experiments", tmp.resolve("exps").toString(), "--posterior", tmp.resolve("posterior.csv").toString(),
                "--draws", "3", "--seeds", "3", "--quiet", "--threads", "1");
        assertEquals(0, o.code(), o.err());
        List<String> rows = Files.readAllLines(out.resolve("hypotheses.csv"));
        assertEquals(4, rows.size(), rows.toString());
        for (String s : List.of("micro", "small", "medium")) {
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("H-X/" + s + ",")), s + " in " + rows);
        }
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("Holm 1979, over the 3 hypotheses of this report, each segment of a segmented hypothesis counted as one"), md);
        var m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(3, m.get("posterior").get("draws").asInt());
        var e = new ObjectMapper().readTree(tmp.resolve("exps").resolve("seg").resolve("manifest.json").toFile());
        assertEquals(9, e.get("replications").asInt(), "3 draws x 3 seeds (--seeds overrides the file's 2)");
        assertTrue(md.contains("| 3 posterior draws × 3 seeds |"), "each draw is one unit of the test: " + md);
        MainTest.Outcome bad = MainTest.exec("experiment", tmp.resolve("h.yaml").toString(), "--out", tmp.resolve("bad").toString(),
                "--posterior", tmp.resolve("posterior.csv").toString(), "--seeds", "1", "--quiet");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--seeds 1"), bad.err());
        assertTrue(!Files.exists(tmp.resolve("bad")), "nothing written");
        MainTest.Outcome alone = MainTest.exec("experiment", tmp.resolve("h.yaml").toString(), "--out", tmp.resolve("bad").toString(),
                "--seeds", "3", "--quiet");
        assertEquals(2, alone.code());
        assertTrue(alone.err().contains("without --posterior"), alone.err());
        assertTrue(!Files.exists(tmp.resolve("bad")), "nothing written");
    }
}
