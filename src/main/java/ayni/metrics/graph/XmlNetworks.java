package ayni.metrics.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.EventDrivenImporter;
import org.jgrapht.nio.ImportException;
import org.jgrapht.nio.gexf.SimpleGEXFEventDrivenImporter;
import org.jgrapht.nio.graphml.GraphMLEventDrivenImporter;

/**
 * Reads GraphML and GEXF with JGraphT's event-driven importers, which report node ids, edges and attributes without
 * building a graph, so direction and weight can be chosen afterwards. The importers ignore the declared direction
 * (GraphML {@code edgedefault}, GEXF {@code defaultedgetype}); it is read here from the first {@code graph} element.
 * Schema validation is off so that files from other tools with extra elements still load. Files with a DOCTYPE are
 * refused before either importer sees them: neither format needs a DTD, and the importers would resolve entities.
 */
final class XmlNetworks {
    private XmlNetworks() {}

    /** Attributes the GEXF importer reports for every edge that are structure, not data. */
    private static final Set<String> GEXF_STRUCTURE = Set.of("id", "source", "target");

    static NetworkFile graphMl(Path file) throws NetworkException {
        GraphMLEventDrivenImporter imp = new GraphMLEventDrivenImporter();
        imp.setSchemaValidation(false);
        // GraphML requires edgedefault; a file without one is read as directed
        boolean directed = !"undirected".equals(graphAttribute(file, "edgedefault", "GraphML"));
        return read(file, imp, "GraphML", directed, Set.of());
    }

    static NetworkFile gexf(Path file) throws NetworkException {
        SimpleGEXFEventDrivenImporter imp = new SimpleGEXFEventDrivenImporter();
        imp.setSchemaValidation(false);
        // GEXF's default edge type is undirected; "mutual" means undirected too
        boolean directed = "directed".equals(graphAttribute(file, "defaultedgetype", "GEXF"));
        return read(file, imp, "GEXF", directed, GEXF_STRUCTURE);
    }

    private static <I extends BaseEventDrivenImporter<String, Triple<String, String, Double>>
            & EventDrivenImporter<String, Triple<String, String, Double>>> NetworkFile read(
            Path file, I imp, String format, boolean directed, Set<String> skipEdgeAttributes) throws NetworkException {
        Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
        // attributes arrive keyed by the very edge object the importer reported (Triple's equals compares values)
        Map<Triple<String, String, Double>, Map<String, String>> edgeAttributes = new IdentityHashMap<>();
        List<Triple<String, String, Double>> order = new ArrayList<>();
        imp.addVertexConsumer(v -> nodes.putIfAbsent(v, new LinkedHashMap<>()));
        imp.addVertexAttributeConsumer((p, a) ->
                nodes.computeIfAbsent(p.getFirst(), k -> new LinkedHashMap<>()).put(p.getSecond(), a.getValue()));
        imp.addEdgeConsumer(e -> {
            order.add(e);
            edgeAttributes.put(e, new LinkedHashMap<>());
        });
        imp.addEdgeAttributeConsumer((p, a) -> {
            if (!skipEdgeAttributes.contains(p.getSecond())) {
                edgeAttributes.computeIfAbsent(p.getFirst(), k -> new LinkedHashMap<>()).put(p.getSecond(), a.getValue());
            }
        });
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            imp.importInput(in);
        } catch (ImportException e) {
            throw new NetworkException(file + ": not readable as " + format + ": " + cause(e)
                    + "; fix: check the file is well-formed " + format + " (or give an edge-list .csv)");
        } catch (IOException e) {
            throw new NetworkException(file + ": cannot read: " + e.getMessage() + "; fix: check the path and permissions");
        }
        List<NetworkFile.Edge> edges = new ArrayList<>(order.size());
        for (Triple<String, String, Double> t : order) {
            edges.add(new NetworkFile.Edge(t.getFirst(), t.getSecond(), edgeAttributes.get(t),
                    "edge " + t.getFirst() + " -> " + t.getSecond()));
        }
        return new NetworkFile(file.toString(), directed, NetworkFile.withEdgeEnds(nodes, edges), edges);
    }

    /** The innermost message, on one line: the importer wraps the parser's. */
    private static String cause(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null && c.getCause() != c) c = c.getCause();
        String m = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
        return m.replaceAll("\\s+", " ").trim();
    }

    /** The value of an attribute of the first graph element, or null when it has none. */
    private static String graphAttribute(Path file, String attribute, String format) throws NetworkException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    int event = r.next();
                    // JGraphT's importers parse with a default SAX parser, which resolves external entities; a
                    // DOCTYPE (always before the root element, so seen here first) is refused before they run
                    if (event == XMLStreamReader.DTD) {
                        throw new NetworkException(file + ": a DOCTYPE declaration is not allowed in " + format
                                + " (DTDs and external entities are refused); fix: remove the <!DOCTYPE ...> line");
                    }
                    if (event == XMLStreamReader.START_ELEMENT && "graph".equals(r.getLocalName())) {
                        return r.getAttributeValue(XMLConstants.NULL_NS_URI, attribute);
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new NetworkException(file + ": not readable as " + format + ": " + cause(e)
                    + "; fix: check the file is well-formed " + format + " (or give an edge-list .csv)");
        } catch (IOException e) {
            throw new NetworkException(file + ": cannot read: " + e.getMessage() + "; fix: check the path and permissions");
        }
        throw new NetworkException(file + ": no <graph> element; fix: give a " + format + " file with a graph in it");
    }
}
