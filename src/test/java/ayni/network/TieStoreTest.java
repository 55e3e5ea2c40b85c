package ayni.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ayni.domain.Layer;
import org.junit.jupiter.api.Test;

class TieStoreTest {

    @Test
    void tiesAreTypedByLayerAndDirected() {
        TieStore s = new TieStore();
        Tie f = s.add(0, 1, Layer.FUNDING, 0.5, 0);
        Tie k = s.add(0, 1, Layer.KNOWLEDGE, 0.5, 0);
        s.add(1, 0, Layer.LEGITIMACY, 0.5, 0);
        assertEquals(f, s.get(0, 1, Layer.FUNDING));
        assertEquals(k, s.get(0, 1, Layer.KNOWLEDGE));
        assertNull(s.get(1, 0, Layer.FUNDING));
        assertEquals(2, s.out(0).size());
        assertEquals(1, s.in(0).size());
        assertEquals(1, s.count(Layer.FUNDING));
        assertEquals(3, s.size());
    }

    @Test
    void addingAnExistingTieKeepsTheHigherWeight() {
        TieStore s = new TieStore();
        Tie t = s.add(0, 1, Layer.FUNDING, 0.3, 0);
        assertEquals(t, s.add(0, 1, Layer.FUNDING, 0.6, 5));
        assertEquals(0.6, t.weight());
        assertEquals(0, t.startStep());
    }

    @Test
    void weightsFollowTheStrengthenAndDecayRules() {
        TieStore s = new TieStore();
        Tie used = s.add(0, 1, Layer.KNOWLEDGE, 0.5, 0);
        Tie idle = s.add(1, 2, Layer.KNOWLEDGE, 0.5, 0);
        s.flow(used, 1.0, 3);
        s.update(3, 0.2, 0.1, 0.05);
        assertEquals(0.5 + 0.2 * 0.5, used.weight(), 1e-12); // 0.6
        assertEquals(0.5 * 0.9, idle.weight(), 1e-12); // 0.45
    }

    @Test
    void idleTiesDissolveBelowTheThresholdAfterAComputableNumberOfSteps() {
        TieStore s = new TieStore();
        Tie t = s.add(0, 1, Layer.KNOWLEDGE, 0.5, 0);
        // 0.5 * 0.5^n < 0.05 first at n = 4 (0.03125)
        int step = 0;
        while (t.alive()) s.update(++step, 0.2, 0.5, 0.05);
        assertEquals(4, step);
        assertEquals(0, s.size());
        assertTrue(s.out(0).isEmpty());
    }

    @Test
    void removalKeepsTheOtherTiesReachable() {
        TieStore s = new TieStore();
        for (int i = 1; i <= 5; i++) s.add(0, i, Layer.KNOWLEDGE, 0.5, 0);
        s.remove(s.get(0, 2, Layer.KNOWLEDGE));
        s.remove(s.get(0, 5, Layer.KNOWLEDGE));
        assertEquals(3, s.out(0).size());
        for (int i : new int[] {1, 3, 4}) {
            Tie t = s.get(0, i, Layer.KNOWLEDGE);
            assertEquals(t, s.out(0).get(s.out(0).indexOf(t)));
            assertEquals(t, s.in(i).get(0));
        }
        s.removeAll(0);
        assertEquals(0, s.size());
        assertFalse(s.all().iterator().hasNext());
    }

