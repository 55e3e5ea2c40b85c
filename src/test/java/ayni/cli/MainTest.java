package ayni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path tmp;

    record Outcome(int code, String out, String err) {}

    static Outcome exec(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void runWritesTheFourResultFilesWithAManifest() throws Exception {
        Path out = tmp.resolve("run");
        Outcome o = exec("run", "scenarios/organic-production.yaml", "--steps", "24", "--seed", "5", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        for (String f : List.of("timeseries.csv", "events.csv", "power-by-kind.png", "power-by-kind.svg",
                "power-by-ngo-type.png", "discourse-map.svg", "network-final.graphml", "network-final.png",
                "network-dynamic.gexf", "manifest.json")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertEquals(25, Files.readAllLines(out.resolve("timeseries.csv")).size());
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(5, m.get("seed").asLong());
        assertEquals(64, m.get("scenarioSha256").asText().length());
        assertEquals("scenarios/organic-production.yaml", m.get("scenarioFile").asText());
        assertTrue(m.get("parameters").has("tieDecayRate"));
        assertEquals("1991-12", m.get("end").asText());
    }

    @Test
    void untilStopsAtThatMonth() throws Exception {
        Path out = tmp.resolve("until");
        Outcome o = exec("run", "scenarios/organic-production.yaml", "--until", "1990-06", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        List<String> lines = Files.readAllLines(out.resolve("timeseries.csv"));
        assertEquals(7, lines.size());
        assertTrue(lines.get(6).startsWith("1990-06,"));
    }

    @Test
    void aMalformedScenarioGivesOneLinePerProblemExitTwoAndWritesNothing() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of("scenarios/agro-ecological.yaml"))
                .replaceFirst("budget:", "budgte:"));
        Path out = tmp.resolve("never");
        Outcome o = exec("run", bad.toString(), "--out", out.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("bad.yaml:"), o.err());
        assertTrue(o.err().contains("unknown key 'budgte'; fix: did you mean 'budget'?"), o.err());
        assertFalse(o.err().contains("Exception"), o.err());
        assertFalse(o.err().contains("\tat "), o.err());
        assertFalse(Files.exists(out));
        try (var s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".never")));
        }
    }

    @Test
    void badOptionsExitTwoWithAFix() {
        Outcome o = exec("run", "scenarios/organic-production.yaml", "--steps", "9999");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--steps 9999 is outside 1..276; fix:"), o.err());
        Outcome u = exec("run", "scenarios/organic-production.yaml", "--until", "2030-01");
        assertEquals(2, u.code());
        assertTrue(u.err().contains("outside the scenario's period"), u.err());
        Outcome x = exec("run", "scenarios/organic-production.yaml", "--bogus");
        assertEquals(2, x.code());
        assertTrue(x.err().contains("Unknown option: '--bogus'"), x.err());
        Outcome both = exec("run", "scenarios/organic-production.yaml", "--steps", "3", "--until", "1990-05");
        assertEquals(2, both.code());
    }

    @Test
    void validateChecksFilesWithoutRunning() {
        assertEquals(0, exec("validate", "scenarios/organic-production.yaml").code());
        Outcome o = exec("validate", "missing.yaml");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("missing.yaml: file not found"), o.err());
    }

    @Test
    void compareRunsBothArmsWithTheSameSeedsAndWritesTheComparison() throws Exception {
        Path w = tmp.resolve("cut.yaml");
        Files.writeString(w, "base: " + Path.of("scenarios/organic-production.yaml").toAbsolutePath() + "\n"
                + "name: cut\ntitle: donor budgets halved in 1991-01\n"
                + "events:\n  - {at: 1991-01, kind: budgetChange, donors: all, factor: 0.5}\n");
        Path out = tmp.resolve("cmp");
        Outcome o = exec("compare", "scenarios/organic-production.yaml", w.toString(), "--replications", "3",
                "--steps", "30", "--threads", "2", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        for (String f : List.of("compare.csv", "summary.csv", "summary.md", "manifest.json", "events-whatif.csv",
                "power-by-kind-base.png", "power-by-kind-whatif.svg", "funding-by-channel-whatif.png",
                "arms-adoption_all.png", "difference-actors_ngo.svg")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(3, m.get("seeds").size());
        // before the cut the arms are identical run by run, so the paired difference is exactly 0
        List<String> rows = Files.readAllLines(out.resolve("compare.csv"));
        String before = rows.stream().filter(r -> r.startsWith("1990-06,fundingInjected,difference,")).findFirst().orElseThrow();
        assertEquals("1990-06,fundingInjected,difference,0,0,0,3", before);
        String after = rows.stream().filter(r -> r.startsWith("1991-06,fundingInjected,difference,")).findFirst().orElseThrow();
        assertTrue(Double.parseDouble(after.split(",")[3]) < 0, after);
        assertTrue(Files.readString(out.resolve("events-whatif.csv")).contains("budgetChange"));
        // the table in plain numbers: no exponents, shares' differences in percentage points, measures in words
        String md = Files.readString(out.resolve("summary.md"));
        assertFalse(md.matches("(?s).*[0-9][eE]-?[0-9].*"), md);
        assertTrue(md.contains("| SMEs adopting sustainable practices | ") && md.contains(" pp ("), md);
        assertTrue(Files.size(out.resolve("report.html")) > 0, "the page");
    }

    @Test
    void compareRefusesOneReplication() {
        Outcome o = exec("compare", "scenarios/organic-production.yaml", "scenarios/organic-production.yaml",
                "--replications", "1", "--out", tmp.resolve("x").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--replications 1 is outside 2..100000; fix:"), o.err());
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    @Test
    void snapshotsGiveGraphMlPerMonthRSienaWavesAndADynamicGexf() throws Exception {
        Path out = tmp.resolve("snap");
        Outcome o = exec("run", "scenarios/agro-ecological.yaml", "--steps", "36", "--snapshots", "1989-06,1990-06",
                "--gexf-interval", "6", "--quiet", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.size(out.resolve("network-1989-06.graphml")) > 0);
        assertTrue(Files.size(out.resolve("network-1990-06.graphml")) > 0);
        // RSiena: square matrices over one actor set; 10 where an actor is absent in that wave
        List<String> actors = Files.readAllLines(out.resolve("siena/actors.csv"));
        int n = actors.size() - 1;
        List<String> wave = Files.readAllLines(out.resolve("siena/wave1-funding.dat"));
        assertEquals(n, wave.size());
        for (String row : wave) {
            String[] cells = row.split(" ");
            assertEquals(n, cells.length);
            for (String c : cells) assertTrue(c.equals("0") || c.equals("1") || c.equals("10"), c);
        }
        assertTrue(Files.readString(out.resolve("siena/wave1-funding.dat")).contains("1"), "some funding ties");
        // GEXF: well-formed, dynamic, every edge between declared nodes
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.resolve("network-dynamic.gexf").toFile());
        assertEquals("dynamic", ((org.w3c.dom.Element) doc.getElementsByTagName("graph").item(0)).getAttribute("mode"));
        java.util.Set<String> ids = new java.util.HashSet<>();
        var nodes = doc.getElementsByTagName("node");
        for (int i = 0; i < nodes.getLength(); i++) ids.add(((org.w3c.dom.Element) nodes.item(i)).getAttribute("id"));
        var edges = doc.getElementsByTagName("edge");
        assertTrue(edges.getLength() > 0);
        for (int i = 0; i < edges.getLength(); i++) {
            var e = (org.w3c.dom.Element) edges.item(i);
            assertTrue(ids.contains(e.getAttribute("source")) && ids.contains(e.getAttribute("target")));
            assertTrue(e.getElementsByTagName("spell").getLength() > 0, "each edge carries its spells");
        }
        Outcome bad = exec("run", "scenarios/agro-ecological.yaml", "--steps", "12", "--snapshots", "2030-01",
                "--out", tmp.resolve("x").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--snapshots 2030-01 is outside the months simulated"), bad.err());
    }
}
