package ayni.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.Tiny;
import ayni.agents.World;
import ayni.domain.Layer;
import ayni.experiment.SingleRun;
import ayni.metrics.TieHistory;
import ayni.model.AyniModel;
import ayni.scenario.Scenario;
import ayni.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import sim.engine.SimState;
import sim.engine.Steppable;

class GexfWriterTest {
    @TempDir
    Path tmp;

    /** Parsed edge: its kind and spells as [start, end) dates (end null while open), and its weights' intervals. */
    record Edge(String source, String target, String kind, List<LocalDate[]> spells, List<LocalDate[]> weights) {}

    record Gexf(Map<String, LocalDate[]> nodes, List<Edge> edges) {}

    static Gexf parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(file.toFile());
        Map<String, LocalDate[]> nodes = new HashMap<>();
        NodeList ns = d.getElementsByTagName("node");
        for (int i = 0; i < ns.getLength(); i++) {
            Element n = (Element) ns.item(i);
            nodes.put(n.getAttribute("id"), new LocalDate[] {date(n.getAttribute("start")), date(n.getAttribute("end"))});
        }
        List<Edge> edges = new ArrayList<>();
        NodeList es = d.getElementsByTagName("edge");
        for (int i = 0; i < es.getLength(); i++) {
            Element e = (Element) es.item(i);
            List<LocalDate[]> spells = new ArrayList<>(), weights = new ArrayList<>();
            NodeList sp = e.getElementsByTagName("spell");
            for (int j = 0; j < sp.getLength(); j++) {
                Element s = (Element) sp.item(j);
                spells.add(new LocalDate[] {date(s.getAttribute("start")), date(s.getAttribute("end"))});
            }
            NodeList av = e.getElementsByTagName("attvalue");
            for (int j = 0; j < av.getLength(); j++) {
                Element a = (Element) av.item(j);
                if (a.getAttribute("for").equals("tieWeight")) {
                    weights.add(new LocalDate[] {date(a.getAttribute("start")), date(a.getAttribute("end"))});
                }
            }
            assertTrue(e.getAttribute("start").isEmpty() && e.getAttribute("end").isEmpty(), "time is in the spells");
            edges.add(new Edge(e.getAttribute("source"), e.getAttribute("target"), e.getAttribute("kind"), spells, weights));
        }
        return new Gexf(nodes, edges);
    }

    private static LocalDate date(String s) {
        return s.isEmpty() ? null : LocalDate.parse(s);
    }

    private static LocalDate d(String ym) {
        return LocalDate.parse(ym + "-01");
    }

    /** Changes the ties of a tiny world at chosen steps, inside the step, as the model's own phases would. */
    private static final class Script implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            World w = ((AyniModel) state).world();
            int a = w.byId("a").index(), b = w.byId("b").index(), c = w.byId("c").index();
            switch (w.step()) {
                case 3 -> w.ties.remove(w.ties.get(a, b, Layer.KNOWLEDGE));
                case 5 -> w.ties.add(a, b, Layer.KNOWLEDGE, 0.5, 5);
                case 7 -> w.deactivate(w.byId("c"));
                case 8 -> w.ties.add(b, c, Layer.KNOWLEDGE, 0.5, 8); // a tie to an actor that has left
                default -> { }
            }
        }
    }

    @Test
    void aReformedTieIsOneEdgeWithTwoSpellsLayersAreKindsAndNoTieOutlivesItsActors() throws Exception {
        Scenario s = Tiny.parse(Tiny.HEADER + """
                parameters: {tieDecayRate: 0, partnerSearchProbability: 0}
                ngos:
                  - {id: a, type: conventional, domain: organic}
                  - {id: b, type: conventional, domain: organic}
                  - {id: c, type: conventional, domain: organic}
                ties:
                  - {from: a, to: b, layer: knowledge, weight: 1}
                  - {from: a, to: b, layer: funding, weight: 1}
                  - {from: b, to: c, layer: knowledge, weight: 1}
                """);
        AyniModel m = new AyniModel(s, 1);
        TieHistory h = new TieHistory(2, 9);
        m.addObserver(new Script());
        m.addObserver(h);
        m.start();
        for (int i = 0; i < 10; i++) m.runStep();
        Path f = tmp.resolve("t.gexf");
        GexfWriter.write(m.world(), h, m.date(), "tiny", f);
        Gexf g = parse(f);
        assertEquals(d("2000-08"), g.nodes().get("c")[1]);
        Map<String, Edge> byKey = new HashMap<>();
        for (Edge e : g.edges()) byKey.put(e.source() + ">" + e.target() + ":" + e.kind(), e);
        assertEquals(3, g.edges().size(), byKey.keySet().toString());
        Edge ab = byKey.get("a>b:knowledge");
        assertEquals(2, ab.spells().size());
        assertEquals(d("2000-01"), ab.spells().get(0)[0]);
        assertEquals(d("2000-04"), ab.spells().get(0)[1]);
        assertEquals(d("2000-06"), ab.spells().get(1)[0]);
        assertEquals(null, ab.spells().get(1)[1]);
        assertEquals(1, byKey.get("a>b:funding").spells().size(), "the other layer of the same pair is its own edge");
        Edge bc = byKey.get("b>c:knowledge");
        assertEquals(1, bc.spells().size(), "the tie laid after c left is not shown");
        assertEquals(d("2000-08"), bc.spells().get(0)[1], "ends when c leaves");
        for (LocalDate[] wv : bc.weights()) assertFalse(wv[1].isAfter(d("2000-08")));
        checkConsistent(g);
    }

    /** Every rule of the file over a whole organic run, read back from the file. */
    @Test
    void aWholeOrganicRunKeepsEveryTieInsideItsActorsAndItsSpells() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/organic-production.yaml"));
        TieHistory h = new TieHistory(12, s.steps() - 1);
        SingleRun.Result r = SingleRun.run(s, s.seed(), s.parameters(), s.steps(), 12, List.of(h), null);
        Path f = tmp.resolve("organic.gexf");
        GexfWriter.write(r.model().world(), h, r.model().date(), s.title(), f);
        Gexf g = parse(f);
        checkConsistent(g);
        int open = 0, reformed = 0;
        for (Edge e : g.edges()) {
            if (e.spells().get(e.spells().size() - 1)[1] == null) open++;
            if (e.spells().size() > 1) reformed++;
        }
        assertEquals(r.model().world().ties.size(), open, "the ties alive at the end are the edges still open");
        assertTrue(reformed > 0, "some ties dissolve and form again");
    }

    private static void checkConsistent(Gexf g) {
        Set<String> layers = new HashSet<>();
        for (Layer l : Layer.values()) layers.add(l.key());
        Set<String> keys = new HashSet<>();
        for (Edge e : g.edges()) {
            assertTrue(layers.contains(e.kind()), e.kind());
            assertTrue(keys.add(e.source() + ">" + e.target() + ":" + e.kind()), "one edge per tie and layer");
            LocalDate[] a = g.nodes().get(e.source()), b = g.nodes().get(e.target());
            assertFalse(e.spells().isEmpty());
            LocalDate previousEnd = null;
            for (LocalDate[] sp : e.spells()) {
                assertFalse(sp[0].isBefore(a[0]) || sp[0].isBefore(b[0]), "starts after both actors");
                assertTrue(sp[1] == null || sp[0].isBefore(sp[1]));
                assertTrue(previousEnd == null || previousEnd.isBefore(sp[0]), "spells apart and in order");
                previousEnd = sp[1];
                for (LocalDate[] actor : new LocalDate[][] {a, b}) {
                    if (actor[1] != null) {
                        assertTrue(sp[1] != null && !sp[1].isAfter(actor[1]),
                                e.source() + ">" + e.target() + " " + e.kind() + " outlives an actor ending " + actor[1]);
                    }
                }
            }
            for (LocalDate[] wv : e.weights()) {
                boolean inside = false;
                for (LocalDate[] sp : e.spells()) {
                    inside |= !wv[0].isBefore(sp[0]) && (sp[1] == null || !wv[1].isAfter(sp[1]));
                }
                assertTrue(inside, "weight interval inside a spell");
            }
        }
    }
}
