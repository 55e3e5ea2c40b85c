package ayni.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.cli.Main;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html in a real browser: Debian's chromium, headless, over the DevTools protocol. The pages of a run and of a
 * comparison load from file:// with no console error, show every chart of their folder, and the run's network view
 * draws one node per actor of the month shown (and of another month when its button is clicked). Skipped where
 * chromium is not installed (.ci/run installs it when it can).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPageBrowserTest {
    @TempDir
    Path tmp;
    String chromium;

    @BeforeAll
    void findChromium() {
        chromium = Chromium.find();
    }

    static void exec(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
    }

    static long charts(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".svg") && !n.startsWith("network-")).count();
        }
    }

    /** The organic scenario with every donor's budget halved in 1991-01: an event within a few months. */
    static Path cut(Path tmp) throws Exception {
        Path w = tmp.resolve("cut.yaml");
        Files.writeString(w, "base: " + Path.of("scenarios/organic-production.yaml").toAbsolutePath() + "\n"
                + "name: cut\ntitle: donor budgets halved in 1991-01\n"
                + "events:\n  - {at: 1991-01, kind: budgetChange, donors: all, factor: 0.5}\n");
        return w;
    }

    @Test
    void theRunPageLoadsWithoutErrorsShowsEveryChartAndDrawsTheActors() throws Exception {
        Assumptions.assumeTrue(chromium != null, "chromium is not installed (apt-get install chromium); browser test skipped");
        Path dir = tmp.resolve("run");
        exec("run", cut(tmp).toString(), "--steps", "36", "--out", dir.toString(), "--quiet");
        List<Integer> expected = NetworkViews.drawn(NetworkViews.read(dir));
        assertTrue(expected.size() >= 2, "views at several months: " + expected);
        try (Chromium c = new Chromium(chromium, 1280, 1600)) {
            c.open(dir.resolve(ReportPages.FILE).toUri().toString());
            assertEquals(List.of(), c.errors(), "no console errors");
            assertEquals(charts(dir), c.evaluate("document.querySelectorAll('figure.chart svg').length").asLong());
            // every inlined chart has drawn content: Batik's paths survived the id rewriting
            assertEquals(0, c.evaluate("Array.from(document.querySelectorAll('figure.chart svg'))"
                    + ".filter(s => s.getBBox().width < 100).length").asInt());
            JsonNode drawn = c.evaluate("document.querySelectorAll('#network-svg circle.node').length");
            assertEquals(expected.get(expected.size() - 1).intValue(), drawn.asInt(), "nodes of the last month");
            assertTrue(c.evaluate("document.querySelectorAll('#network-svg line.tie').length").asInt() > 0, "ties drawn");
            c.evaluate("document.querySelectorAll('#months button')[0].click();0");
            assertEquals(expected.get(0).intValue(), c.evaluate("document.querySelectorAll('#network-svg circle.node').length").asInt(),
                    "nodes of the first month");
            assertTrue(c.evaluate("document.querySelector('#network-svg circle.node title').textContent.length").asInt() > 0,
                    "a node is named on hover");
            assertTrue(c.evaluate("document.querySelectorAll('ol.events li').length").asInt() > 0, "events listed");
            assertEquals(List.of(), c.errors(), "no errors after clicking");
            byte[] png = c.screenshot(null);
            assertTrue(png.length > 10_000, "a screenshot");
            String out = System.getProperty("ayni.reportScreenshot");
            if (out != null) {
                Files.write(Path.of(out), png);
                Files.write(Path.of(out.replace(".png", "-network.png")), c.screenshot("#network"));
            }
        }
    }

    @Test
    void theComparePageLoadsWithoutErrorsAndShowsEveryChartAndTheTable() throws Exception {
        Assumptions.assumeTrue(chromium != null, "chromium is not installed (apt-get install chromium); browser test skipped");
        Path dir = tmp.resolve("cmp");
        exec("compare", "scenarios/organic-production.yaml", cut(tmp).toString(), "--replications", "2", "--steps", "30",
                "--threads", "2", "--out", dir.toString(), "--quiet");
        try (Chromium c = new Chromium(chromium, 1280, 1600)) {
            c.open(dir.resolve(ReportPages.FILE).toUri().toString());
            assertEquals(List.of(), c.errors(), "no console errors");
            assertEquals(charts(dir), c.evaluate("document.querySelectorAll('figure.chart svg').length").asLong());
            assertTrue(c.evaluate("document.querySelectorAll('table tbody tr').length").asInt() >= 20, "end-of-period table");
            assertTrue(c.evaluate("document.body.textContent.includes('budgets of all donors cut to 50%')").asBoolean(), "the event in words");
        }
    }

    @Test
    void theExperimentPageLoadsWithoutErrorsAndShowsEveryChartAndThePairedTable() throws Exception {
        Assumptions.assumeTrue(chromium != null, "chromium is not installed (apt-get install chromium); browser test skipped");
        Path f = tmp.resolve("exp.yaml");
        String root = Path.of("").toAbsolutePath().toString().replace('\\', '/');
        Files.writeString(f, """
                name: page-test
                title: "Budgets halved: a paired experiment"
                kind: paired
                scenario: %s/scenarios/organic-production.yaml
                arms:
                  - name: base
                  - name: cut
                    scenario: %s
                replications: 2
                steps: 30
                record: [adoption_all, actors_ngo, powerPagerank_sme]
                """.formatted(root, cut(tmp).toString().replace('\\', '/')));
        Path dir = tmp.resolve("exp");
        exec("experiment", f.toString(), "--out", dir.toString(), "--threads", "2", "--quiet");
        try (Chromium c = new Chromium(chromium, 1280, 1600)) {
            c.open(dir.resolve(ReportPages.FILE).toUri().toString());
            assertEquals(List.of(), c.errors(), "no console errors");
            assertEquals(charts(dir), c.evaluate("document.querySelectorAll('figure.chart svg').length").asLong());
            assertTrue(charts(dir) >= 6, "arms, paired differences and end differences charted");
            assertTrue(c.evaluate("document.body.textContent.includes('Paired differences at the end of the period')").asBoolean());
            assertTrue(c.evaluate("document.body.textContent.includes('End-of-period values by arm')").asBoolean());
        }
    }
}
