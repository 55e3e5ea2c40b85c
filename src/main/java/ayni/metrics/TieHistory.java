package ayni.metrics;

import ayni.agents.World;
import ayni.agents.WorldState;
import ayni.network.Tie;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Records the life of every tie for the dynamic network file: when it appeared and disappeared and its weight at
 * every recorded month (every {@code interval} months and the last). A tie that dissolves and forms again later is a
 * new spell. Memory grows with ties × recordings, so large runs record yearly.
 */
public final class TieHistory implements Steppable {
    private static final long serialVersionUID = 1L;

    /** One continuous life of a tie; {@code end} is the first month it was seen gone (null while it lives). */
    public static final class Spell implements Serializable {
        private static final long serialVersionUID = 1L;
        public final int from, to;
        public final String layer;
        public final YearMonth start;
        public YearMonth end;
        public final List<YearMonth> months = new ArrayList<>();
        public final List<Double> weights = new ArrayList<>();

        Spell(int from, int to, String layer, YearMonth start) {
            this.from = from;
            this.to = to;
            this.layer = layer;
            this.start = start;
        }
    }

    private final int interval;
    private final int lastStep;
    private final Map<Long, Spell> open = new HashMap<>();
    private final List<Spell> spells = new ArrayList<>();

    /** @param lastStep the run's last step, always recorded */
    public TieHistory(int interval, int lastStep) {
        this.interval = Math.max(1, interval);
        this.lastStep = lastStep;
    }

    @Override
    public void step(SimState state) {
        World w = ((WorldState) state).world();
        int step = w.step();
        if (step % interval != 0 && step != lastStep) return;
        YearMonth month = w.date();
        Map<Long, Boolean> seen = new HashMap<>();
        for (Tie t : w.ties.all()) {
            long key = ((long) t.from() << 34) | ((long) t.to() << 2) | t.layer().ordinal();
            seen.put(key, Boolean.TRUE);
            Spell s = open.get(key);
            if (s == null) {
                s = new Spell(t.from(), t.to(), t.layer().key(), month);
                open.put(key, s);
                spells.add(s);
            }
            s.months.add(month);
            s.weights.add(t.weight());
        }
        open.entrySet().removeIf(e -> {
            if (seen.containsKey(e.getKey())) return false;
            e.getValue().end = month;
            return true;
        });
    }

    /** Every spell recorded, in the order ties were first seen. */
    public List<Spell> spells() {
        return spells;
    }
}
