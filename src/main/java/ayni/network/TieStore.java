package ayni.network;

import ayni.domain.Layer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All ties of the world, in per-actor out and in lists plus one list of all ties. Adding, finding and removing a tie
 * are O(1); nothing here ever touches all pairs of actors. Iteration is in list order (never hash order), and the
 * order depends only on the sequence of adds and removes, so runs are reproducible.
 */
public final class TieStore implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ArrayList<Tie> all = new ArrayList<>();
    private final ArrayList<ArrayList<Tie>> out = new ArrayList<>();
    private final ArrayList<ArrayList<Tie>> in = new ArrayList<>();
    private final Map<Long, Tie> byKey = new HashMap<>(); // lookup only, never iterated
    private final int[] countByLayer = new int[Layer.values().length];

    private static long key(int from, int to, Layer layer) {
        return ((long) from << 33) | ((long) to << 3) | layer.ordinal();
    }

    private void ensure(int actor) {
        while (out.size() <= actor) {
            out.add(new ArrayList<>(2));
            in.add(new ArrayList<>(2));
        }
    }

    public Tie get(int from, int to, Layer layer) {
        return byKey.get(key(from, to, layer));
    }

    /** Adds a tie, or raises an existing one's weight to at least {@code weight}. */
    public Tie add(int from, int to, Layer layer, double weight, int step) {
        if (from == to) throw new IllegalArgumentException("a tie needs two different actors");
        Tie t = get(from, to, layer);
        if (t != null) {
            t.weight = Math.max(t.weight, weight);
            return t;
        }
        ensure(Math.max(from, to));
        t = new Tie(from, to, layer, Math.min(1.0, weight), step);
        t.allPos = all.size();
        all.add(t);
        ArrayList<Tie> o = out.get(from);
        t.outPos = o.size();
        o.add(t);
        ArrayList<Tie> i = in.get(to);
        t.inPos = i.size();
        i.add(t);
        byKey.put(key(from, to, layer), t);
        countByLayer[layer.ordinal()]++;
        return t;
    }

    public void remove(Tie t) {
        if (!t.alive()) return;
        swapRemove(all, t.allPos, 0);
        swapRemove(out.get(t.from), t.outPos, 1);
        swapRemove(in.get(t.to), t.inPos, 2);
        t.allPos = t.outPos = t.inPos = -1;
        byKey.remove(key(t.from, t.to, t.layer));
        countByLayer[t.layer.ordinal()]--;
    }

    private static void swapRemove(ArrayList<Tie> list, int pos, int which) {
        int last = list.size() - 1;
        Tie moved = list.get(last);
        list.set(pos, moved);
        list.remove(last);
        if (moved != null && pos != last) {
            switch (which) {
                case 0 -> moved.allPos = pos;
                case 1 -> moved.outPos = pos;
                default -> moved.inPos = pos;
            }
        }
    }

    /** Removes every tie of an actor (it has left the network). */
    public void removeAll(int actor) {
        if (actor >= out.size()) return;
        for (Tie t : new ArrayList<>(out.get(actor))) remove(t);
        for (Tie t : new ArrayList<>(in.get(actor))) remove(t);
    }

    public List<Tie> out(int actor) {
        return actor < out.size() ? Collections.unmodifiableList(out.get(actor)) : List.of();
    }

    public List<Tie> in(int actor) {
        return actor < in.size() ? Collections.unmodifiableList(in.get(actor)) : List.of();
    }

    public List<Tie> all() {
        return Collections.unmodifiableList(all);
    }

    public int size() {
        return all.size();
    }

    public int count(Layer layer) {
        return countByLayer[layer.ordinal()];
    }

    /** Records a resource flow on a tie in this step. */
    public void flow(Tie t, double amount, int step) {
        if (t.lastFlowStep != step) t.flowThisStep = 0;
        t.lastFlowStep = step;
        t.flowThisStep += amount;
        t.totalFlow += amount;
        t.flows++;
    }

    /** Adds or finds the tie and records a flow on it. */
    public Tie flow(int from, int to, Layer layer, double amount, double newWeight, int step) {
        Tie t = add(from, to, layer, newWeight, step);
        flow(t, amount, step);
        return t;
    }

    /** Flow recorded on this tie in the given step (0 if none). */
    public static double flowAt(Tie t, int step) {
        return t.lastFlowStep == step ? t.flowThisStep : 0;
    }

    /**
     * Tie dynamics at the end of a step: a tie used this step strengthens toward 1, an unused one decays, and one
     * below the threshold dissolves. Returns the number dissolved.
     */
    public int update(int step, double strengthen, double decay, double threshold) {
        int dissolved = 0;
        for (int i = all.size() - 1; i >= 0; i--) { // backwards: a swap-removal moves an already visited tie
            Tie t = all.get(i);
            t.weight = TieRules.nextWeight(t.weight, t.lastFlowStep == step, strengthen, decay);
            if (t.weight < threshold) {
                remove(t);
                dissolved++;
            }
        }
        return dissolved;
    }

    /** Multiplies one tie's weight, e.g. after a conflict between its ends. */
    public void scale(Tie t, double keep) {
        t.weight *= keep;
    }

    /** Multiplies the weight of every tie touching an actor, e.g. at a change of government. */
    public void weaken(int actor, double keep) {
        for (Tie t : out(actor)) t.weight *= keep;
        for (Tie t : in(actor)) t.weight *= keep;
    }
}
