package ayni.metrics;

import ayni.agents.Actor;
import ayni.agents.Ngo;
import ayni.agents.Sme;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.network.Tie;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The network at one month, copied out of the world so it can be written after the run: every active actor with its
 * state and power, every live tie (docs/ODD.md 9.4). Power per actor: PageRank on the dependence network, dependence
 * held, informational and anchoring power (as in {@link PowerMeasures}).
 */
public record NetworkSnapshot(int step, YearMonth month, List<Node> nodes, List<Link> links) implements Serializable {

    public record Node(int index, String id, String label, String kind, String subtype, String domain, double cash,
                       double knowledge, double legitimacy, double discourseX, double discourseY, double practice,
                       double pagerank, double dependence, double informational, double anchoring)
            implements Serializable {}

    public record Link(int from, int to, String layer, double weight, int startStep, double totalFlow)
            implements Serializable {}

    public static NetworkSnapshot of(World w, double[] pagerank) {
        PowerMeasures.NodePower p = PowerMeasures.nodes(w);
        List<Node> nodes = new ArrayList<>();
        for (ActorKind k : ActorKind.values()) {
            for (Actor a : w.active(k)) {
                String subtype = a instanceof Ngo n ? n.type().key() : a.subtype();
                nodes.add(new Node(a.index(), a.id(), a.name(), a.kind().key(), subtype,
                        a.domain() == null ? "" : a.domain().key(), a.cash(), a.knowledge(), a.legitimacy(),
                        a.discourse().x(), a.discourse().y(), a instanceof Sme s ? s.practice() : Double.NaN,
                        pagerank[a.index()], p.dependence()[a.index()], p.informational()[a.index()],
                        p.anchoring()[a.index()]));
            }
        }
        nodes.sort(java.util.Comparator.comparingInt(Node::index));
        List<Link> links = new ArrayList<>();
        for (Tie t : w.ties.all()) {
            links.add(new Link(t.from(), t.to(), t.layer().key(), t.weight(), t.startStep(), t.totalFlow()));
        }
        links.sort(java.util.Comparator.comparingInt(Link::from).thenComparingInt(Link::to).thenComparing(Link::layer));
        return new NetworkSnapshot(w.step(), w.date(), List.copyOf(nodes), List.copyOf(links));
    }
}
