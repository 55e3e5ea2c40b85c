package ayni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ayni calibrate} end to end on a tiny calibration: results, resuming, shards with merges, held-out checks, bad input. */
class CalibrateCommandTest {
    @TempDir
    Path tmp;

    static final String TINY = """
            name: tiny
            title: "A tiny calibration"
            seed: 11
            scenarios:
              - {key: organic, file: $ROOT/scenarios/organic-production.yaml, steps: 12, set: {smeCount: 30}}
            parameters:
              - {name: practiceGrowthRate, prior: log-uniform, low: 0.005, high: 0.5}
              - {name: knowledgeTransferRate, prior: uniform, low: 0.01, high: 0.3}
            summaries:
              - {name: practice, fact: practice, scenario: organic, measure: practice_mean, stat: end, window: 3, target: 0.6}
              - {name: knowledge, fact: knowledge, scenario: organic, measure: knowledgeTransferred, stat: mean, target: 0.2}
            heldOut:
              - {name: adoption, fact: adoption, scenario: organic, measure: adoption_all, target: 0.5}
              - {name: certified, fact: certification, scenario: organic, measure: certified_share, below: 0.2}
              - {name: ties, fact: ties, scenario: organic, measure: ties_knowledge, at: 1990-06, target: 100}
              - {name: cooperation, fact: cooperation, scenario: organic, measure: cooperationRate, stat: mean, target: 0.7}
            population: 8
            stop: {minAcceptance: 0.3}
            predictive: 4
            """;

