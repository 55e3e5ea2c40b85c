package ayni.network;

import ayni.domain.Layer;
import java.io.Serializable;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * All ties of the world in columns: each tie lives in a slot, and its endpoints, layer, weight and flow records are
 * entries of primitive arrays indexed by slot. Per actor, the slots of its out and in ties are kept in primitive arrays
 * indexed by actor; one dense array holds every live slot. A primitive open-addressing table finds a tie by (from,
 * to, layer) ({@link LongIntMap}). There is no object per tie and no boxed key: a {@link Tie} is a small handle made when asked for.
 * Adding, finding and removing a tie are O(1); nothing here ever touches all pairs of actors. Iteration is in array
 * order (never hash order), and the order depends only on the sequence of adds and removes (removal moves the last
 * entry into the gap), so runs are reproducible.
 * <p>
 * Slots are handed out in order of formation, so an actor's out ties soon lie far apart in the columns, and a pass over
 * them misses the cache at every tie. At the end of a step ({@link #update}), once a quarter of the live ties have
 * formed since the last time, the store renumbers its slots so that each actor's out ties are adjacent ({@link
 * #compact}). Every iteration order (all ties, an actor's out and in ties) stays as it was, so results do not change;
 * only slot numbers do, and a {@link Tie} handle made before finds its tie again by its ends, layer and start.
 */
public final class TieStore implements Serializable {
    private static final long serialVersionUID = 4L;
    /** Stores smaller than this never compact: their columns fit in the cache anyway. */
    static final int COMPACT_MIN = 4096;
    private static final Layer[] LAYERS = Layer.values();

    // columns, by slot
    private int[] from = new int[16], to = new int[16], startStep = new int[16], lastFlowStep = new int[16];
    private int[] flows = new int[16], gen = new int[16], allPos = new int[16], outPos = new int[16], inPos = new int[16];
    private byte[] layer = new byte[16];
    private double[] weight = new double[16], flowThisStep = new double[16], totalFlow = new double[16];
    private int slots; // slots ever used
    private int[] free = new int[16];
    private int freeCount;

    // every live slot, densely
    private int[] all = new int[16];
    private int size;

    // per actor: slots of its out and in ties
    private int[][] out = new int[0][], in = new int[0][];
    private int[] outCount = new int[0], inCount = new int[0];
    // per actor and layer: how many out ties (actor * layers + layer), so that a look for ties of one layer can stop
    // at once when there are none (an SME's market ties: most SMEs have none)
    private int[] outByLayer = new int[0];

    // (from, to, layer) -> slot; keys carry the layer ordinal + 1, so 0 is never a key
    private final LongIntMap slotOf = new LongIntMap(16);

    private final int[] countByLayer = new int[LAYERS.length];
    private Listener listener;
    private int epoch;                 // compactions so far: handles of an earlier epoch look their slot up again
    private int formedSinceCompaction;

    /** Told of every tie that forms or dissolves (the dynamic network file records spells this way). */
    public interface Listener extends Serializable {
        void formed(int from, int to, Layer layer, int step);

        void dissolved(int from, int to, Layer layer);
    }

    /** Sets the one listener (null: none). */
    public void setListener(Listener l) {
        listener = l;
    }

    private static long key(int from, int to, Layer layer) {
        return ((long) from << 33) | ((long) to << 3) | (layer.ordinal() + 1);
    }

    private void ensureActor(int actor) {
        if (actor < out.length) return;
        int n = Math.max(actor + 1, out.length * 2);
        out = Arrays.copyOf(out, n);
        in = Arrays.copyOf(in, n);
        outCount = Arrays.copyOf(outCount, n);
        inCount = Arrays.copyOf(inCount, n);
        outByLayer = Arrays.copyOf(outByLayer, n * LAYERS.length);
    }

    private int newSlot() {
        if (freeCount > 0) return free[--freeCount];
        if (slots == from.length) {
            int n = slots * 2;
            from = Arrays.copyOf(from, n);
            to = Arrays.copyOf(to, n);
            startStep = Arrays.copyOf(startStep, n);
            lastFlowStep = Arrays.copyOf(lastFlowStep, n);
            flows = Arrays.copyOf(flows, n);
            gen = Arrays.copyOf(gen, n);
            allPos = Arrays.copyOf(allPos, n);
            outPos = Arrays.copyOf(outPos, n);
            inPos = Arrays.copyOf(inPos, n);
            layer = Arrays.copyOf(layer, n);
            weight = Arrays.copyOf(weight, n);
            flowThisStep = Arrays.copyOf(flowThisStep, n);
            totalFlow = Arrays.copyOf(totalFlow, n);
        }
        return slots++;
    }

    private static int[] append(int[] list, int count, int value) {
        if (list == null) list = new int[2];
        else if (count == list.length) list = Arrays.copyOf(list, count * 2);
        list[count] = value;
        return list;
    }

    /** The tie's slot, or -1 if there is none. */
    public int slot(int from, int to, Layer layer) {
        return slotOf.get(key(from, to, layer));
    }

    public Tie get(int from, int to, Layer layer) {
        int s = slot(from, to, layer);
        return s < 0 ? null : tie(s);
    }

    /** A handle on the tie in a live slot. */
    public Tie tie(int slot) {
        return new Tie(this, slot, gen[slot], epoch, from[slot], to[slot], LAYERS[layer[slot]], startStep[slot]);
    }

    /** Adds a tie, or raises an existing one's weight to at least {@code weight}. */
    public Tie add(int from, int to, Layer layer, double weight, int step) {
        return tie(addSlot(from, to, layer, weight, step));
    }

    /** As {@link #add}, returning the slot. */
    public int addSlot(int f, int t, Layer l, double w, int step) {
        if (f == t) throw new IllegalArgumentException("a tie needs two different actors");
        long k = key(f, t, l);
        int s = slotOf.get(k);
        if (s >= 0) {
            weight[s] = Math.max(weight[s], w);
            return s;
        }
        ensureActor(Math.max(f, t));
        s = newSlot();
        from[s] = f;
        to[s] = t;
        layer[s] = (byte) l.ordinal();
        weight[s] = Math.min(1.0, w);
        startStep[s] = step;
        lastFlowStep[s] = -1;
        flowThisStep[s] = 0;
        totalFlow[s] = 0;
        flows[s] = 0;
        if (size == all.length) all = Arrays.copyOf(all, size * 2);
        allPos[s] = size;
        all[size++] = s;
        out[f] = append(out[f], outCount[f], s);
        outPos[s] = outCount[f]++;
        in[t] = append(in[t], inCount[t], s);
        inPos[s] = inCount[t]++;
        slotOf.put(k, s);
        formedSinceCompaction++;
        countByLayer[l.ordinal()]++;
        outByLayer[f * LAYERS.length + l.ordinal()]++;
        if (listener != null) listener.formed(f, t, l, step);
        return s;
    }

    public void remove(Tie t) {
        int s = live(t);
        if (s >= 0) removeSlot(s);
    }

    private void removeSlot(int s) {
        int p = allPos[s], last = all[--size];
        all[p] = last;
        allPos[last] = p;
        int f = from[s], t = to[s];
        p = outPos[s];
        last = out[f][--outCount[f]];
        out[f][p] = last;
        outPos[last] = p;
        p = inPos[s];
        last = in[t][--inCount[t]];
        in[t][p] = last;
        inPos[last] = p;
        allPos[s] = -1;
        gen[s]++;
        free = append(free, freeCount, s);
        freeCount++;
        Layer l = LAYERS[layer[s]];
        slotOf.remove(key(f, t, l));
        countByLayer[l.ordinal()]--;
        outByLayer[f * LAYERS.length + l.ordinal()]--;
        if (listener != null) listener.dissolved(f, t, l);
    }

    /** Removes every tie of an actor (it has left the network). */
    public void removeAll(int actor) {
        if (actor >= out.length) return;
        for (int s : Arrays.copyOf(slots(out[actor]), outCount[actor])) removeSlot(s);
        for (int s : Arrays.copyOf(slots(in[actor]), inCount[actor])) removeSlot(s);
    }

    private static int[] slots(int[] list) {
        return list == null ? new int[0] : list;
    }

    /** The actor's out ties, as handles; a live view in store order. */
    public List<Tie> out(int actor) {
        return actor < out.length && outCount[actor] > 0 ? new View(this, out[actor], outCount[actor]) : List.of();
    }

    public List<Tie> in(int actor) {
        return actor < in.length && inCount[actor] > 0 ? new View(this, in[actor], inCount[actor]) : List.of();
    }

    public List<Tie> all() {
        return new View(this, all, size);
    }

    /** Number of out ties of an actor. */
    public int outDegree(int actor) { return actor < outCount.length ? outCount[actor] : 0; }
    public int inDegree(int actor) { return actor < inCount.length ? inCount[actor] : 0; }
    /** The actor's out ties in one layer, in O(1). */
    public int outDegree(int actor, Layer layer) {
        return actor < outCount.length ? outByLayer[actor * LAYERS.length + layer.ordinal()] : 0;
    }

    /** Slot of an actor's i-th out tie (0 <= i < outDegree). */
    public int outSlot(int actor, int i) { return out[actor][i]; }
    public int inSlot(int actor, int i) { return in[actor][i]; }
    /** Slot of the i-th live tie in store order (0 <= i < size). */
    public int slotAt(int i) { return all[i]; }

    // columns, read by slot (the measures' loops use these instead of handles)
    public int from(int slot) { return from[slot]; }
    public int to(int slot) { return to[slot]; }
    public Layer layer(int slot) { return LAYERS[layer[slot]]; }
    public double weight(int slot) { return weight[slot]; }
    public int startStep(int slot) { return startStep[slot]; }
    public double totalFlow(int slot) { return totalFlow[slot]; }
    public int flows(int slot) { return flows[slot]; }
    public int lastFlowStep(int slot) { return lastFlowStep[slot]; }
    /** Flow recorded on the tie in a slot in the given step (0 if none). */
    public double flowAt(int slot, int step) { return lastFlowStep[slot] == step ? flowThisStep[slot] : 0; }

    /** The slot a handle's tie lives in now, or -1 once it has dissolved. */
    int live(Tie t) {
        if (t.epoch == epoch) return gen[t.slot] == t.generation && allPos[t.slot] >= 0 ? t.slot : -1;
        int s = slot(t.from(), t.to(), t.layer()); // renumbered since: the same pair, layer and start is the same tie
        return s >= 0 && startStep[s] == t.startStep() ? s : -1;
    }

    /** Slots in use are below this (dead ones among them too: see {@link #live(int)}). */
    public int slotLimit() { return slots; }

    /** Whether a slot below {@link #slotLimit()} holds a live tie. */
    public boolean live(int slot) { return allPos[slot] >= 0; }

    public int size() {
        return size;
    }

    public int count(Layer layer) {
        return countByLayer[layer.ordinal()];
    }

    /** Records a resource flow on a tie in this step (nothing if it has dissolved). */
    public void flow(Tie t, double amount, int step) {
        int s = t.store.live(t);
        if (s >= 0) flowSlot(s, amount, step);
    }

    /** As {@link #flow(Tie, double, int)} on a live slot. */
    public void flowSlot(int s, double amount, int step) {
        if (lastFlowStep[s] != step) flowThisStep[s] = 0;
        lastFlowStep[s] = step;
        flowThisStep[s] += amount;
        totalFlow[s] += amount;
        flows[s]++;
    }

    /** Adds or finds the tie and records a flow on it. */
    public Tie flow(int from, int to, Layer layer, double amount, double newWeight, int step) {
        int s = addSlot(from, to, layer, newWeight, step);
        flowSlot(s, amount, step);
        return tie(s);
    }

    /** Flow recorded on this tie in the given step (0 if none). */
    public static double flowAt(Tie t, int step) {
        int s = t.store.live(t);
        return s >= 0 && t.store.lastFlowStep[s] == step ? t.store.flowThisStep[s] : 0;
    }

    /**
     * Tie dynamics at the end of a step: a tie used this step strengthens toward 1, an unused one decays, and one
     * below the threshold dissolves. Returns the number dissolved. Then the store compacts when due ({@link #compact}).
     * <p>
     * The weights are updated in slot order (the columns' own order, so one pass streams through them); the ties that
     * dissolve go afterwards from the last position in store order to the first, which leaves every list exactly as
     * removing them during a backward walk over the store would.
     */
    public int update(int step, double strengthen, double decay, double threshold) {
        int[] gone = null;
        int dissolved = 0;
        for (int s = 0; s < slots; s++) {
            if (allPos[s] < 0) continue;
            double w = TieRules.nextWeight(weight[s], lastFlowStep[s] == step, strengthen, decay);
            weight[s] = w;
            if (w < threshold) gone = append(gone, dissolved++, s);
        }
        if (dissolved > 0) {
            long[] byPos = new long[dissolved];
            for (int i = 0; i < dissolved; i++) byPos[i] = ((long) allPos[gone[i]] << 32) | gone[i];
            Arrays.sort(byPos);
            // a removal moves the last live slot into the gap; that slot sits after every slot still to go
            for (int i = dissolved - 1; i >= 0; i--) removeSlot((int) byPos[i]);
        }
        if (size >= COMPACT_MIN && formedSinceCompaction * 4L > size) compact();
        return dissolved;
    }

    /**
     * Renumbers the slots so that each actor's out ties are adjacent, actor by actor in their out-list order, and
     * frees no slot: every list keeps its order, only the slot numbers in it change. O(ties), one spare column at a
     * time.
     */
    void compact() {
        int[] newOf = new int[slots];
        int next = 0;
        for (int a = 0; a < out.length; a++) {
            for (int i = 0; i < outCount[a]; i++) {
                newOf[out[a][i]] = next;
                out[a][i] = next++;
            }
        }
        int cap = from.length;
        int[] spareInt = new int[cap];
        double[] spareDouble = new double[cap];
        int[][] intCols = {from, to, startStep, lastFlowStep, flows, allPos, outPos, inPos};
        for (int c = 0; c < intCols.length; c++) {
            int[] col = intCols[c];
            for (int i = 0; i < size; i++) {
                int s = all[i];
                spareInt[newOf[s]] = col[s];
            }
            intCols[c] = spareInt;
            spareInt = col;
        }
        from = intCols[0];
        to = intCols[1];
        startStep = intCols[2];
        lastFlowStep = intCols[3];
        flows = intCols[4];
        allPos = intCols[5];
        outPos = intCols[6];
        inPos = intCols[7];
        double[][] doubleCols = {weight, flowThisStep, totalFlow};
        for (int c = 0; c < doubleCols.length; c++) {
            double[] col = doubleCols[c];
            for (int i = 0; i < size; i++) {
                int s = all[i];
                spareDouble[newOf[s]] = col[s];
            }
            doubleCols[c] = spareDouble;
            spareDouble = col;
        }
        weight = doubleCols[0];
        flowThisStep = doubleCols[1];
        totalFlow = doubleCols[2];
        byte[] newLayer = new byte[cap];
        for (int i = 0; i < size; i++) newLayer[newOf[all[i]]] = layer[all[i]];
        layer = newLayer;
        for (int a = 0; a < in.length; a++) for (int j = 0; j < inCount[a]; j++) in[a][j] = newOf[in[a][j]];
        for (int i = 0; i < size; i++) all[i] = newOf[all[i]];
        slotOf.remapValues(newOf);
        Arrays.fill(gen, 0);
        Arrays.fill(allPos, size, cap, -1);
        slots = size;
        freeCount = 0;
        formedSinceCompaction = 0;
        epoch++;
    }

    /** Multiplies one tie's weight, e.g. after a conflict between its ends. */
    public void scale(Tie t, double keep) {
        int s = live(t);
        if (s >= 0) weight[s] *= keep;
    }

    /** Multiplies the weight of every tie touching an actor, e.g. at a change of government. */
    public void weaken(int actor, double keep) {
        if (actor >= out.length) return;
        for (int i = 0; i < outCount[actor]; i++) weight[out[actor][i]] *= keep;
        for (int i = 0; i < inCount[actor]; i++) weight[in[actor][i]] *= keep;
    }

    /** A read-only list of handles over a slot array (valid until the store next changes). */
    private static final class View extends AbstractList<Tie> implements RandomAccess {
        private final TieStore store;
        private final int[] slots;
        private final int n;

        View(TieStore store, int[] slots, int n) {
            this.store = store;
            this.slots = slots;
            this.n = n;
        }

        @Override
        public Tie get(int i) {
            if (i < 0 || i >= n) throw new IndexOutOfBoundsException(i);
            return store.tie(slots[i]);
        }

        @Override
        public int size() {
            return n;
        }
    }
}
