package ayni.network;

import ayni.domain.Layer;
import java.io.Serializable;

/**
 * A handle on one directed, weighted tie of a layer in a {@link TieStore} (the store keeps ties in columns, not as
 * objects). Funding, knowledge and legitimacy ties point from giver to receiver; market ties point from the selling
 * SME to its buyer. Endpoints, layer and start are fixed; weight and flows are read live from the store while the tie
 * lives, and read as 0 (-1 for the last flow step) once it has dissolved. Two handles on the same life of a tie are
 * equal (the same ends, layer and start). The inspector and the GraphML file show these fields.
 */
public final class Tie implements Serializable {
    private static final long serialVersionUID = 3L;

    final TieStore store;
    final int slot, generation, epoch; // where the tie lived when the handle was made ({@link TieStore#live(Tie)})
    private final int from, to, startStep;
    private final Layer layer;

    Tie(TieStore store, int slot, int generation, int epoch, int from, int to, Layer layer, int startStep) {
        this.store = store;
        this.slot = slot;
        this.generation = generation;
        this.epoch = epoch;
        this.from = from;
        this.to = to;
        this.layer = layer;
        this.startStep = startStep;
    }

    public int from() { return from; }
    public int to() { return to; }
    public Layer layer() { return layer; }
    public int startStep() { return startStep; }
    public boolean alive() { return store.live(this) >= 0; }
    public double weight() { int s = store.live(this); return s >= 0 ? store.weight(s) : 0; }
    public int lastFlowStep() { int s = store.live(this); return s >= 0 ? store.lastFlowStep(s) : -1; }
    public double totalFlow() { int s = store.live(this); return s >= 0 ? store.totalFlow(s) : 0; }
    public int flows() { int s = store.live(this); return s >= 0 ? store.flows(s) : 0; }

    /** Age in months at the given step. */
    public int age(int step) { return step - startStep; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tie t && t.store == store && t.from == from && t.to == to && t.layer == layer
                && t.startStep == startStep;
    }

    @Override
    public int hashCode() {
        return ((from * 31 + to) * 31 + layer.ordinal()) * 31 + startStep;
    }

    @Override
    public String toString() {
        return layer.key() + " " + from + "->" + to + " w=" + String.format("%.3f", weight());
    }
}
