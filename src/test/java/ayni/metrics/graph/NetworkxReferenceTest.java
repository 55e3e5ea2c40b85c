package ayni.metrics.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every measure Ayni shares with networkx equals networkx's value to 1e-9 (relative to the value's size) on four
 * networks, whatever the order of nodes and edges in the file, read as edge list, GraphML and GEXF. The reference
 * values are in test resources networks/networkx-reference.csv, made once by networkx-reference.py (networkx 2.8.8;
 * the script names the conventions). Les Misérables (77 characters, 254 weighted ties; Knuth 1993, as networkx ships
 * it) has transitivity 0.498932 = 3 x 467 triangles / 2808 connected triples, which JGraphT 1.5.3 miscounts in some
 * node orders.
 */
class NetworkxReferenceTest {
    static final List<String> NETWORKS = List.of("karate", "florentine-marriage", "lesmis", "directed-random");
    static final int SHUFFLES = 12;

    @TempDir
    Path tmp;

    /** network -> measure -> node ("" for the whole network) -> value. */
    static Map<String, Map<String, Map<String, Double>>> reference() throws IOException {
        Map<String, Map<String, Map<String, Double>>> ref = new HashMap<>();
        List<String> lines = Files.readAllLines(Networks.resource("networkx-reference.csv"));
        for (String line : lines.subList(2, lines.size())) {
            String[] f = line.split(",");
            ref.computeIfAbsent(f[0], k -> new HashMap<>()).computeIfAbsent(f[2], k -> new HashMap<>())
                    .put(f[1], f[3].equals("nan") ? Double.NaN : Double.parseDouble(f[3])); // Python writes NaN "nan"
        }
        return ref;
    }

    static boolean directed(String network) {
        return network.startsWith("directed");
    }

    @Test
    void lesMiserablesHasThePublishedTransitivity() throws Exception {
        Network net = read(Networks.resource("lesmis.csv"), false);
        assertEquals(77, net.graph().vertexSet().size());
        assertEquals(254, net.graph().edgeSet().size());
        Clustering.Result<String> c = Clustering.of(net.graph());
        assertEquals(467, c.triangles());
        assertEquals(3 * 467 / 2808.0, c.transitivity(), 1e-12);
        assertEquals(0.498932, c.transitivity(), 1e-6);
    }

    @Test
    void everySharedMeasureEqualsNetworkxInEveryFileOrderAndFormat() throws Exception {
        var ref = reference();
        Random rng = new Random(2024);
        int checked = 0;
        for (String name : NETWORKS) {
            NetworkFile original = NetworkReader.read(Networks.resource(name + ".csv"));
            for (int s = 0; s <= SHUFFLES; s++) {
                NetworkFile f = s == 0 ? original : shuffled(original, rng, directed(name));
                Path dir = Files.createDirectories(tmp.resolve(name + "-" + s));
                for (Path p : List.of(csv(f, dir), graphMl(f, dir, directed(name)), gexf(f, dir, directed(name)))) {
                    checked += check(name, p, ref.get(name));
                }
            }
        }
        assertTrue(checked > 20_000, checked + " values checked");
    }

    /** Compares one file's report with networkx; returns how many values were compared. */
    private static int check(String name, Path file, Map<String, Map<String, Double>> ref) throws Exception {
        Network net = read(file, !directed(name));
        NetworkReport r = NetworkReport.of(net, null, new SplittableRandom(1));
        String where = name + " from " + file.getFileName() + " in " + file.getParent().getFileName();
        assertEquals(directed(name), net.directed(), where);
        int count = 0;
        List<String> cols = r.nodes().columns();
        Map<String, String> sameName = Map.of("closeness", "closeness", "harmonicCloseness", "harmonicCloseness",
                "betweenness", "betweenness", "betweennessNormalized", "betweennessNormalized",
                "effectiveSize", "effectiveSize", "constraint", "constraint", "clustering", "clustering");
        for (List<Object> row : r.nodes().rows()) {
            String node = (String) row.get(0);
            for (var m : sameName.entrySet()) {
                double ours = (Double) row.get(cols.indexOf(m.getKey()));
                Double theirs = ref.get(m.getValue()).get(node);
                if (theirs.isNaN() && ref.containsKey(m.getValue() + "BothDirections")
                        && ref.get(m.getValue() + "BothDirections").containsKey(node)) {
                    theirs = ref.get(m.getValue() + "BothDirections").get(node); // networkx's guard: see its script
                }
                assertClose(theirs, ours, where + ": " + m.getKey() + " of " + node);
                count++;
            }
        }
        assertClose(ref.get("transitivity").get(""), r.graphMeasure("transitivity"), where + ": transitivity");
        assertClose(ref.get("averageClustering").get(""), r.graphMeasure("averageClustering"), where + ": average clustering");
        assertClose(ref.get("triangles").get(""), r.graphMeasure("triangles"), where + ": triangles");
        return count + 3;
    }

