package ayni.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.html without a browser: what the page holds, and that {@code ayni report DIR} rebuilds it exactly. */
class ReportPagesTest {
    @TempDir
    Path tmp;

    static int exec(StringWriter err, String... args) {
        return Main.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    @Test
    void aRunWritesItsPageAndReportRebuildsTheSamePageFromTheFolder() throws Exception {
        Path dir = tmp.resolve("run");
        StringWriter err = new StringWriter();
        assertEquals(0, exec(err, "run", ReportPageBrowserTest.cut(tmp).toString(), "--steps", "30", "--out", dir.toString(),
                "--quiet"), err.toString());
        Path page = dir.resolve(ReportPages.FILE);
        byte[] written = Files.readAllBytes(page);
        String html = Files.readString(page);
        // self-contained: no file or script fetched from elsewhere
        assertFalse(html.matches("(?s).*(<link |<img |<script src|<iframe|@import).*"), "nothing fetched");
        assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "no remote address");
        assertEquals(ReportPagesTest.svgCharts(dir), count(html, "<figure class=\"chart\""), "every chart inlined");
        assertTrue(html.contains("budgets of all donors cut to 50%"), "the event in words");
        assertTrue(html.contains("SMEs adopting sustainable practices"), "headline measures in words");
        assertTrue(html.contains("<script type=\"application/json\" id=\"network-data\">"), "the network view's data");
        assertTrue(html.contains("href=\"network-dynamic.gexf\"") && html.contains("href=\"timeseries.csv\""), "links to the files");
        // the run's page used the network in memory; the rebuild reads the GEXF: the same page
        Files.delete(page);
        assertEquals(0, exec(err, "report", dir.toString()), err.toString());
        assertArrayEquals(written, Files.readAllBytes(page), "report DIR rebuilds the run's page byte for byte");
    }

    @Test
    void reportRefusesWhatIsNotAResultsFolder() throws Exception {
        StringWriter err = new StringWriter();
        assertEquals(Main.BAD_INPUT, exec(err, "report", tmp.resolve("missing").toString()));
        assertTrue(err.toString().contains("is not a folder"), err.toString());
        Files.createDirectories(tmp.resolve("empty"));
        StringWriter err2 = new StringWriter();
        assertEquals(Main.BAD_INPUT, exec(err2, "report", tmp.resolve("empty").toString()));
        assertTrue(err2.toString().contains("no manifest.json"), err2.toString());
        assertFalse(Files.exists(tmp.resolve("empty").resolve(ReportPages.FILE)), "nothing written");
    }

    @Test
    void aFolderOfAnotherKindGetsItsManifestChartsAndFiles() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("cal"));
        Files.writeString(dir.resolve("manifest.json"), "{\"kind\":\"calibration\",\"title\":\"A calibration\",\"draws\":400}");
        Files.writeString(dir.resolve("posterior.csv"), "a,b\n1,2\n");
        StringWriter err = new StringWriter();
        assertEquals(0, exec(err, "report", dir.toString()), err.toString());
        String html = Files.readString(dir.resolve(ReportPages.FILE));
        assertTrue(html.contains("<h1>A calibration</h1>") && html.contains("<dd>400</dd>") && html.contains("href=\"posterior.csv\""), html);
    }

    @Test
    void chartsFromElsewhereGetIdsOfTheirOwnSoClipPathsDoNotClash() {
        String batik = "<?xml version=\"1.0\"?><!DOCTYPE svg><svg width=\"100\" height=\"50\"><defs><clipPath id=\"clipPath1\">"
                + "<path d=\"M0 0\"/></clipPath></defs><g style=\"clip-path:url(#clipPath1)\"/></svg>";
        String html = new ReportPage("t", null).chart("a", batik).chart("b", batik).html();
        assertTrue(html.contains("id=\"c1-clipPath1\"") && html.contains("url(#c1-clipPath1)"), html);
        assertTrue(html.contains("id=\"c2-clipPath1\"") && html.contains("url(#c2-clipPath1)"), html);
        assertTrue(html.contains("viewBox=\"0 0 100 50\""), "scales with the page");
        assertFalse(html.contains("<!DOCTYPE svg") || html.contains("<?xml"), "no XML prolog inside HTML");
    }

    static long svgCharts(Path dir) throws Exception {
        return ReportPageBrowserTest.charts(dir);
    }

    static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }
}
