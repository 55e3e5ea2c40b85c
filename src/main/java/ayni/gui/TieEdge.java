package ayni.gui;

import ayni.agents.World;
import ayni.domain.Layer;
import ayni.network.Tie;
import ayni.network.TieStore;

/** A read-only view of one tie for the display and its inspector; values are read live from the tie. */
public final class TieEdge {
    private final Tie tie;
    private final World world;

    TieEdge(Tie tie, World world) {
        this.tie = tie;
        this.world = world;
    }

    Tie tie() { return tie; }

    Layer layer() { return tie.layer(); }

    public String getLayer() { return tie.layer().key(); }
    public String getFrom() { return world.actor(tie.from()).name(); }
    public String getTo() { return world.actor(tie.to()).name(); }
    /** Weight 0..1: strengthens in months with a flow, decays without; below tieDissolveThreshold the tie dissolves. */
    public double getWeight() { return tie.weight(); }
    /** What flowed this month (USD for funding, knowledge gained for knowledge ties). */
    public double getFlowThisMonth() { return TieStore.flowAt(tie, world.step()); }
    public double getTotalFlow() { return tie.totalFlow(); }
    /** Months with a flow. */
    public int getFlows() { return tie.flows(); }
    /** Months since the tie formed. */
    public int getAgeMonths() { return tie.age(world.step()); }
    public boolean getAlive() { return tie.alive(); }

    @Override
    public String toString() {
        return getLayer() + " tie " + getFrom() + " → " + getTo();
    }
}