    /** Thousands of random adds and removes against a plain map: every lookup, list and count agrees. */
    @Test
    void theColumnsAndTheLookupTableAgreeWithAPlainMapUnderChurn() {
        TieStore s = new TieStore();
        java.util.Map<String, Double> ref = new java.util.LinkedHashMap<>();
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int i = 0; i < 20_000; i++) {
            int a = r.nextInt(40), b = r.nextInt(40);
            Layer l = Layer.values()[r.nextInt(Layer.values().length)];
            if (a == b) continue;
            String k = a + ">" + b + ":" + l;
            if (r.nextInt(500) == 0) { // an actor leaves: every tie of it goes
                s.removeAll(a);
                ref.keySet().removeIf(x -> x.startsWith(a + ">") || x.contains(">" + a + ":"));
            } else if (r.nextInt(3) == 0) {
                Tie t = s.get(a, b, l);
                assertEquals(ref.containsKey(k), t != null);
                if (t != null) {
                    s.remove(t);
                    assertFalse(t.alive());
                    ref.remove(k);
                }
            } else {
                double w = r.nextDouble();
                Tie t = s.add(a, b, l, w, i);
                ref.merge(k, w, Math::max);
                assertEquals(ref.get(k), t.weight());
            }
        }
        assertEquals(ref.size(), s.size());
        int[] out = new int[40], in = new int[40];
        int[][] outByLayer = new int[40][Layer.values().length];
        for (String k : ref.keySet()) {
            String[] p = k.split("[>:]");
            Tie t = s.get(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Layer.valueOf(p[2]));
            assertEquals(ref.get(k), t.weight(), k);
            out[t.from()]++;
            in[t.to()]++;
            outByLayer[t.from()][t.layer().ordinal()]++;
        }
        for (int a = 0; a < 40; a++) {
            for (Layer l : Layer.values()) assertEquals(outByLayer[a][l.ordinal()], s.outDegree(a, l), a + " " + l);
            assertEquals(out[a], s.out(a).size());
            assertEquals(in[a], s.in(a).size());
            for (Tie t : s.out(a)) assertEquals(a, t.from());
            for (Tie t : s.in(a)) assertEquals(a, t.to());
        }
        int total = 0;
        for (Layer l : Layer.values()) total += s.count(l);
        assertEquals(ref.size(), total);
    }

    @Test
    void cooperationFallsWithDiscourseDistance() {
        assertEquals(1.0, TieRules.cooperationProbability(0, 0.8));
        assertEquals(Math.exp(-1), TieRules.cooperationProbability(0.8, 0.8), 1e-12);
        assertTrue(TieRules.cooperationProbability(2.0, 0.8) < 0.1);
    }

    @Test
    void formationIsALogitOfItsReasons() {
        double p0 = TieRules.formationProbability(-2, 3, 0, 1, 0, 1, 0, 1.5, false);
        assertEquals(1 / (1 + Math.exp(2)), p0, 1e-12);
        double p1 = TieRules.formationProbability(-2, 3, 1, 1, 1, 1, 1, 1.5, true);
        assertEquals(1 / (1 + Math.exp(-(-2 + 3 + 1 + 1 + 1.5))), p1, 1e-12);
    }

    /**
     * The listener hears of every tie formed and dissolved, whichever way it goes (remove, an actor's removeAll,
     * dissolving in update), and only once per tie: under churn, the ties it believes alive are the store's.
     */
    @Test
    void theListenerHearsEveryTieThatFormsOrDissolves() {
        TieStore s = new TieStore();
        java.util.Set<String> heard = new java.util.HashSet<>();
        s.setListener(new TieStore.Listener() {
            @Override
            public void formed(int from, int to, Layer layer, int step) {
                assertTrue(heard.add(from + ">" + to + ":" + layer), "formed twice");
            }

            @Override
            public void dissolved(int from, int to, Layer layer) {
                assertTrue(heard.remove(from + ">" + to + ":" + layer), "dissolved unheard");
            }
        });
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        int dissolved = 0;
        for (int i = 0; i < 5_000; i++) {
            int a = r.nextInt(20), b = r.nextInt(20);
            if (a == b) continue;
            Layer l = Layer.values()[r.nextInt(Layer.values().length)];
            int what = r.nextInt(100);
            if (what == 0) s.removeAll(a);
            else if (what == 1) dissolved += s.update(i, 0.2, 0.1, 0.3); // idle ties of weight below 1/3 dissolve
            else if (what < 30) {
                Tie t = s.get(a, b, l);
                if (t != null) s.remove(t);
            } else s.add(a, b, l, r.nextDouble(), i);
        }
        java.util.Set<String> store = new java.util.HashSet<>();
        for (Tie t : s.all()) store.add(t.from() + ">" + t.to() + ":" + t.layer());
        assertEquals(store, heard);
        assertTrue(store.size() > 10 && dissolved > 10, store.size() + " ties left, " + dissolved + " dissolved by update");
    }

    /**
     * A tie's flow records, by column and by handle: flows of 2 and 5 in step 3 and of 1 in step 4 leave a total of 8
     * over 3 flows, the last in step 4 with 1 (step 3's 7 is forgotten); its start step is the step it was added in.
     * Recording a flow on ties found by (from, to, layer) adds a missing tie at the new weight and returns it.
     */
    @Test
    void flowsAreRecordedPerStepAndInTotal() {
        TieStore s = new TieStore();
        Tie t = s.add(0, 1, Layer.FUNDING, 0.5, 2);
        s.flow(t, 2, 3);
        s.flow(t, 5, 3);
        int slot = s.slot(0, 1, Layer.FUNDING);
        assertEquals(7, s.flowAt(slot, 3), 0);
        s.flow(t, 1, 4);
        assertEquals(1, s.flowAt(slot, 4), 0);
        assertEquals(0, s.flowAt(slot, 3), 0);
        assertEquals(8, s.totalFlow(slot), 0);
        assertEquals(8, t.totalFlow(), 0);
        assertEquals(3, s.flows(slot));
        assertEquals(3, t.flows());
        assertEquals(4, s.lastFlowStep(slot));
        assertEquals(2, s.startStep(slot));

        Tie made = s.flow(1, 2, Layer.FUNDING, 10, 0.3, 6);
        assertEquals(s.get(1, 2, Layer.FUNDING), made);
        assertEquals(0.3, made.weight(), 0);
        assertEquals(10, TieStore.flowAt(made, 6), 0);
        assertEquals(6, made.startStep());
        assertEquals(t, s.flow(0, 1, Layer.FUNDING, 1, 0.1, 6));
        assertEquals(0.5, t.weight(), 0, "an existing tie keeps its higher weight");
    }

    /**
     * update returns the number of ties dissolved, and a tie that decays exactly onto the threshold stays: with decay
     * 0.5 and threshold 0.25, weight 0.5 -> 0.25 stays, 0.4 -> 0.2 and 0.3 -> 0.15 go (2 dissolved).
     */
    @Test
    void updateDissolvesBelowTheThresholdNotAtItAndCountsThem() {
        TieStore s = new TieStore();
        Tie edge = s.add(0, 1, Layer.KNOWLEDGE, 0.5, 0);
        Tie a = s.add(1, 2, Layer.KNOWLEDGE, 0.4, 0);
        Tie b = s.add(2, 0, Layer.KNOWLEDGE, 0.3, 0);
        assertEquals(2, s.update(1, 0.2, 0.5, 0.25));
        assertTrue(edge.alive());
        assertEquals(0.25, edge.weight(), 0);
        assertFalse(a.alive());
        assertFalse(b.alive());
        assertEquals(1, s.size());
        assertEquals(0, s.update(2, 0.2, 0, 0.25));
    }

    /** weaken scales every tie touching the actor, out and in, and no other. */
    @Test
    void weakeningAnActorScalesItsOutAndInTies() {
        TieStore s = new TieStore();
        Tie out = s.add(0, 1, Layer.KNOWLEDGE, 0.8, 0);
        Tie in = s.add(2, 0, Layer.LEGITIMACY, 0.6, 0);
        Tie other = s.add(1, 2, Layer.KNOWLEDGE, 0.4, 0);
        s.weaken(0, 0.5);
        assertEquals(0.4, out.weight(), 1e-12);
        assertEquals(0.3, in.weight(), 1e-12);
        assertEquals(0.4, other.weight(), 0);
    }

    /**
     * Actors the store has never seen (indices at and beyond its columns, wherever they end) have no ties, and
     * removing or weakening them is a no-op.
     */
    @Test
    void actorsBeyondTheColumnsHaveNoTies() {
        TieStore s = new TieStore();
        Tie t = s.add(0, 1, Layer.KNOWLEDGE, 0.5, 0);
        for (int a = 2; a < 40; a++) {
            assertTrue(s.out(a).isEmpty());
            assertTrue(s.in(a).isEmpty());
            assertEquals(0, s.outDegree(a));
            assertEquals(0, s.inDegree(a));
            assertEquals(0, s.outDegree(a, Layer.KNOWLEDGE));
            s.weaken(a, 0.5);
            s.removeAll(a);
        }
        assertEquals(0.5, t.weight(), 0);
        assertEquals(1, s.size());
    }

    /**
     * The lists of an actor's ties end at its tie count, though the slot array behind them is longer (2 slots for one
     * tie, 4 for three after a removal): reading past the end throws, as any list does, rather than handing out a
     * stale slot's tie.
     */
    @Test
    void aListOfTiesEndsAtItsLastTie() {
        TieStore s = new TieStore();
        s.add(0, 1, Layer.KNOWLEDGE, 0.5, 0);
        assertEquals(1, s.out(0).size());
        assertThrows(IndexOutOfBoundsException.class, () -> s.out(0).get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> s.in(1).get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> s.out(0).get(-1));
        s.add(0, 2, Layer.KNOWLEDGE, 0.5, 0);
        s.add(0, 3, Layer.KNOWLEDGE, 0.5, 0);
        s.remove(s.get(0, 3, Layer.KNOWLEDGE));
        assertEquals(2, s.out(0).size());
        assertThrows(IndexOutOfBoundsException.class, () -> s.out(0).get(2));
        assertThrows(IndexOutOfBoundsException.class, () -> s.all().get(2));
    }
}
