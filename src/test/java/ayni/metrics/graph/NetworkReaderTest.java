package ayni.metrics.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkReaderTest {
    @TempDir
    Path tmp;

    private Path file(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static Network network(Path p, String weight, String kind, boolean undirected) throws NetworkException {
        return Network.of(NetworkReader.read(p), weight, kind, undirected);
    }

    private static double weight(Network n, String a, String b) {
        DefaultWeightedEdge e = n.graph().getEdge(a, b);
        return n.graph().getEdgeWeight(e);
    }

    static final String GRAPHML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="w" for="edge" attr.name="weight" attr.type="double"><default>1.0</default></key>
              <key id="l" for="edge" attr.name="layer" attr.type="string"/>
              <key id="f" for="edge" attr.name="totalFlow" attr.type="double"/>
              <key id="n" for="node" attr.name="label" attr.type="string"/>
              <key id="k" for="node" attr.name="kind" attr.type="string"/>
              <key id="d" for="node" attr.name="domain" attr.type="string"/>
              <graph edgedefault="%s">
                <node id="d1"><data key="n">Donor One</data><data key="k">donor</data><data key="d">organic</data></node>
                <node id="n1"><data key="k">ngo</data><data key="d">organic</data></node>
                <node id="s1"><data key="k">sme</data><data key="d">textiles</data></node>
                <node id="s2"><data key="k">sme</data></node>
                <edge source="d1" target="n1"><data key="w">0.8</data><data key="l">funding</data><data key="f">5000</data></edge>
                <edge source="d1" target="n1"><data key="w">0.4</data><data key="l">knowledge</data><data key="f">0</data></edge>
                <edge source="n1" target="s1"><data key="l">knowledge</data><data key="f">2</data></edge>
                <edge source="s1" target="n1"><data key="w">0.5</data><data key="l">legitimacy</data><data key="f">1</data></edge>
                <edge source="s2" target="s2"><data key="l">market</data></edge>
              </graph>
            </graphml>
            """;

    @Test
    void graphMlKeepsDirectionAttributesAndMergesParallelTies() throws Exception {
        Network n = network(file("net.graphml", GRAPHML.formatted("directed")), null, null, false);
        assertTrue(n.directed());
        assertEquals(List.of("d1", "n1", "s1", "s2"), List.copyOf(n.graph().vertexSet()));
        assertEquals("weight", n.weightAttribute());
        assertEquals("kind", n.groupAttribute());
        assertEquals("donor", n.groups().get("d1"));
        assertEquals("Donor One", n.labels().get("d1"));
        assertEquals("", n.labels().get("n1"));
        assertEquals(1.2, weight(n, "d1", "n1"), 1e-12); // funding 0.8 + knowledge 0.4
        assertEquals(1.0, weight(n, "n1", "s1"), 1e-12); // the key's default
        assertEquals(0.5, weight(n, "s1", "n1"), 1e-12);
        assertEquals(3, n.graph().edgeSet().size());
        assertEquals(1, n.parallelMerged());
        assertEquals(1, n.selfLoopsDropped());
    }

    @Test
    void graphMlUndirectedByDeclarationOrByChoiceAndOtherAttributes() throws Exception {
        Network u = network(file("u.graphml", GRAPHML.formatted("undirected")), null, null, false);
        assertFalse(u.directed());
        assertEquals(1.5, weight(u, "s1", "n1"), 1e-12); // both directions folded: 1.0 + 0.5
        assertEquals(2, u.parallelMerged());
        Network forced = network(file("d.graphml", GRAPHML.formatted("directed")), "totalFlow", "domain", true);
        assertFalse(forced.directed());
        assertEquals(5000, weight(forced, "n1", "d1"), 1e-12);
        assertEquals("textiles", forced.groups().get("s1"));
        assertEquals(Network.NO_VALUE, forced.groups().get("s2"));
        Network unweighted = network(file("w.graphml", GRAPHML.formatted("directed")), Network.UNWEIGHTED, null, false);
        assertNull(unweighted.weightAttribute());
        assertEquals(2, weight(unweighted, "d1", "n1"), 1e-12); // two ties, each counting 1
    }

    @Test
    void anEdgeOfWeightZeroIsLeftOut() throws Exception {
        Network n = network(file("z.graphml", GRAPHML.formatted("directed")), "totalFlow", null, false);
        assertEquals(5000, weight(n, "d1", "n1"), 1e-12); // the knowledge tie with no flow adds nothing
        assertEquals(0, n.parallelMerged());
        assertEquals(1, n.zeroWeightDropped());
        // the self-loop has no totalFlow: a loop is left out before its weight is asked for
        assertEquals(1, n.selfLoopsDropped());
    }

    @Test
    void gexfWithAttributesAndWeights() throws Exception {
        Path p = file("net.gexf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
                  <graph defaultedgetype="directed">
                    <attributes class="node"><attribute id="0" title="kind" type="string"/></attributes>
                    <attributes class="edge"><attribute id="0" title="layer" type="string"/></attributes>
                    <nodes>
                      <node id="a" label="Agency A"><attvalues><attvalue for="0" value="government"/></attvalues></node>
                      <node id="b" label="B"><attvalues><attvalue for="0" value="ngo"/></attvalues></node>
                      <node id="c"/>
                    </nodes>
                    <edges>
                      <edge id="e0" source="a" target="b" weight="2.5"><attvalues><attvalue for="0" value="funding"/></attvalues></edge>
                      <edge id="e1" source="b" target="c" weight="1"/>
                    </edges>
                  </graph>
                </gexf>
                """);
        Network n = network(p, null, null, false);
        assertTrue(n.directed());
        assertEquals("weight", n.weightAttribute());
        assertEquals(2.5, weight(n, "a", "b"), 1e-12);
        assertEquals("government", n.groups().get("a"));
        assertEquals("Agency A", n.labels().get("a"));
        assertEquals(Network.NO_VALUE, n.groups().get("c"));
        // GEXF's default edge type is undirected
        Path u = file("u.gexf", Files.readString(p).replace(" defaultedgetype=\"directed\"", ""));
        assertFalse(network(u, null, null, false).directed());
    }

    @Test
    void edgeListWithWeightsExtraColumnsAndAnIsolate() throws Exception {
        Path p = file("ties.csv", """
                # a comment
                Source,Target,weight,layer
                d1,n1,0.8,funding
                n1,s1,0.5,knowledge
                s1,n1,0.25,legitimacy
                d1,n1,0.2,knowledge
                lonely,
                """);
        Network n = network(p, null, null, false);
        assertTrue(n.directed());
        assertEquals(List.of("d1", "n1", "s1", "lonely"), List.copyOf(n.graph().vertexSet()));
        assertEquals(1.0, weight(n, "d1", "n1"), 1e-12);
        assertEquals(0, n.graph().degreeOf("lonely"));
        assertEquals(Network.ALL, n.groups().get("d1"));
        Network u = network(p, null, null, true);
        assertEquals(0.75, weight(u, "s1", "n1"), 1e-12);
        Network t = Network.of(NetworkReader.read(file("t.tsv", "source\ttarget\na\tb\n")), null, null, false);
        assertEquals(1, t.graph().edgeSet().size());
        assertNull(t.weightAttribute());
    }

    @Test
    void badFilesAndOptionsSayWhatToFix() throws Exception {
        assertMessage(() -> NetworkReader.read(tmp.resolve("missing.graphml")), "missing.graphml: file not found; fix:");
        assertMessage(() -> NetworkReader.read(file("net.json", "{}")), "net.json: unknown network format; fix:");
        assertMessage(() -> NetworkReader.read(file("h.csv", "from,to\na,b\n")), "h.csv: line 1: the header [from, to] has "
                + "no 'source' column; fix:");
        assertMessage(() -> NetworkReader.read(file("e.csv", "")), "e.csv: the file is empty; fix:");
        assertMessage(() -> NetworkReader.read(file("s.csv", "source,target\n,b\n")), "s.csv: line 2: empty source; fix:");
        assertMessage(() -> NetworkReader.read(file("bad.graphml", "<graphml><graph edgedefault='directed'><node id='a'>")),
                "bad.graphml: not readable as GraphML:");
        assertMessage(() -> NetworkReader.read(file("ref.graphml", "<graphml><graph edgedefault='directed'><node id='a'/>"
                + "<edge source='a' target='b'/></graph></graphml>")), "ref.graphml: not readable as GraphML: Target vertex b not found");
        Path w = file("w.csv", "source,target,weight\na,b,1\nb,c,heavy\n");
        assertMessage(() -> network(w, null, null, false), "w.csv: line 3 (b -> c): weight 'heavy' is not a number; fix:");
        Path neg = file("neg.csv", "source,target,weight\na,b,-1\n");
        assertMessage(() -> network(neg, null, null, false), "neg.csv: line 2 (a -> b): weight -1 is negative or not finite; fix:");
        Path g = file("g.graphml", GRAPHML.formatted("directed"));
        assertMessage(() -> network(g, "strength", null, false),
                "g.graphml: no edge attribute 'strength'; fix: use one of weight, layer, totalFlow, or leave out --weight");
        assertMessage(() -> network(g, "layer", null, false), "g.graphml: edge d1 -> n1: layer 'funding' is not a number; fix:");
        assertMessage(() -> network(g, null, "sector", false),
                "g.graphml: no node attribute 'sector'; fix: use one of label, kind, domain, or leave out --kind");
        Path csv = file("plain.csv", "source,target\na,b\n");
        assertMessage(() -> network(csv, "weight", null, false), "plain.csv: no edge attribute 'weight'; fix: the edges have no attributes");
        assertMessage(() -> network(csv, null, "kind", false), "plain.csv: no node attribute 'kind'; fix: the nodes have no attributes");
    }

    interface Reading {
        Object run() throws Exception;
    }

    private static void assertMessage(Reading r, String start) {
        NetworkException e = assertThrows(NetworkException.class, r::run);
        assertTrue(e.getMessage().contains(start), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    /** XXE: a DOCTYPE whose entity points at a local file must be refused, and the file's content never read. */
    @Test
    void externalEntitiesAreRefusedInGraphMlAndGexf() throws Exception {
        Path secret = file("secret.txt", "TOP-SECRET-CONTENT");
        String doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n";
        Path graphml = file("xxe.graphml", doctype + """
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="n" for="node" attr.name="label" attr.type="string"/>
                  <graph edgedefault="directed"><node id="a"><data key="n">&xxe;</data></node>
                  <node id="b"/><edge source="a" target="b"/></graph>
                </graphml>
                """);
        Path gexf = file("xxe.gexf", doctype.replace("graphml", "gexf") + """
                <gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
                  <nodes><node id="a" label="&xxe;"/><node id="b" label="b"/></nodes>
                  <edges><edge id="0" source="a" target="b"/></edges></graph></gexf>
                """);
        for (Path p : List.of(graphml, gexf)) {
            NetworkException e = assertThrows(NetworkException.class, () -> NetworkReader.read(p));
            assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
            assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
        }
    }

    /** The DOCTYPE is found however the file hides it, and the command line refuses the file and writes nothing. */
    @Test
    void externalEntitiesAreRefusedInEveryDisguise() throws Exception {
        Path secret = file("secret2.txt", "TOP-SECRET-CONTENT");
        String body = """
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="n" for="node" attr.name="label" attr.type="string"/>
                  <graph edgedefault="directed"><node id="a"><data key="n">&xxe;</data></node>
                  <node id="b"/><edge source="a" target="b"/></graph>
                </graphml>
                """;
        String entity = "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">";
        List<Path> files = List.of(
                file("plain.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [" + entity + "]>\n" + body),
                file("comment.graphml", "<?xml version=\"1.0\"?>\n<!-- a comment first -->\n<?pi x?>\n<!DOCTYPE graphml ["
                        + entity + "]>\n" + body),
                file("param.graphml", "<!DOCTYPE graphml [<!ENTITY % p SYSTEM \"" + secret.toUri() + "\"> %p; " + entity
                        + "]>\n" + body),
                file("external.graphml", "<!DOCTYPE graphml SYSTEM \"" + secret.toUri() + "\">\n" + body.replace("&xxe;", "x")));
        Path utf16 = tmp.resolve("utf16.graphml");
        Files.write(utf16, ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE graphml [" + entity + "]>\n" + body)
                .getBytes(java.nio.charset.StandardCharsets.UTF_16));
        for (Path p : new java.util.ArrayList<>(List.of(files.get(0), files.get(1), files.get(2), files.get(3), utf16))) {
            NetworkException e = assertThrows(NetworkException.class, () -> NetworkReader.read(p), p.toString());
            assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
            assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
            java.io.StringWriter out = new java.io.StringWriter(), err = new java.io.StringWriter();
            Path dest = tmp.resolve("out-" + p.getFileName());
            int code = ayni.cli.Main.execute(new String[] {"metrics", p.toString(), "--out", dest.toString()},
                    new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
            assertEquals(2, code, err.toString());
            assertFalse((out.toString() + err).contains("TOP-SECRET"));
            assertFalse(Files.exists(dest), "nothing written");
        }
    }
}
