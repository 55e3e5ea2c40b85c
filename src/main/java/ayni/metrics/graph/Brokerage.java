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

    /**
     * The same on adjacency arrays, with groups as ints: acts by node and role ({@code [node][role ordinal]}). A
     * broker with more than {@code pairLimit} in-neighbour × out-neighbour pairs is estimated from {@code pairLimit}
     * pairs drawn uniformly with replacement from {@code rng}, each role's count being the pairs' share times the
     * number of pairs (its standard error is pairs × sqrt(p(1 − p) / pairLimit) for a role's share p: at most 0.5 %
     * of the broker's pairs at the default limit of 10,000). With {@code pairLimit} = {@link Integer#MAX_VALUE}
     * every broker is exact and {@code rng} is never drawn from.
     */
    public static double[][] of(int[][] out, int[][] in, int[] group, int pairLimit, java.util.random.RandomGenerator rng) {
        int n = out.length;
        // whether a -> c exists: a binary search in a sorted copy of a's out-neighbours (about 4 bytes a tie, in small
        // arrays; a hash set of all ties took 12 bytes a slot in two arrays of 2-4 slots a tie, too much for the
        // national network's last months within -Xmx4g)
        int[][] sorted = new int[n][];
        for (int a = 0; a < n; a++) {
            sorted[a] = out[a].clone();
            java.util.Arrays.sort(sorted[a]);
        }
        double[][] acts = new double[n][Role.values().length];
        for (int b = 0; b < n; b++) {
            int[] pred = in[b], succ = out[b];
            long pairs = (long) pred.length * succ.length;
            if (pairs == 0) continue;
            int gb = group[b];
            if (pairs <= pairLimit) {
                long[] c = new long[Role.values().length];
                for (int a : pred) {
                    for (int x : succ) {
                        if (x == a || java.util.Arrays.binarySearch(sorted[a], x) >= 0) continue;
                        c[role(group[a], gb, group[x])]++;
                    }
                }
                for (int r = 0; r < c.length; r++) acts[b][r] = c[r];
            } else {
                long[] c = new long[Role.values().length];
                for (int i = 0; i < pairLimit; i++) {
                    int a = pred[rng.nextInt(pred.length)], x = succ[rng.nextInt(succ.length)];
                    if (x == a || java.util.Arrays.binarySearch(sorted[a], x) >= 0) continue;
                    c[role(group[a], gb, group[x])]++;
                }
                for (int r = 0; r < c.length; r++) acts[b][r] = (double) c[r] * pairs / pairLimit;
            }
        }
        return acts;
    }

    private static int role(int a, int b, int c) {
        if (a == b) return (b == c ? Role.COORDINATOR : Role.REPRESENTATIVE).ordinal();
        if (b == c) return Role.GATEKEEPER.ordinal();
        return (a == c ? Role.ITINERANT : Role.LIAISON).ordinal();
    }
}
