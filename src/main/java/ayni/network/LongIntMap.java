package ayni.network;

import java.io.Serializable;

/**
 * A map from long keys (never 0) to int values in two primitive arrays: open addressing with linear probing and
 * backward-shift deletion, so there are no boxed keys and no tombstones. For look-up only: it has no iteration order.
 */
public final class LongIntMap implements Serializable {
    private static final long serialVersionUID = 1L;
    private long[] keys;
    private int[] vals;
    private int used;

    public LongIntMap(int expected) {
        int c = 16;
        while (c < expected * 2) c <<= 1;
        keys = new long[c];
        vals = new int[c];
    }

    private static int hash(long k) {
        k *= 0x9E3779B97F4A7C15L;
        return (int) (k ^ (k >>> 32));
    }

    /** The value for a key, or -1. */
    public int get(long k) {
        int mask = keys.length - 1;
        for (int i = hash(k) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == k) return vals[i];
            if (keys[i] == 0) return -1;
        }
    }

    /** Sets a key's value (the key must not be 0). */
    public void put(long k, int v) {
        if (k == 0) throw new IllegalArgumentException("key 0");
        if ((used + 1) * 2 > keys.length) rehash(keys.length * 2);
        int mask = keys.length - 1;
        int i = hash(k) & mask;
        while (keys[i] != 0 && keys[i] != k) i = (i + 1) & mask;
        if (keys[i] == 0) used++;
        keys[i] = k;
        vals[i] = v;
    }

    private void rehash(int capacity) {
        long[] ok = keys;
        int[] ov = vals;
        keys = new long[capacity];
        vals = new int[capacity];
        used = 0;
        for (int i = 0; i < ok.length; i++) if (ok[i] != 0) put(ok[i], ov[i]);
    }

    /** Removes a key if present; entries after it in its probe run shift back so every run stays unbroken. */
    public void remove(long k) {
        int mask = keys.length - 1;
        int i = hash(k) & mask;
        while (keys[i] != k) {
            if (keys[i] == 0) return;
            i = (i + 1) & mask;
        }
        int gap = i;
        for (int j = (gap + 1) & mask; keys[j] != 0; j = (j + 1) & mask) {
            int home = hash(keys[j]) & mask;
            if (((j - home) & mask) >= ((j - gap) & mask)) { // j's home is not cyclically in (gap, j]
                keys[gap] = keys[j];
                vals[gap] = vals[j];
                gap = j;
            }
        }
        keys[gap] = 0;
        used--;
    }

    /** Replaces every value v by {@code newOf[v]} (the keys stay where they are). */
    public void remapValues(int[] newOf) {
        for (int i = 0; i < keys.length; i++) if (keys[i] != 0) vals[i] = newOf[vals[i]];
    }

    public int size() {
        return used;
    }
}
