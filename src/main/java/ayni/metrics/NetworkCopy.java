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
 * power measures can be computed from it on another while the model goes on: the ties in store order (endpoints,
 * layer, weight, this month's flow), every registered actor's kind, position, locality and rootedness, who is active
 * in which group, the money each kind gave this month, and the parameters the measures read. Every sum over it runs in
 * the order the sums over the world ran in, so the results are the same to the last bit.
 */
public record NetworkCopy(int[] from, int[] to, byte[] layer, double[] weight, double[] flow, int[] kind, boolean[] on,
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
        int[] from = new int[m], to = new int[m];
        byte[] layer = new byte[m];
        double[] weight = new double[m], flow = new double[m];
        for (int i = 0; i < m; i++) {
            int s = ts.slotAt(i);
            from[i] = ts.from(s);
            to[i] = ts.to(s);
            layer[i] = (byte) ts.layer(s).ordinal();
            weight[i] = ts.weight(s);
            flow[i] = ts.flowAt(s, step);
        }
        double[] given = new double[ActorKind.values().length];
        for (ActorKind k : ActorKind.values()) given[k.ordinal()] = w.ledger.givenStep(k);
        return new NetworkCopy(from, to, layer, weight, flow, kind, on, active, px, py, local, rooted, ActorGroups.of(w),
                given, w.params.getDiscourseInfluenceRate(), w.params.getFunderPressureRate(),
                w.params.getDiscourseRejectionDistance());
    }

    /** Number of ties. */
    public int ties() { return from.length; }

    /** Number of actors ever registered. */
    public int actors() { return kind.length; }

    public Layer layerOf(int tie) { return LAYERS[layer[tie]]; }

    /** Whether an actor is an organisation (not an SME). */
    boolean organisation(int actor) { return kind[actor] != ActorKind.SME.ordinal(); }

    /** Who receives what the tie carries (see {@link DependencePageRank#dependent(TieStore, int)}). */
    public int dependent(int tie) { return layer[tie] == Layer.MARKET.ordinal() ? from[tie] : to[tie]; }

    /** Who gives it. */
    public int provider(int tie) { return layer[tie] == Layer.MARKET.ordinal() ? to[tie] : from[tie]; }

    /** Approximate heap the copy holds, in bytes. */
    public long bytes() { return 25L * from.length + 60L * kind.length; }
}
