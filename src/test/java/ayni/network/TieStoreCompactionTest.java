package ayni.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.domain.Layer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Compaction renumbers slots so that an actor's out ties are adjacent, and the update walks the columns in slot order;
 * neither may change any order a model reads. Checked against a plain list model of the store as it was before both:
 * every tie in one array, removal moving the last tie into the gap, the update walking that array backwards.
 */
class TieStoreCompactionTest {
    private static final int ACTORS = 300;

    /** The old store in miniature: ties as "from>to:layer" in store order with their weights. */
    private static final class Reference {
        final List<String> all = new ArrayList<>();
        final List<Double> weight = new ArrayList<>();
        final List<Integer> lastFlow = new ArrayList<>();
        final java.util.Map<String, Integer> pos = new java.util.HashMap<>();

        void add(String k, double w) {
            Integer i = pos.get(k);
            if (i != null) {
                weight.set(i, Math.max(weight.get(i), w));
                return;
            }
            pos.put(k, all.size());
            all.add(k);
            weight.add(Math.min(1.0, w));
            lastFlow.add(-1);
        }

        void remove(int i) {
            int last = all.size() - 1;
            pos.remove(all.get(i));
            if (i != last) pos.put(all.get(last), i);
            all.set(i, all.get(last));
            weight.set(i, weight.get(last));
            lastFlow.set(i, lastFlow.get(last));
            all.remove(last);
            weight.remove(last);
            lastFlow.remove(last);
        }

        List<String> update(int step, double strengthen, double decay, double threshold) {
            List<String> gone = new ArrayList<>();
            for (int i = all.size() - 1; i >= 0; i--) {
                double w = TieRules.nextWeight(weight.get(i), lastFlow.get(i) == step, strengthen, decay);
                weight.set(i, w);
                if (w < threshold) {
                    gone.add(all.get(i));
                    remove(i);
                }
            }
            return gone;
        }
    }

    private static String key(TieStore s, int slot) {
        return s.from(slot) + ">" + s.to(slot) + ":" + s.layer(slot);
    }

    @Test
    void compactionAndTheSlotOrderUpdateKeepEveryOrderOfTheOldStore() {
        TieStore s = new TieStore();
        Reference ref = new Reference();
        List<String> dissolved = new ArrayList<>();
        s.setListener(new TieStore.Listener() {
            @Override public void formed(int from, int to, Layer layer, int step) {}
            @Override public void dissolved(int from, int to, Layer layer) { dissolved.add(from + ">" + to + ":" + layer); }
        });
        SplittableRandom r = new SplittableRandom(11);
        int compactions = 0;
        for (int step = 0; step < 40; step++) {
            for (int k = 0; k < 2_000; k++) {
                int a = r.nextInt(ACTORS), b = r.nextInt(ACTORS);
                if (a == b) continue;
                Layer l = Layer.values()[r.nextInt(Layer.values().length)];
                double w = 0.05 + r.nextDouble();
                s.addSlot(a, b, l, w, step);
                ref.add(a + ">" + b + ":" + l, w);
            }
            for (int k = 0; k < 3_000; k++) { // flows on a sample of ties
                int i = r.nextInt(s.size());
                int slot = s.slotAt(i);
                assertEquals(ref.all.get(i), key(s, slot), "store order");
                s.flowSlot(slot, 1, step);
                ref.lastFlow.set(i, step);
            }
            dissolved.clear();
            int epochBefore = epoch(s);
            List<String> gone = ref.update(step, 0.05, 0.1, 0.3);
            assertEquals(gone.size(), s.update(step, 0.05, 0.1, 0.3));
            assertEquals(gone, dissolved, "ties dissolve in the old order");
            if (epoch(s) != epochBefore) compactions++;
            assertEquals(ref.all.size(), s.size());
            for (int i = 0; i < s.size(); i++) {
                assertEquals(ref.all.get(i), key(s, s.slotAt(i)));
                assertEquals(ref.weight.get(i), s.weight(s.slotAt(i)), 1e-15);
            }
        }
        assertTrue(compactions >= 2 && s.size() >= TieStore.COMPACT_MIN, "the store compacted " + compactions + " times");
    }

    @Test
    void afterCompactionAnActorsOutTiesAreAdjacentAndEveryListKeepsItsOrder() {
        TieStore s = new TieStore();
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 20_000; i++) {
            int a = r.nextInt(ACTORS), b = r.nextInt(ACTORS);
            if (a != b) s.addSlot(a, b, Layer.KNOWLEDGE, 0.5, 0);
        }
        for (int i = 0; i < 3_000; i++) {
            Tie t = s.tie(s.slotAt(r.nextInt(s.size())));
            s.remove(t);
        }
        Tie kept = s.tie(s.slotAt(0)), dropped = s.tie(s.slotAt(1));
        s.remove(dropped);
        List<String> all = new ArrayList<>(), outs = new ArrayList<>(), ins = new ArrayList<>();
        for (Tie t : s.all()) all.add(t.toString());
        for (int a = 0; a < ACTORS; a++) for (Tie t : s.out(a)) outs.add(t.toString());
        for (int a = 0; a < ACTORS; a++) for (Tie t : s.in(a)) ins.add(t.toString());
        int keptSlot = s.slot(kept.from(), kept.to(), kept.layer());

        s.compact();

        List<String> all2 = new ArrayList<>(), outs2 = new ArrayList<>(), ins2 = new ArrayList<>();
        for (Tie t : s.all()) all2.add(t.toString());
        for (int a = 0; a < ACTORS; a++) for (Tie t : s.out(a)) outs2.add(t.toString());
        for (int a = 0; a < ACTORS; a++) for (Tie t : s.in(a)) ins2.add(t.toString());
        assertEquals(all, all2);
        assertEquals(outs, outs2);
        assertEquals(ins, ins2);
        int next = 0;
        for (int a = 0; a < ACTORS; a++) for (int i = 0; i < s.outDegree(a); i++) assertEquals(next++, s.outSlot(a, i));
        assertEquals(s.size(), s.slotLimit(), "no free slot is left");
        // a handle made before finds its tie again; one on a dissolved tie stays dead
        assertNotEquals(keptSlot, s.slot(kept.from(), kept.to(), kept.layer()), "this tie has moved");
        assertTrue(kept.alive());
        assertEquals(s.tie(s.slot(kept.from(), kept.to(), kept.layer())), kept);
        assertEquals(0.5, kept.weight());
        s.flow(kept, 2, 7);
        assertEquals(2, TieStore.flowAt(kept, 7));
        assertFalse(dropped.alive());
        // the pair tied again later is another tie
        s.addSlot(dropped.from(), dropped.to(), dropped.layer(), 0.5, 9);
        assertFalse(dropped.alive());
        assertNotEquals(dropped, s.get(dropped.from(), dropped.to(), dropped.layer()));
        s.remove(kept);
        assertFalse(kept.alive());
    }

    private static int epoch(TieStore s) {
        // a handle made now records the store's epoch
        return s.size() == 0 ? -1 : s.tie(s.slotAt(0)).epoch;
    }
}