    private Path write(String name, String yaml) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, yaml.replace("$ROOT", Path.of("").toAbsolutePath().toString().replace('\\', '/')));
        return f;
    }

    @Test
    void writesTheResultsAndResumesWithoutRunningAgain() throws Exception {
        Path file = write("tiny.yaml", TINY), out = tmp.resolve("out");
        MainTest.Outcome o = MainTest.exec("calibrate", file.toString(), "--out", out.toString(), "--quiet", "--threads", "2");
        assertEquals(0, o.code(), o.err());
        for (String f : List.of("posterior.csv", "generations.csv", "fit.csv", "marginals.png", "marginals.svg", "pairs.png",
                "pairs.svg", "report.md", "manifest.json", "report.html")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        List<String> posterior = Files.readAllLines(out.resolve("posterior.csv"));
        assertEquals(9, posterior.size());
        assertEquals("generation,index,weight,distance,practiceGrowthRate,knowledgeTransferRate,practice,knowledge,adoption,"
                + "certified,ties,cooperation", posterior.get(0));
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("## Held-out checks (never in the distance)"), report);
        // the share of runs meeting a held-out fact: the first 4 prior draws and the 4 posterior-predictive runs
        String row = "| certification | 1 | held out | " + percentBelow(out.resolve("sims/g0000"), 4, "out:certified", 0.2) + " % | "
                + percentBelow(out.resolve("sims/predictive"), 4, "out:certified", 0.2) + " % |";
        assertTrue(report.contains(row), row + "\n" + report);
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        long simulated = m.get("simulatedNow").asLong();
        assertEquals(m.get("simulations").asLong(), simulated);
        assertEquals("acceptance", m.get("stop").asText());

        MainTest.Outcome again = MainTest.exec("calibrate", file.toString(), "--out", out.toString(), "--quiet", "--threads", "1");
        assertEquals(0, again.code(), again.err());
        assertEquals(0, new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("simulatedNow").asLong());
        assertEquals(posterior, Files.readAllLines(out.resolve("posterior.csv")));

        // held-out targets never enter the distance: other targets, the same posterior
        Path moved = write("moved.yaml", TINY.replace("target: 0.5}", "target: 0.05}").replace("below: 0.2", "above: 0.9"));
        MainTest.Outcome h = MainTest.exec("calibrate", moved.toString(), "--out", tmp.resolve("moved").toString(), "--quiet");
        assertEquals(0, h.code(), h.err());
        assertEquals(posterior, Files.readAllLines(tmp.resolve("moved").resolve("posterior.csv")));
    }

    /** The percentage (rounded) of the first {@code n} stored simulations in {@code dir} whose {@code column} is at most {@code bound}. */
    private static long percentBelow(Path dir, int n, String column, double bound) throws Exception {
        int met = 0;
        for (int i = 0; i < n; i++) {
            List<String> lines = Files.readAllLines(dir.resolve(String.format("s%06d.csv", i)));
            int c = List.of(lines.get(0).split(",")).indexOf(column);
            if (Double.parseDouble(lines.get(1).split(",")[c]) <= bound) met++;
        }
        return Math.round(100.0 * met / n);
    }

    /**
     * A looser stopping rule goes on from the generations the file's rule stored (they are shared: the rule decides
     * only where the loop ends); the report says it is a sensitivity run. A rule that would never stop is refused.
     */
    @Test
    void aSensitivityRunWithAnotherStopGoesOnFromTheStoredGenerations() throws Exception {
        Path file = write("tiny.yaml", TINY), out = tmp.resolve("out");
        assertEquals(0, MainTest.exec("calibrate", file.toString(), "--out", out.toString(), "--quiet").code());
        JsonNode first = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        MainTest.Outcome o = MainTest.exec("calibrate", file.toString(), "--out", out.toString(), "--quiet", "--min-acceptance", "0.1");
        assertEquals(0, o.code(), o.err());
        JsonNode longer = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        int g = first.get("generations").asInt();
        assertTrue(longer.get("generations").asInt() > g, "more generations than the file's rule: " + longer);
        // only the generations after the first run's last one were simulated now, and those posterior-predictive runs
        // whose draw changed with the posterior (the stored ones of the other posterior are run again, never mixed in)
        long more = longer.get("simulations").asLong() - first.get("simulations").asLong();
        long now = longer.get("simulatedNow").asLong();
        assertTrue(now >= more && now <= more + 4, now + " simulated for " + more + " new");
        assertEquals(0, MainTest.exec("calibrate", file.toString(), "--out", out.toString(), "--quiet", "--min-acceptance", "0.1").code());
        assertEquals(0, new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("simulatedNow").asLong());
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("where the file asks for 0.3 and 0.0 (--min-acceptance, --min-tolerance-drop: a sensitivity run)"), report);
        assertTrue(report.contains("--min-acceptance 0.1`"), report);
        MainTest.Outcome never = MainTest.exec("calibrate", file.toString(), "--out", tmp.resolve("never").toString(), "--quiet",
                "--min-acceptance", "0", "--min-tolerance-drop", "0");
        assertEquals(2, never.code());
        assertTrue(never.err().contains("not both 0 (the calibration would never stop)"), never.err());
        assertFalse(Files.exists(tmp.resolve("never")));
    }

    @Test
    void aSecondWriterOfTheFolderIsRefusedAtOnce() throws Exception {
        Path file = write("tiny.yaml", TINY.replace("steps: 12", "steps: 6")), out = tmp.resolve("out");
        try (ayni.output.FolderLock held = ayni.output.FolderLock.acquire(out)) {
            for (String[] args : List.of(new String[] {"calibrate", file.toString(), "--out", out.toString(), "--quiet"},
                    new String[] {"calibrate", "merge", file.toString(), tmp.resolve("a").toString(), "--out", out.toString()},
                    new String[] {"calibrate", "coverage", file.toString(), "--sets", "1", "--out", out.toString()})) {
                MainTest.Outcome o = java.util.concurrent.CompletableFuture.supplyAsync(() -> MainTest.exec(args)).get();
                assertEquals(2, o.code(), String.join(" ", args) + ": " + o.err());
                assertTrue(o.err().contains("another Ayni command is writing this folder"), o.err());
                assertFalse(Files.exists(out.resolve("sims")), "nothing simulated, nothing stored");
            }
        }
    }

    @Test
    void shardsMergedBetweenGenerationsGiveTheSamePosterior() throws Exception {
        Path file = write("tiny.yaml", TINY.replace("steps: 12", "steps: 6"));
        Path whole = tmp.resolve("whole"), merged = tmp.resolve("merged"), a = tmp.resolve("a"), b = tmp.resolve("b");
        assertEquals(0, MainTest.exec("calibrate", file.toString(), "--out", whole.toString(), "--quiet").code());
        int rounds = 0;
        boolean waiting = true;
        while (waiting) {
            MainTest.Outcome s1 = MainTest.exec("calibrate", file.toString(), "--out", a.toString(), "--shard", "1/2", "--quiet");
            MainTest.Outcome s2 = MainTest.exec("calibrate", file.toString(), "--out", b.toString(), "--shard", "2/2", "--quiet");
            assertEquals(0, s1.code(), s1.err());
            assertEquals(0, s2.code(), s2.err());
            waiting = s1.out().contains("waits for") || s2.out().contains("waits for");
            assertEquals(0, MainTest.exec("calibrate", "merge", file.toString(), a.toString(), b.toString(), "--out", merged.toString()).code());
            assertEquals(0, MainTest.exec("calibrate", "merge", file.toString(), merged.toString(), "--out", a.toString()).code());
            assertEquals(0, MainTest.exec("calibrate", "merge", file.toString(), merged.toString(), "--out", b.toString()).code());
            rounds++;
            assertTrue(rounds < 50);
        }
        assertTrue(rounds >= 3, "generation 0, at least one more, the predictive runs: " + rounds);
        MainTest.Outcome fin = MainTest.exec("calibrate", file.toString(), "--out", merged.toString(), "--quiet");
        assertEquals(0, fin.code(), fin.err());
        assertEquals(0, new ObjectMapper().readTree(merged.resolve("manifest.json").toFile()).get("simulatedNow").asLong());
        assertEquals(Files.readAllLines(whole.resolve("posterior.csv")), Files.readAllLines(merged.resolve("posterior.csv")));
        assertEquals(Files.readAllLines(whole.resolve("fit.csv")), Files.readAllLines(merged.resolve("fit.csv")));
    }

    @Test
    void badFilesAndStaleStoresExitTwoWithOneLine() throws Exception {
        Path bad = write("bad.yaml", TINY.replace("measure: adoption_all", "measure: adoption_al"));
        Path out = tmp.resolve("never");
        MainTest.Outcome o = MainTest.exec("calibrate", bad.toString(), "--out", out.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("bad.yaml:13: heldOut[0].measure: 'adoption_al' is not a measure; fix: did you mean 'adoption_all'?"),
                o.err());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertFalse(Files.exists(out));

        Path file = write("tiny.yaml", TINY.replace("steps: 12", "steps: 6")), run = tmp.resolve("run");
        assertEquals(0, MainTest.exec("calibrate", file.toString(), "--out", run.toString(), "--quiet").code());
        Path changed = write("tiny.yaml", TINY.replace("steps: 12", "steps: 7"));
        MainTest.Outcome stale = MainTest.exec("calibrate", changed.toString(), "--out", run.toString(), "--quiet");
        assertEquals(2, stale.code());
        assertTrue(stale.err().contains("holds simulations of calibration 'tiny'") && stale.err().contains("fix: add --fresh"), stale.err());
        assertEquals(0, MainTest.exec("calibrate", changed.toString(), "--out", run.toString(), "--quiet", "--fresh").code());
    }

    @Test
    void aCoverageStudyPlantsSetsFromThePriorAndCountsCoveredIntervals() throws Exception {
        Path file = write("tiny.yaml", TINY.replace("steps: 12", "steps: 6")), out = tmp.resolve("cov");
        MainTest.Outcome o = MainTest.exec("calibrate", "coverage", file.toString(), "--sets", "2", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        List<String> rows = Files.readAllLines(out.resolve("coverage.csv"));
        assertEquals(5, rows.size(), "two sets of two parameters");
        int coveredColumn = List.of(rows.get(0).split(",")).indexOf("covered");
        long covered = rows.stream().skip(1).filter(r -> r.split(",")[coveredColumn].equals("true")).count();
        assertTrue(Files.readString(out.resolve("report.md")).contains("cover the planted value in **" + (covered * 25) + ".0 %**"),
                Files.readString(out.resolve("report.md")));
        // the two sets plant different values, drawn from the prior
        assertTrue(!rows.get(1).split(",")[2].equals(rows.get(3).split(",")[2]));
        // a second call resumes: every simulation is stored
        MainTest.Outcome again = MainTest.exec("calibrate", "coverage", file.toString(), "--sets", "2", "--out", out.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals(rows, Files.readAllLines(out.resolve("coverage.csv")));
    }

    @Test
    void aBadScreenBlockExitsTwoWithOneLineNamingFileAndField() throws Exception {
        Path bad = write("bad.yaml", TINY + "screen: {trajectories: 5, levels: 3}\n"), out = tmp.resolve("never");
        MainTest.Outcome o = MainTest.exec("calibrate", "screen", bad.toString(), "--out", out.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("bad.yaml:20: screen.levels: levels 3 is odd; fix: give an even number"), o.err());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertFalse(Files.exists(out));
        Path zero = write("zero.yaml", TINY + "screen: {threshold: 1.5}\n");
        MainTest.Outcome z = MainTest.exec("calibrate", "screen", zero.toString(), "--out", out.toString());
        assertEquals(2, z.code());
        assertTrue(z.err().contains("zero.yaml:20: screen.threshold: 1.5 is out of range"), z.err());
        MainTest.Outcome t = MainTest.exec("calibrate", "screen", write("t.yaml", TINY).toString(), "--trajectories", "1",
                "--out", out.toString());
        assertEquals(2, t.code());
        assertTrue(t.err().contains("--trajectories 1 must be at least 2"), t.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aCalibrationTakesTheScreenedParametersFixedAndSaysSo() throws Exception {
        Path file = write("tiny.yaml", TINY.replace("steps: 12", "steps: 6")), screen = tmp.resolve("screen");
        ayni.scenario.CalibrationSpec spec = CalibrateCommand.load(file);
        Files.createDirectories(screen);
        Files.writeString(screen.resolve("screened.yaml"), "calibration: tiny\nsha256: " + spec.sha256()
                + "\nfixed:\n  - {name: knowledgeTransferRate, value: 0.25}\nkept: [practiceGrowthRate]\n");
        Path out = tmp.resolve("out");
        MainTest.Outcome o = MainTest.exec("calibrate", file.toString(), "--out", out.toString(), "--quiet", "--fix-screened",
                screen.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.readAllLines(out.resolve("posterior.csv")).get(0).startsWith("generation,index,weight,distance,"
                + "practiceGrowthRate,practice,"), "the fixed parameter is not fitted");
        assertTrue(Files.readString(out.resolve("report.md")).contains("**Fixed by screening**") 
                && Files.readString(out.resolve("report.md")).contains("knowledgeTransferRate = 0.25"));
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(0.25, m.get("fixedByScreening").get(0).get("value").asDouble());
        // a screening of another version of the file is refused before anything runs
        Files.writeString(screen.resolve("screened.yaml"), "calibration: tiny\nsha256: 0\nfixed: []\n");
        MainTest.Outcome stale = MainTest.exec("calibrate", file.toString(), "--out", tmp.resolve("no").toString(), "--fix-screened",
                screen.toString());
        assertEquals(2, stale.code());
        assertTrue(stale.err().contains("--fix-screened") && stale.err().contains("sha256: screened another version"), stale.err());
        assertEquals(1, stale.err().strip().lines().count(), stale.err());
        assertFalse(Files.exists(tmp.resolve("no")));
    }

    @Test
    void screeningPlantedOrganicWritesItsResults() throws Exception {
        Path out = tmp.resolve("screen");
        MainTest.Outcome o = MainTest.exec("calibrate", "screen", "scenarios/calibration/planted-organic.yaml", "--trajectories", "2",
                "--out", out.toString(), "--quiet");
        assertEquals(0, o.code(), o.err());
        for (String f : List.of("screening.csv", "parameters.csv", "screened.yaml", "screening.png", "screening.svg", "report.md",
                "manifest.json")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        // 3 parameters × 5 checks in the distance (held-out checks are never screened on)
        assertEquals(1 + 15, Files.readAllLines(out.resolve("screening.csv")).size());
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(2 * 4, m.get("simulations").asInt());
        // the calibration accepts its own screening
        ayni.scenario.CalibrationSpec spec = CalibrateCommand.load(Path.of("scenarios/calibration/planted-organic.yaml"));
        assertEquals(m.get("fixed").size(), ayni.calibration.Screening.read(out, spec).size());
    }
}