    static void assertClose(double expected, double actual, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": expected undefined, got " + actual);
            return;
        }
        assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
    }

    private static Network read(Path p, boolean undirected) throws NetworkException {
        return Network.of(NetworkReader.read(p), null, null, undirected);
    }

    /** The same network with nodes and edges in a random order, and each undirected edge's ends swapped at random. */
    static NetworkFile shuffled(NetworkFile f, Random rng, boolean directed) {
        List<String> nodes = new ArrayList<>(f.nodes().keySet());
        Collections.shuffle(nodes, rng);
        Map<String, Map<String, String>> n = new java.util.LinkedHashMap<>();
        for (String v : nodes) n.put(v, f.nodes().get(v));
        List<NetworkFile.Edge> edges = new ArrayList<>();
        for (NetworkFile.Edge e : f.edges()) {
            boolean swap = !directed && rng.nextBoolean();
            edges.add(new NetworkFile.Edge(swap ? e.target() : e.source(), swap ? e.source() : e.target(),
                    e.attributes(), e.where()));
        }
        Collections.shuffle(edges, rng);
        return new NetworkFile(f.name(), f.directed(), n, edges);
    }

    private static String weight(NetworkFile.Edge e) {
        return e.attributes().getOrDefault("weight", "1");
    }

    /** An edge list; nodes without ties as rows with an empty target, first, so the node order is the file's. */
    private static Path csv(NetworkFile f, Path dir) throws IOException {
        StringBuilder b = new StringBuilder("source,target,weight\n");
        for (String v : f.nodes().keySet()) b.append(v).append(",,\n");
        for (NetworkFile.Edge e : f.edges()) b.append(e.source()).append(',').append(e.target()).append(',').append(weight(e)).append('\n');
        return Files.writeString(dir.resolve("net.csv"), b);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private static Path graphMl(NetworkFile f, Path dir, boolean directed) throws IOException {
        StringBuilder b = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                <key id="d0" for="edge" attr.name="weight" attr.type="double"/>
                """).append("<graph edgedefault=\"").append(directed ? "directed" : "undirected").append("\">\n");
        for (String v : f.nodes().keySet()) b.append("<node id=\"").append(xml(v)).append("\"/>\n");
        for (NetworkFile.Edge e : f.edges()) {
            b.append("<edge source=\"").append(xml(e.source())).append("\" target=\"").append(xml(e.target()))
                    .append("\"><data key=\"d0\">").append(weight(e)).append("</data></edge>\n");
        }
        return Files.writeString(dir.resolve("net.graphml"), b.append("</graph>\n</graphml>\n"));
    }

    private static Path gexf(NetworkFile f, Path dir, boolean directed) throws IOException {
        StringBuilder b = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <gexf xmlns="http://gexf.net/1.3" version="1.3">
                """).append("<graph defaultedgetype=\"").append(directed ? "directed" : "undirected").append("\">\n<nodes>\n");
        for (String v : f.nodes().keySet()) b.append("<node id=\"").append(xml(v)).append("\" label=\"").append(xml(v)).append("\"/>\n");
        b.append("</nodes>\n<edges>\n");
        int id = 0;
        for (NetworkFile.Edge e : f.edges()) {
            b.append("<edge id=\"e").append(id++).append("\" source=\"").append(xml(e.source())).append("\" target=\"")
                    .append(xml(e.target())).append("\" weight=\"").append(weight(e)).append("\"/>\n");
        }
        return Files.writeString(dir.resolve("net.gexf"), b.append("</edges>\n</graph>\n</gexf>\n"));
    }
}
