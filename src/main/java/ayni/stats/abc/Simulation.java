package ayni.stats.abc;

import java.util.Arrays;

/**
 * One finished simulation: its key (generation, index; generation −1 for posterior-predictive draws), the proposal on
 * the internal scale and as parameter values, the simulation seed and the simulator's outputs.
 */
public record Simulation(int generation, int index, double[] z, double[] theta, long seed, double[] outputs) {

    /** Whether this stored simulation is the one the algorithm proposes now (same key, values and seed). */
    public boolean matches(Proposal p) {
        return generation == p.generation() && index == p.index() && seed == p.seed() && Arrays.equals(z, p.z());
    }

    /** A simulation to run: its key, where it is on the internal scale and in θ, and its seed. */
    public record Proposal(int generation, int index, double[] z, double[] theta, long seed) {}
}
