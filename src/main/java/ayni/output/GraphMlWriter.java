package ayni.output;

import ayni.agents.Actor;
import ayni.agents.Ngo;
import ayni.agents.Sme;
import ayni.agents.World;
import ayni.network.Tie;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;

/** Writes the active actors and their ties as a multiplex GraphML network (one edge per tie, with its layer). */
public final class GraphMlWriter {
    private GraphMlWriter() {}

    /** A tie as a JGraphT edge (identity, so parallel ties on different layers stay distinct). */
    public static final class Edge {
        final Tie tie;

        Edge(Tie tie) { this.tie = tie; }
    }

    public static Graph<Actor, Edge> graph(World w) {
        Graph<Actor, Edge> g = new DirectedWeightedMultigraph<>(Edge.class);
        for (Actor a : w.actors()) if (a.active()) g.addVertex(a);
        for (Tie t : w.ties.all()) {
            Edge e = new Edge(t);
            g.addEdge(w.actor(t.from()), w.actor(t.to()), e);
            g.setEdgeWeight(e, t.weight());
        }
        return g;
    }

    /** @param pagerank scores by actor index, written as a node attribute (may be null) */
    public static void write(World w, double[] pagerank, Path file) throws IOException {
        Graph<Actor, Edge> g = graph(w);
        GraphMLExporter<Actor, Edge> ex = new GraphMLExporter<>(Actor::id);
        ex.setEdgeIdProvider(new java.util.function.Function<>() {
            int next;
            @Override public String apply(Edge e) { return "t" + (next++); }
        });
        for (String a : new String[] {"label", "kind", "subtype", "domain"}) {
            ex.registerAttribute(a, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        }
        for (String a : new String[] {"cash", "knowledge", "legitimacy", "discourseX", "discourseY", "pagerank",
                "practice"}) {
            ex.registerAttribute(a, GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
        }
        ex.registerAttribute("layer", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        ex.registerAttribute("startStep", GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
        ex.registerAttribute("totalFlow", GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
        ex.setExportEdgeWeights(true);
        ex.setVertexAttributeProvider(a -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("label", DefaultAttribute.createAttribute(a.name()));
            m.put("kind", DefaultAttribute.createAttribute(a.kind().key()));
            m.put("subtype", DefaultAttribute.createAttribute(a.subtype()));
            m.put("domain", DefaultAttribute.createAttribute(a.domain() == null ? "" : a.domain().key()));
            m.put("cash", DefaultAttribute.createAttribute(a.cash()));
            m.put("knowledge", DefaultAttribute.createAttribute(a.knowledge()));
            m.put("legitimacy", DefaultAttribute.createAttribute(a.legitimacy()));
            m.put("discourseX", DefaultAttribute.createAttribute(a.discourse().x()));
            m.put("discourseY", DefaultAttribute.createAttribute(a.discourse().y()));
            if (pagerank != null) m.put("pagerank", DefaultAttribute.createAttribute(pagerank[a.index()]));
            if (a instanceof Sme s) m.put("practice", DefaultAttribute.createAttribute(s.practice()));
            if (a instanceof Ngo n) m.put("subtype", DefaultAttribute.createAttribute(n.type().key()));
            return m;
        });
        ex.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("layer", DefaultAttribute.createAttribute(e.tie.layer().key()));
            m.put("startStep", DefaultAttribute.createAttribute(e.tie.startStep()));
            m.put("totalFlow", DefaultAttribute.createAttribute(e.tie.totalFlow()));
            return m;
        });
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ex.exportGraph(g, out);
        }
    }
}
