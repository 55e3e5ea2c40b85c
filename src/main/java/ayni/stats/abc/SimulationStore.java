package ayni.stats.abc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where finished simulations are kept, each the moment it ends (implementations must be safe for concurrent
 * {@link #put}); what is already stored is never run again.
 */
public interface SimulationStore {
    /** The stored simulation with this key, or null. */
    Simulation get(int generation, int index);

    void put(Simulation s);

    /** A store in memory (tests, and runs that need no resuming). */
    static SimulationStore memory() {
        Map<Long, Simulation> m = new ConcurrentHashMap<>();
        return new SimulationStore() {
            @Override
            public Simulation get(int generation, int index) {
                return m.get(((long) generation << 32) | (index & 0xffffffffL));
            }

            @Override
            public void put(Simulation s) {
                m.put(((long) s.generation() << 32) | (s.index() & 0xffffffffL), s);
            }
        };
    }
}
