package ayni.metrics;

import ayni.agents.Actor;
import ayni.agents.Sme;
import ayni.agents.World;
import ayni.domain.ActorKind;
import ayni.domain.Layer;
import ayni.network.TieStore;
import java.util.List;

/**
 * The live network of one month copied into primitive columns on the simulation's thread, so that PageRank and the
 * power measures can be computed from it on another while the model goes on: the ties in store order (dependent and
 * provider as PageRank reads them, whose columns it uses as they are, layer, weight, this month's flow), every registered actor's kind, position, locality and rootedness, who is active
 * in which group, the money each kind gave this month, and the parameters the measures read. Every sum over it runs in
 * the order the sums over the world ran in, so the results are the same to the last bit.
 */
public record NetworkCopy(int[] dep, int[] prov, byte[] layer, double[] weight, double[] flow, int[] kind, boolean[] on,
                          int active, double[] px, double[] py, boolean[] local, double[] rooted, ActorGroups groups,
                          double[] given, double influence, double pressure, double latitude) {
    static final Layer[] LAYERS = Layer.values();

    public static NetworkCopy of(World w) {
        List<Actor> actors = w.actors();
        int n = actors.size(), step = w.step();
        int[] kind = new int[n];
        boolean[] on = new boolean[n], local = new boolean[n];
        double[] px = new double[n], py = new double[n], rooted = new double[n];
        int active = 0;
        for (int i = 0; i < n; i++) {
            Actor a = actors.get(i);
            kind[i] = a.kind().ordinal();
            if (a.active()) { on[i] = true; active++; }
            px[i] = a.discourse().x();
            py[i] = a.discourse().y();
            local[i] = PowerMeasures.isLocal(a);
            rooted[i] = a instanceof Sme s ? s.embeddedness() : 1.0;
        }
        TieStore ts = w.ties;
        int m = ts.size();
        int[] dep = new int[m], prov = new int[m];
        byte[] layer = new byte[m];
        double[] weight = new double[m], flow = new double[m];
        for (int i = 0; i < m; i++) {
            int s = ts.slotAt(i);
            dep[i] = DependencePageRank.dependent(ts, s);
            prov[i] = DependencePageRank.provider(ts, s);
            layer[i] = (byte) ts.layer(s).ordinal();
            weight[i] = ts.weight(s);
            flow[i] = ts.flowAt(s, step);
        }
        double[] given = new double[ActorKind.values().length];
        for (ActorKind k : ActorKind.values()) given[k.ordinal()] = w.ledger.givenStep(k);
        return new NetworkCopy(dep, prov, layer, weight, flow, kind, on, active, px, py, local, rooted, ActorGroups.of(w),
                given, w.params.getDiscourseInfluenceRate(), w.params.getFunderPressureRate(),
                w.params.getDiscourseRejectionDistance());
    }

    /** Number of ties. */
    public int ties() { return dep.length; }

    /** Number of actors ever registered. */
    public int actors() { return kind.length; }

    public Layer layerOf(int tie) { return LAYERS[layer[tie]]; }

    /** Whether an actor is an organisation (not an SME). */
    boolean organisation(int actor) { return kind[actor] != ActorKind.SME.ordinal(); }

    /** The tie's source: the dependent of a market tie (the selling SME), the provider of any other. */
    public int from(int tie) { return layer[tie] == MARKET ? dep[tie] : prov[tie]; }

    /** The tie's target. */
    public int to(int tie) { return layer[tie] == MARKET ? prov[tie] : dep[tie]; }

    private static final int MARKET = Layer.MARKET.ordinal();

    /** Approximate heap the copy holds, in bytes. */
    public long bytes() { return 25L * dep.length + 60L * kind.length; }
}
