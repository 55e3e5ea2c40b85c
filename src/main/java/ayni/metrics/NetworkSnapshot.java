package ayni.metrics;

import ayni.agents.Actor;
import ayni.agents.Ngo;
import ayni.agents.Sme;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.metrics.graph.Betweenness;
import ayni.metrics.graph.Closeness;
import ayni.metrics.graph.EffectiveSize;
import ayni.metrics.graph.Network;
import ayni.metrics.graph.NetworkException;
import ayni.metrics.graph.NetworkFile;
import ayni.network.Tie;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The network at one month, copied out of the world so it can be written after the run: every active actor with its
 * state and power, every live tie (docs/ODD.md 9.4). Power per actor: PageRank on the dependence network, dependence
 * held, informational and anchoring power (as in {@link PowerMeasures}); and positions in the tie network as written
 * (giver to receiver, parallel ties summed): normalised betweenness, closeness, harmonic closeness and Burt's
 * effective size, computed exactly as {@code ayni metrics} computes them on the written GraphML with its default
 * options (the same sampled sources above {@link Betweenness#EXACT_LIMIT} actors, from seed 1).
 */
public record NetworkSnapshot(int step, YearMonth month, List<Node> nodes, List<Link> links) implements Serializable {

    public record Node(int index, String id, String label, String kind, String subtype, String domain, double cash,
                       double knowledge, double legitimacy, double discourseX, double discourseY, double practice,
                       double pagerank, double dependence, double informational, double anchoring,
                       double betweennessNormalized, double closeness, double harmonicCloseness, double effectiveSize)
            implements Serializable {}

    public record Link(int from, int to, String layer, double weight, int startStep, double totalFlow)
            implements Serializable {}

    public static NetworkSnapshot of(World w, double[] pagerank) {
        PowerMeasures.NodePower p = PowerMeasures.nodes(w);
        List<Actor> actors = new ArrayList<>();
        for (ActorKind k : ActorKind.values()) actors.addAll(w.active(k));
        actors.sort(Comparator.comparingInt(Actor::index));
        List<Link> links = new ArrayList<>();
        for (Tie t : w.ties.all()) {
            links.add(new Link(t.from(), t.to(), t.layer().key(), t.weight(), t.startStep(), t.totalFlow()));
        }
        links.sort(Comparator.comparingInt(Link::from).thenComparingInt(Link::to).thenComparing(Link::layer));
        Positions pos = Positions.of(actors, links);
        List<Node> nodes = new ArrayList<>();
        for (Actor a : actors) {
            String subtype = a instanceof Ngo n ? n.type().key() : a.subtype();
            nodes.add(new Node(a.index(), a.id(), a.name(), a.kind().key(), subtype,
                    a.domain() == null ? "" : a.domain().key(), a.cash(), a.knowledge(), a.legitimacy(),
                    a.discourse().x(), a.discourse().y(), a instanceof Sme s ? s.practice() : Double.NaN,
                    pagerank[a.index()], p.dependence()[a.index()], p.informational()[a.index()],
                    p.anchoring()[a.index()], pos.betweenness.get(a.id()), pos.closeness.closeness().get(a.id()),
                    pos.closeness.harmonic().get(a.id()), pos.effectiveSize.get(a.id())));
        }
        return new NetworkSnapshot(w.step(), w.date(), List.copyOf(nodes), List.copyOf(links));
    }

    /** Positions in the tie graph as GraphMlWriter writes it and NetworkReader reads it back (node and edge order). */
    private record Positions(Map<String, Double> betweenness, Closeness.Result<String> closeness,
                             Map<String, Double> effectiveSize) {
        static Positions of(List<Actor> actors, List<Link> links) {
            Map<String, Map<String, String>> ids = new LinkedHashMap<>();
            Map<Integer, String> byIndex = new HashMap<>();
            for (Actor a : actors) {
                ids.put(a.id(), Map.of());
                byIndex.put(a.index(), a.id());
            }
            List<NetworkFile.Edge> edges = new ArrayList<>();
            for (Link l : links) {
                edges.add(new NetworkFile.Edge(byIndex.get(l.from()), byIndex.get(l.to()),
                        Map.of("weight", Double.toString(l.weight())), "tie"));
            }
            Network net;
            try {
                net = Network.of(new NetworkFile("snapshot", true, ids, edges), null, null, false);
            } catch (NetworkException e) {
                throw new IllegalStateException("the model's own ties are not a network: " + e.getMessage(), e);
            }
            // the draws in the order NetworkReport.of makes them, from ayni metrics' default seed
            SplittableRandom rng = new SplittableRandom(1);
            Betweenness.Result<String> b = Betweenness.of(net.graph(), null, rng);
            Closeness.Result<String> c = Closeness.of(net.graph(), null, rng);
            int n = ids.size();
            Map<String, Double> normalized = new HashMap<>();
            b.score().forEach((v, x) -> normalized.put(v, Betweenness.normalized(x, n, true)));
            return new Positions(normalized, c, EffectiveSize.of(net.graph()));
        }
    }
}
