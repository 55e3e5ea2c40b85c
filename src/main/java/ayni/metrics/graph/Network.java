package ayni.metrics.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * A network ready to measure: a simple weighted graph (directed or undirected; no parallel edges, no self-loops) and
 * each node's group. Parallel edges (e.g. a funding and a knowledge tie between the same two actors) and, when
 * directions are ignored, the two directions of a reciprocated tie become one tie whose weight is their sum; a
 * self-loop connects no one to anyone and is dropped, and so is an edge of weight 0 (e.g. a tie that has carried no
 * flow yet, weighted by flow). All three are counted so the output can say so.
 *
 * @param name              the file, for messages
 * @param graph             node ids as vertices; every edge weight positive (1 when the network is unweighted)
 * @param groups            node id to group: the value of {@code groupAttribute}, {@link #NO_VALUE} where a node lacks
 *                          it, or {@link #ALL} for every node when no group attribute is used
 * @param labels            node id to its {@code label} attribute, or "" where it has none
 * @param weightAttribute   the edge attribute read as weight, or null when every edge counts 1
 * @param groupAttribute    the node attribute read as group, or null
 * @param parallelMerged    edges folded into an earlier edge between the same nodes
 * @param selfLoopsDropped  edges from a node to itself, left out
 * @param zeroWeightDropped edges of weight 0, left out
 */
public record Network(String name, Graph<String, DefaultWeightedEdge> graph, Map<String, String> groups,
        Map<String, String> labels, String weightAttribute, String groupAttribute, int parallelMerged,
        int selfLoopsDropped, int zeroWeightDropped) {

    /** The group of a node that lacks the group attribute. */
    public static final String NO_VALUE = "(none)";
    /** The one group when no group attribute is used. */
    public static final String ALL = "all";
    /** The --weight value that makes every edge count 1. */
    public static final String UNWEIGHTED = "none";

    public boolean directed() {
        return graph.getType().isDirected();
    }

    /**
     * @param weight     edge attribute to read as weight; null: {@code weight} if the file has it, else every edge 1;
     *                   {@value #UNWEIGHTED}: every edge 1
     * @param group      node attribute to read as group; null: {@code kind} if the file has it, else one group
     * @param undirected ignore edge directions (an edge list is otherwise directed; GraphML and GEXF follow the file)
     */
    public static Network of(NetworkFile f, String weight, String group, boolean undirected) throws NetworkException {
        String weightAttribute = weightAttribute(f, weight);
        String groupAttribute = groupAttribute(f, group);
        boolean directed = f.directed() && !undirected;
        Graph<String, DefaultWeightedEdge> g = directed ? new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class)
                : new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Map<String, String> groups = new LinkedHashMap<>(), labels = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, String>> n : f.nodes().entrySet()) {
            g.addVertex(n.getKey());
            Map<String, String> a = n.getValue();
            groups.put(n.getKey(), groupAttribute == null ? ALL : a.getOrDefault(groupAttribute, NO_VALUE));
            labels.put(n.getKey(), a.getOrDefault("label", ""));
        }
        int merged = 0, loops = 0, zeros = 0;
        for (NetworkFile.Edge e : f.edges()) {
            if (e.source().equals(e.target())) {
                loops++;
                continue;
            }
            double w = weightAttribute == null ? 1 : weight(f, e, weightAttribute);
            if (w == 0) {
                zeros++;
                continue;
            }
            DefaultWeightedEdge t = g.getEdge(e.source(), e.target());
            if (t == null) {
                t = g.addEdge(e.source(), e.target());
                g.setEdgeWeight(t, w);
            } else {
                g.setEdgeWeight(t, g.getEdgeWeight(t) + w);
                merged++;
            }
        }
        return new Network(f.name(), g, Collections.unmodifiableMap(groups), Collections.unmodifiableMap(labels),
                weightAttribute, groupAttribute, merged, loops, zeros);
    }

    private static String weightAttribute(NetworkFile f, String option) throws NetworkException {
        Set<String> names = f.edgeAttributeNames();
        if (option == null) return names.contains("weight") ? "weight" : null;
        if (option.equals(UNWEIGHTED)) return null;
        if (names.contains(option)) return option;
        throw new NetworkException(f.name() + ": no edge attribute '" + option + "'; fix: "
                + (names.isEmpty() ? "the edges have no attributes, so leave out --weight"
                : "use one of " + String.join(", ", names) + ", or leave out --weight")
                + " (--weight none counts every edge 1)");
    }

    private static String groupAttribute(NetworkFile f, String option) throws NetworkException {
        Set<String> names = f.nodeAttributeNames();
        if (option == null) return names.contains("kind") ? "kind" : null;
        if (names.contains(option)) return option;
        throw new NetworkException(f.name() + ": no node attribute '" + option + "'; fix: "
                + (names.isEmpty() ? "the nodes have no attributes (an edge list holds none), so leave out --kind"
                : "use one of " + String.join(", ", names) + ", or leave out --kind"));
    }

    private static double weight(NetworkFile f, NetworkFile.Edge e, String attribute) throws NetworkException {
        String where = f.name() + ": " + e.where() + (e.where().startsWith("edge") ? "" : " (" + e.source() + " -> "
                + e.target() + ")");
        String v = e.attributes().get(attribute);
        if (v == null || v.isBlank()) {
            throw new NetworkException(where + ": no " + attribute + "; fix: give every edge a " + attribute
                    + ", or choose another --weight");
        }
        double w;
        try {
            w = Double.parseDouble(v.trim());
        } catch (NumberFormatException x) {
            throw new NetworkException(where + ": " + attribute + " '" + v + "' is not a number; fix: write a number such as"
                    + " 0.5, or choose another --weight");
        }
        if (!(w >= 0) || Double.isInfinite(w)) {
            throw new NetworkException(where + ": " + attribute + " " + v + " is negative or not finite; fix: weights "
                    + "are tie strengths, 0 or more (an edge of weight 0 is left out)");
        }
        return w;
    }
}
