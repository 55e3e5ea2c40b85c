package ayni.output;

import ayni.metrics.NetworkSnapshot;
import ayni.metrics.NetworkSnapshot.Link;
import ayni.metrics.NetworkSnapshot.Node;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a network snapshot as multiplex GraphML (one edge per tie, with its layer), streamed through one buffered
 * writer in the layout JGraphT's exporter wrote before (the same bytes for the shipped scenarios, docs/ODD.md 10.1):
 * node kind, subtype, domain, state and power measures as attributes (and the positions {@code ayni metrics} would
 * compute on this file: normalised betweenness, closeness, harmonic closeness, effective size, which an isolate
 * lacks), ties with layer, weight (left out at the default 1.0), start and total flow.
 */
public final class GraphMlWriter {
    private GraphMlWriter() {}

    private static final String[] NODE_TEXT = {"label", "kind", "subtype", "domain"};
    private static final String[] NODE_NUMBERS = {"cash", "knowledge", "legitimacy", "discourseX", "discourseY",
            "practice", "pagerank", "dependence", "informational", "anchoring", "betweennessNormalized", "closeness",
            "harmonicCloseness", "effectiveSize"};
    private static final String[] EDGE_KEYS = {"layer", "string", "startStep", "int", "totalFlow", "double"};
    private static final String I1 = "    ", I2 = I1 + I1, I3 = I2 + I1;

    public static void write(NetworkSnapshot s, Path file) throws IOException {
        try (Writer out = TextFile.writer(file)) {
            write(s, out);
        }
    }

    static void write(NetworkSnapshot s, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                + "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n");
        out.write(I1 + "<key id=\"edge_weight_key\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\">\n"
                + I2 + "<default>1.0</default>\n" + I1 + "</key>\n");
        int key = 0;
        for (String a : NODE_TEXT) key(out, key++, "node", a, "string");
        for (String a : NODE_NUMBERS) key(out, key++, "node", a, "double");
        for (int i = 0; i < EDGE_KEYS.length; i += 2) key(out, key++, "edge", EDGE_KEYS[i], EDGE_KEYS[i + 1]);
        out.write(I1 + "<graph edgedefault=\"directed\">\n");
        Map<Integer, String> ids = new HashMap<>();
        for (Node n : s.nodes()) {
            ids.put(n.index(), n.id());
            out.write(I2 + "<node id=\"" + GexfWriter.escape(n.id()) + "\">\n");
            String[] text = {n.label(), n.kind(), n.subtype(), n.domain()};
            for (int i = 0; i < text.length; i++) data(out, i, text[i]);
            double[] numbers = {n.cash(), n.knowledge(), n.legitimacy(), n.discourseX(), n.discourseY(), n.practice(),
                    n.pagerank(), n.dependence(), n.informational(), n.anchoring(), n.betweennessNormalized(), n.closeness(),
                    n.harmonicCloseness(), n.effectiveSize()};
            for (int i = 0; i < numbers.length; i++) {
                boolean optional = NODE_NUMBERS[i].equals("practice") || NODE_NUMBERS[i].equals("effectiveSize");
                if (!(optional && Double.isNaN(numbers[i]))) data(out, NODE_TEXT.length + i, String.valueOf(numbers[i]));
            }
            out.write(I2 + "</node>\n");
        }
        int edge = 0, first = NODE_TEXT.length + NODE_NUMBERS.length;
        for (Link l : s.links()) {
            out.write(I2 + "<edge id=\"t" + (edge++) + "\" source=\"" + GexfWriter.escape(ids.get(l.from())) + "\" target=\""
                    + GexfWriter.escape(ids.get(l.to())) + "\">\n");
            if (l.weight() != 1.0) out.write(I3 + "<data key=\"edge_weight_key\">" + l.weight() + "</data>\n");
            data(out, first, l.layer());
            data(out, first + 1, Integer.toString(l.startStep()));
            data(out, first + 2, String.valueOf(l.totalFlow()));
            out.write(I2 + "</edge>\n");
        }
        out.write(I1 + "</graph>\n</graphml>\n");
    }

    private static void key(Writer out, int id, String target, String name, String type) throws IOException {
        out.write(I1 + "<key id=\"key" + id + "\" for=\"" + target + "\" attr.name=\"" + name + "\" attr.type=\"" + type + "\"/>\n");
    }

    private static void data(Writer out, int key, String value) throws IOException {
        if (value == null) return;
        out.write(I3 + "<data key=\"key" + key + "\">" + GexfWriter.escape(value) + "</data>\n");
    }
}
