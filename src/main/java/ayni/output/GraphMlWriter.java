package ayni.output;

import ayni.metrics.NetworkSnapshot;
import ayni.metrics.NetworkSnapshot.Link;
import ayni.metrics.NetworkSnapshot.Node;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes a network snapshot as multiplex GraphML (one edge per tie, with its layer), using JGraphT's exporter: node
 * kind, subtype, domain, state and power measures as attributes (and the positions {@code ayni metrics} would compute
 * on this file: normalised betweenness, closeness, harmonic closeness, effective size, which an isolate lacks), ties
 * with layer, weight, start and total flow.
 */
public final class GraphMlWriter {
    private GraphMlWriter() {}

    private static final String[] NODE_TEXT = {"label", "kind", "subtype", "domain"};
    private static final String[] NODE_NUMBERS = {"cash", "knowledge", "legitimacy", "discourseX", "discourseY",
            "practice", "pagerank", "dependence", "informational", "anchoring", "betweennessNormalized", "closeness",
            "harmonicCloseness", "effectiveSize"};

    public static void write(NetworkSnapshot s, Path file) throws IOException {
        Graph<Node, Link> g = new DirectedWeightedMultigraph<>(Link.class);
        Map<Integer, Node> byIndex = new HashMap<>();
        for (Node n : s.nodes()) {
            g.addVertex(n);
            byIndex.put(n.index(), n);
        }
        for (Link l : s.links()) {
            g.addEdge(byIndex.get(l.from()), byIndex.get(l.to()), l);
            g.setEdgeWeight(l, l.weight());
        }
        GraphMLExporter<Node, Link> ex = new GraphMLExporter<>(Node::id);
        ex.setEdgeIdProvider(new java.util.function.Function<>() {
            int next;
            @Override public String apply(Link e) { return "t" + (next++); }
        });
        for (String a : NODE_TEXT) ex.registerAttribute(a, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        for (String a : NODE_NUMBERS) ex.registerAttribute(a, GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
        ex.registerAttribute("layer", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        ex.registerAttribute("startStep", GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
        ex.registerAttribute("totalFlow", GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
        ex.setExportEdgeWeights(true);
        ex.setVertexAttributeProvider(n -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("label", DefaultAttribute.createAttribute(n.label()));
            m.put("kind", DefaultAttribute.createAttribute(n.kind()));
            m.put("subtype", DefaultAttribute.createAttribute(n.subtype()));
            m.put("domain", DefaultAttribute.createAttribute(n.domain()));
            m.put("cash", DefaultAttribute.createAttribute(n.cash()));
            m.put("knowledge", DefaultAttribute.createAttribute(n.knowledge()));
            m.put("legitimacy", DefaultAttribute.createAttribute(n.legitimacy()));
            m.put("discourseX", DefaultAttribute.createAttribute(n.discourseX()));
            m.put("discourseY", DefaultAttribute.createAttribute(n.discourseY()));
            if (!Double.isNaN(n.practice())) m.put("practice", DefaultAttribute.createAttribute(n.practice()));
            m.put("pagerank", DefaultAttribute.createAttribute(n.pagerank()));
            m.put("dependence", DefaultAttribute.createAttribute(n.dependence()));
            m.put("informational", DefaultAttribute.createAttribute(n.informational()));
            m.put("anchoring", DefaultAttribute.createAttribute(n.anchoring()));
            m.put("betweennessNormalized", DefaultAttribute.createAttribute(n.betweennessNormalized()));
            m.put("closeness", DefaultAttribute.createAttribute(n.closeness()));
            m.put("harmonicCloseness", DefaultAttribute.createAttribute(n.harmonicCloseness()));
            if (!Double.isNaN(n.effectiveSize())) m.put("effectiveSize", DefaultAttribute.createAttribute(n.effectiveSize()));
            return m;
        });
        ex.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("layer", DefaultAttribute.createAttribute(e.layer()));
            m.put("startStep", DefaultAttribute.createAttribute(e.startStep()));
            m.put("totalFlow", DefaultAttribute.createAttribute(e.totalFlow()));
            return m;
        });
        try (Writer out = TextFile.writer(file)) {
            ex.exportGraph(g, out);
        }
    }
}
