package ayni.network;

import ayni.domain.Layer;
import java.io.Serializable;

/**
 * A handle on one directed, weighted tie of a layer in a {@link TieStore} (the store keeps ties in columns, not as
 * objects). Funding, knowledge and legitimacy ties point from giver to receiver; market ties point from the selling
 * SME to its buyer. Endpoints, layer and start are fixed; weight and flows are read live from the store while the tie
 * lives, and read as 0 (-1 for the last flow step) once it has dissolved. Two handles on the same life of a tie are
 * equal. The inspector and the GraphML file show these fields.
 */
public final class Tie implements Serializable {
    private static final long serialVersionUID = 2L;

    final TieStore store;
    final int slot;
    private final int generation;
    private final int from, to, startStep;
    private final Layer layer;

    Tie(TieStore store, int slot, int generation, int from, int to, Layer layer, int startStep) {
        this.store = store;
        this.slot = slot;
        this.generation = generation;
        this.from = from;
        this.to = to;
        this.layer = layer;
        this.startStep = startStep;
    }

    public int from() { return from; }
    public int to() { return to; }
    public Layer layer() { return layer; }
    public int startStep() { return startStep; }
    public boolean alive() { return store.alive(slot, generation); }
    public double weight() { return alive() ? store.weight(slot) : 0; }
    public int lastFlowStep() { return alive() ? store.lastFlowStep(slot) : -1; }
    public double totalFlow() { return alive() ? store.totalFlow(slot) : 0; }
    public int flows() { return alive() ? store.flows(slot) : 0; }

    /** Age in months at the given step. */
    public int age(int step) { return step - startStep; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tie t && t.store == store && t.slot == slot && t.generation == generation;
    }

    @Override
    public int hashCode() {
        return slot * 31 + generation;
    }

    @Override
    public String toString() {
        return layer.key() + " " + from + "->" + to + " w=" + String.format("%.3f", weight());
    }
}
