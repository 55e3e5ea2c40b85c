package ayni.metrics;

import ayni.agents.World;
import ayni.agents.WorldState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import sim.engine.SimState;
import sim.engine.Steppable;

/** Copies the network out of the world at chosen steps (for GraphML snapshots and RSiena panel waves). */
public final class Snapshots implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Set<Integer> steps;
    private final DependencePageRank pageRank = new DependencePageRank();
    private final List<NetworkSnapshot> taken = new ArrayList<>();

    public Snapshots(Set<Integer> steps) {
        this.steps = new TreeSet<>(steps);
    }

    @Override
    public void step(SimState state) {
        World w = ((WorldState) state).world();
        if (!steps.contains(w.step())) return;
        taken.add(NetworkSnapshot.of(w, pageRank.compute(w, w.params.getPagerankDamping())));
    }

    public List<NetworkSnapshot> taken() {
        return taken;
    }
}
