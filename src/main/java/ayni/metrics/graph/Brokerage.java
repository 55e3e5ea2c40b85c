package ayni.metrics.graph;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * Gould-Fernandez brokerage roles (Gould and Fernandez 1989). For each broker b, every two-step path a -> b -> c with
 * a != c and no direct tie a -> c is one act of brokerage, classed by the groups g(.) of the three nodes:
 * <ul>
 *   <li>coordinator: g(a) = g(b) = g(c), brokering within one's own group;</li>
 *   <li>itinerant (consultant): g(a) = g(c) != g(b), an outsider brokering within another group;</li>
 *   <li>representative: g(a) = g(b) != g(c), passing one's own group's resources out to another group;</li>
 *   <li>gatekeeper: g(a) != g(b) = g(c), letting another group's resources into one's own;</li>
 *   <li>liaison: all three groups differ.</li>
 * </ul>
 * In an undirected graph every tie runs both ways, so each path a - b - c counts twice (a -> b -> c and
 * c -> b -> a), and a representative act in one direction is a gatekeeper act in the other.
 */
public final class Brokerage {
    private Brokerage() {}

    public enum Role {
        COORDINATOR, ITINERANT, REPRESENTATIVE, GATEKEEPER, LIAISON;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Role of(String a, String b, String c) {
            if (a.equals(b)) return b.equals(c) ? COORDINATOR : REPRESENTATIVE;
            if (b.equals(c)) return GATEKEEPER;
            return a.equals(c) ? ITINERANT : LIAISON;
        }
    }

    /** Acts of brokerage by role, indexed by {@link Role#ordinal()}. */
    public record Counts(long[] byRole) {
        public long get(Role r) {
            return byRole[r.ordinal()];
        }

        public long total() {
            long t = 0;
            for (long c : byRole) t += c;
            return t;
        }
    }

    public static <V, E> Map<V, Counts> of(Graph<V, E> g, Map<V, String> group) {
        Map<V, Counts> m = new LinkedHashMap<>();
        for (V b : g.vertexSet()) {
            long[] n = new long[Role.values().length];
            String gb = group.get(b);
            for (V a : Graphs.predecessorListOf(g, b)) {
                String ga = group.get(a);
                for (V c : Graphs.successorListOf(g, b)) {
                    if (c.equals(a) || g.containsEdge(a, c)) continue;
                    n[Role.of(ga, gb, group.get(c)).ordinal()]++;
                }
            }
            m.put(b, new Counts(n));
        }
        return m;
    }
}
