package ayni.network;

import ayni.domain.Layer;
import java.io.Serializable;

/**
 * A directed, weighted tie on one layer. Funding, knowledge and legitimacy ties point from giver to receiver; market
 * ties point from the selling SME to its buyer. The inspector and the GraphML file show these fields.
 */
public final class Tie implements Serializable {
    private static final long serialVersionUID = 1L;

    final int from;
    final int to;
    final Layer layer;
    double weight;
    final int startStep;
    int lastFlowStep = -1;
    double flowThisStep;
    double totalFlow;
    int flows;
    // positions in the store's lists, for O(1) removal
    int allPos = -1, outPos = -1, inPos = -1;

    Tie(int from, int to, Layer layer, double weight, int startStep) {
        this.from = from;
        this.to = to;
        this.layer = layer;
        this.weight = weight;
        this.startStep = startStep;
    }

    public int from() { return from; }
    public int to() { return to; }
    public Layer layer() { return layer; }
    public double weight() { return weight; }
    public int startStep() { return startStep; }
    public int lastFlowStep() { return lastFlowStep; }
    public double totalFlow() { return totalFlow; }
    public int flows() { return flows; }
    public boolean alive() { return allPos >= 0; }

    /** Age in months at the given step. */
    public int age(int step) { return step - startStep; }

    @Override
    public String toString() {
        return layer.key() + " " + from + "->" + to + " w=" + String.format("%.3f", weight);
    }
}
