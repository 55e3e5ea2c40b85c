package ayni.metrics.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A network as a file states it, before any choice of weight or direction: nodes in file order with their attributes,
 * and edges (parallel edges and self-loops included) with theirs.
 *
 * @param name     the file as given, for messages
 * @param directed whether the file declares its edges directed
 * @param nodes    node id to attributes (attribute name to value as written), in file order
 * @param edges    every edge, in file order
 */
public record NetworkFile(String name, boolean directed, Map<String, Map<String, String>> nodes, List<Edge> edges) {

    /**
     * One edge as written.
     *
     * @param where where it is in the file, for messages (e.g. "line 12", "edge a -> b")
     */
    public record Edge(String source, String target, Map<String, String> attributes, String where) {}

    /** Node attribute names that occur on at least one node, in order of first appearance. */
    public Set<String> nodeAttributeNames() {
        Set<String> s = new LinkedHashSet<>();
        for (Map<String, String> a : nodes.values()) s.addAll(a.keySet());
        return Collections.unmodifiableSet(s);
    }

    /** Edge attribute names that occur on at least one edge, in order of first appearance. */
    public Set<String> edgeAttributeNames() {
        Set<String> s = new LinkedHashSet<>();
        for (Edge e : edges) s.addAll(e.attributes().keySet());
        return Collections.unmodifiableSet(s);
    }

    /** Nodes that appear only as edge ends are added with no attributes, after the declared ones. */
    static Map<String, Map<String, String>> withEdgeEnds(Map<String, Map<String, String>> nodes, List<Edge> edges) {
        Map<String, Map<String, String>> all = new LinkedHashMap<>(nodes);
        for (Edge e : edges) {
            all.putIfAbsent(e.source(), Map.of());
            all.putIfAbsent(e.target(), Map.of());
        }
        return all;
    }
}
