package ayni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.Tiny;
import ayni.metrics.DependencePageRank;
import ayni.model.AyniModel;
import ayni.output.GraphMlWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MetricsCommandTest {
    @TempDir
    Path tmp;

    static final Path KARATE = Path.of("src/test/resources/networks/karate.csv");

    /**
     * Runs a command line as {@link Main#execute} does. Until {@code metrics} is registered in Main's subcommands the
     * command is added here with Main's handling of bad input; once it is, this is simply Main.execute.
     */
    static MainTest.Outcome exec(String... args) {
        if (new CommandLine(new Main()).getSubcommands().containsKey("metrics")) return MainTest.exec(args);
        StringWriter out = new StringWriter(), err = new StringWriter();
        PrintWriter o = new PrintWriter(out, true), e = new PrintWriter(err, true);
        CommandLine cl = new CommandLine(new Main()).addSubcommand(new MetricsCommand());
        cl.setOut(o);
        cl.setErr(e);
        cl.setParameterExceptionHandler((ex, a) -> {
            e.println("ayni: " + ex.getMessage());
            return Main.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof Main.BadInput b) {
                e.println(b.getMessage());
                return Main.BAD_INPUT;
            }
            throw ex;
        });
        int code = cl.execute(args);
        return new MainTest.Outcome(code, out.toString(), err.toString());
    }

    static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    /** The CSV blocks printed to standard output, by title. */
    static Map<String, String> blocks(String out) {
        Map<String, String> m = new TreeMap<>();
        for (String block : out.split("\n\n")) {
            int nl = block.indexOf('\n');
            m.put(block.substring(0, nl), block.substring(nl + 1) + "\n");
        }
        return m;
    }

    @Test
    void anEdgeListPrintsThreeCsvBlocks() throws Exception {
        MainTest.Outcome o = exec("metrics", KARATE.toString(), "--undirected");
        assertEquals(0, o.code(), o.err());
        Map<String, String> b = blocks(o.out());
        assertEquals(List.of("# graph", "# groups", "# nodes"), List.copyOf(b.keySet()));
        List<CSVRecord> nodes = csv(b.get("# nodes"));
        assertEquals(34, nodes.size());
        CSVRecord one = nodes.get(0);
        assertEquals("1", one.get("id"));
        assertEquals("all", one.get("group"));
        assertEquals("16", one.get("degree"));
        assertEquals(231.0714285714286, Double.parseDouble(one.get("betweenness")), 1e-3); // console: 6 significant digits
        assertEquals("0", one.get("betweennessSE"));
        assertEquals(0.3554914445245667, Double.parseDouble(one.get("eigenvector")), 1e-6);
        List<CSVRecord> groups = csv(b.get("# groups"));
        assertEquals(1, groups.size());
        assertEquals("34", groups.get(0).get("count"));
        assertEquals("1", groups.get(0).get("pagerankShare"));
        Map<String, String> graph = new TreeMap<>();
        for (CSVRecord r : csv(b.get("# graph"))) if (r.get("from").isEmpty()) graph.put(r.get("measure"), r.get("value"));
        assertEquals("78", graph.get("edges"));
        assertEquals("0", graph.get("directed"));
        assertEquals(78.0 / 561, Double.parseDouble(graph.get("density")), 1e-6);
        assertEquals(422.0 / 1056, Double.parseDouble(graph.get("degreeCentralization")), 1e-6);
        assertEquals("0", graph.get("betweennessSamples"));
        assertFalse(o.out().matches("(?s).*[0-9][eE]-?[0-9].*"), "no exponents on the console");
    }

    @Test
    void sampledBetweennessIsReproducibleFromTheSeed() throws Exception {
        MainTest.Outcome a = exec("metrics", KARATE.toString(), "--undirected", "--samples", "10", "--seed", "7");
        MainTest.Outcome b = exec("metrics", KARATE.toString(), "--undirected", "--samples", "10", "--seed", "7");
        assertEquals(0, a.code(), a.err());
        assertEquals(a.out(), b.out());
        CSVRecord one = csv(blocks(a.out()).get("# nodes")).get(0);
        assertTrue(Double.parseDouble(one.get("betweennessSE")) > 0);
        assertTrue(a.out().contains("\nbetweennessSamples,,,10\n"), a.out());
    }

    @Test
    void aNetworkWrittenByTheModelGivesNodeGroupAndGraphFiles() throws Exception {
        AyniModel m = new AyniModel(Tiny.parse(Tiny.donorAndNgo(null, null)), 3);
        m.start();
        for (int i = 0; i < 12; i++) m.runStep();
        Path network = tmp.resolve("network-final.graphml");
        GraphMlWriter.write(ayni.metrics.NetworkSnapshot.of(m.world(), new DependencePageRank().compute(m.world(), 0.85)), network);

        Path out = tmp.resolve("metrics");
        MainTest.Outcome o = exec("metrics", network.toString(), "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("groups by kind"), o.out());
        List<CSVRecord> nodes = csv(Files.readString(out.resolve("nodes.csv")));
        CSVRecord donor = nodes.stream().filter(r -> r.get("id").equals("d1")).findFirst().orElseThrow();
        assertEquals("donor", donor.get("group"));
        assertEquals("0", donor.get("inDegree"));
        assertTrue(Integer.parseInt(donor.get("outDegree")) >= 1);
        CSVRecord ngo = nodes.stream().filter(r -> r.get("id").equals("n1")).findFirst().orElseThrow();
        assertTrue(Double.parseDouble(ngo.get("betweenness")) > 0, "the NGO stands between its donor and its SMEs");
        assertTrue(Long.parseLong(ngo.get("liaison")) > 0, "donor -> NGO -> SME crosses three kinds");

        // the positions the GraphML carries are the ones ayni metrics computes on it
        Map<String, Map<String, String>> attributes = ayni.metrics.graph.NetworkReader.read(network).nodes();
        int compared = 0;
        for (CSVRecord r : nodes) {
            for (String measure : List.of("betweennessNormalized", "closeness", "harmonicCloseness", "effectiveSize")) {
                String written = attributes.get(r.get("id")).get(measure), computed = r.get(measure);
                if (computed.isEmpty()) {
                    assertEquals(null, written, measure + " of isolate " + r.get("id"));
                    continue;
                }
                assertEquals(Double.parseDouble(computed), Double.parseDouble(written), 1e-12, measure + " of " + r.get("id"));
                compared++;
            }
        }
        assertTrue(compared > 20, compared + " values compared");
        assertTrue(Double.parseDouble(attributes.get("n1").get("betweennessNormalized")) > 0);

        List<CSVRecord> groups = csv(Files.readString(out.resolve("groups.csv")));
        assertEquals(List.of("donor", "ngo", "sme"), groups.stream().map(r -> r.get("group")).toList());
        double share = 0;
        for (CSVRecord g : groups) share += Double.parseDouble(g.get("pagerankShare"));
        assertEquals(1, share, 1e-9);
        assertEquals(nodes.size(), groups.stream().mapToInt(g -> Integer.parseInt(g.get("count"))).sum());

        String graph = Files.readString(out.resolve("graph.csv"));
        assertTrue(graph.startsWith("measure,from,to,value\nnodes,,,"), graph);
        assertTrue(graph.contains("\ndirected,,,1\n"), graph);
        assertTrue(graph.contains("\ngroupDensity,donor,ngo,1\n"), graph);
        assertTrue(graph.contains("\noutDegreeCentralization,,,"), graph);
        try (var s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".metrics.tmp")), "no temporary folder left");
        }
    }

    @Test
    void badInputExitsTwoWithOneLineNamingTheFileAndAFix() throws Exception {
        MainTest.Outcome missing = exec("metrics", tmp.resolve("missing.graphml").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("missing.graphml: file not found; fix:"), missing.err());
        assertFalse(missing.err().contains("Exception"), missing.err());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());

        Path out = tmp.resolve("never");
        MainTest.Outcome weight = exec("metrics", KARATE.toString(), "--weight", "strength", "--out", out.toString());
        assertEquals(2, weight.code());
        assertTrue(weight.err().contains("karate.csv: no edge attribute 'strength'; fix:"), weight.err());
        assertFalse(Files.exists(out));

        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "source,target,weight\na,b,x\n");
        MainTest.Outcome nan = exec("metrics", bad.toString());
        assertEquals(2, nan.code());
        assertTrue(nan.err().contains("bad.csv: line 2 (a -> b): weight 'x' is not a number; fix:"), nan.err());

        MainTest.Outcome samples = exec("metrics", KARATE.toString(), "--samples", "1");
        assertEquals(2, samples.code());
        assertTrue(samples.err().contains("--samples 1 is too small; fix:"), samples.err());
    }
}
