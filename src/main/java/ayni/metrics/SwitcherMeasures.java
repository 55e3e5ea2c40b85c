package ayni.metrics;

import ayni.agents.Actor;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.metrics.graph.Betweenness;
import ayni.metrics.graph.Brokerage;
import ayni.metrics.graph.Eigenvector;
import ayni.network.Tie;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * Centrality and brokerage on the live network (all layers summed into one weighted tie per ordered pair), shares by
 * kind: betweenness (exact up to {@link Betweenness#EXACT_LIMIT} actors, else estimated from {@link #SAMPLES} random
 * sources drawn from a stream of the run seed, so runs stay reproducible), eigenvector centrality, and switchers
 * (§2.3.3): Gould-Fernandez brokerage acts that connect actors of different discourse clusters (every role but
 * coordinator; clusters are the quadrants of the policy realm, {@code Discourse.cluster}), since switchers connect
 * networks that hold different discourses (§3.4, §8.6.1). Exact betweenness is the costly part, so the observer
 * computes these every {@link #INTERVAL} months (or its own interval, if longer).
 */
public final class SwitcherMeasures {
    static final int SAMPLES = 100;
    public static final int INTERVAL = 12;

    private SwitcherMeasures() {}

    public static void measure(World w, Map<String, Double> r) {
        Graph<Integer, DefaultWeightedEdge> g = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        Map<Integer, String> cluster = new HashMap<>();
        for (ActorKind k : ActorKind.values()) {
            for (Actor a : w.active(k)) {
                g.addVertex(a.index());
                cluster.put(a.index(), Integer.toString(a.discourse().cluster()));
            }
        }
        for (Tie t : w.ties.all()) {
            if (t.from() == t.to()) continue;
            DefaultWeightedEdge e = g.getEdge(t.from(), t.to());
            if (e == null) {
                e = g.addEdge(t.from(), t.to());
                g.setEdgeWeight(e, t.weight());
            } else {
                g.setEdgeWeight(e, g.getEdgeWeight(e) + t.weight());
            }
        }
        double[] bet = new double[ActorKind.values().length], eig = bet.clone(), sw = bet.clone();
        if (g.vertexSet().size() > 2) {
            Betweenness.Result<Integer> b = g.vertexSet().size() <= Betweenness.EXACT_LIMIT ? Betweenness.exact(g)
                    : Betweenness.sampled(g, SAMPLES, new SplittableRandom(w.stream("measures:" + w.step()).nextLong()));
            Eigenvector.Result<Integer> e = Eigenvector.of(g);
            Map<Integer, Brokerage.Counts> br = Brokerage.of(g, cluster);
            for (int v : g.vertexSet()) {
                int k = w.actor(v).kind().ordinal();
                bet[k] += b.score().getOrDefault(v, 0.0);
                eig[k] += e.score().getOrDefault(v, 0.0);
                Brokerage.Counts c = br.get(v);
                if (c != null) sw[k] += c.total() - c.get(Brokerage.Role.COORDINATOR);
            }
        }
        put(r, "betweenness_", PowerMeasures.shares(bet));
        put(r, "eigenvector_", PowerMeasures.shares(eig));
        put(r, "switcher_", PowerMeasures.shares(sw));
    }

    private static void put(Map<String, Double> r, String prefix, double[] byKind) {
        for (ActorKind k : ActorKind.values()) r.put(prefix + k.key(), byKind[k.ordinal()]);
    }
}
