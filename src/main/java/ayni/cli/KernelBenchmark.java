package ayni.cli;

import ayni.domain.Layer;
import ayni.metrics.graph.Betweenness;
import ayni.network.TieRules;
import ayni.network.TieStore;
import ayni.stats.Ranks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import sim.field.network.Edge;
import sim.field.network.Network;
import sim.util.Bag;

/**
 * The machine-level figures of {@code ayni benchmark}: one exchange-and-decay step over a national-shaped tie set
 * held three ways (Ayni's columnar {@link TieStore}; MASON's {@link Network} of {@link Edge}s in {@link Bag}s, as
 * MASON's own examples write it; the object-per-tie layout the tie store had before, one object per tie in array
 * lists with a hash map of boxed keys), against a plain pass over the tie columns that reads each tie's endpoints and
 * weight once (the memory-stream bound); and sampled against exact betweenness on a network of the same shape.
 */
final class KernelBenchmark {
    private KernelBenchmark() {}

    /** A national-shaped tie set: SMEs tied to a few NGOs (most to the big ones), NGOs funded by donors, SMEs selling to companies. */
    record Shape(int actors, int[] from, int[] to, Layer[] layer, double[] weight) {
        static Shape national(int smes, long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            int donors = 40, ngos = 60, companies = 100;
            int n = donors + ngos + companies + smes, firstNgo = donors, firstCompany = donors + ngos, firstSme = firstCompany + companies;
            List<int[]> ties = new ArrayList<>();
            List<Layer> layers = new ArrayList<>();
            for (int d = 0; d < donors; d++) {
                for (int k = 0; k < 4; k++) { ties.add(new int[] {d, firstNgo + r.nextInt(ngos)}); layers.add(Layer.FUNDING); }
            }
            for (int g = 0; g < ngos; g++) {
                for (int k = 0; k < 3; k++) {
                    int o = firstNgo + r.nextInt(ngos);
                    if (o != firstNgo + g) { ties.add(new int[] {firstNgo + g, o}); layers.add(Layer.KNOWLEDGE); }
                }
            }
            for (int s = 0; s < smes; s++) {
                int sme = firstSme + s;
                int links = 1 + r.nextInt(8); // about 8 ties per SME with the market ties, as in the national run
                for (int k = 0; k < links; k++) {
                    // a skewed choice: NGO g with probability proportional to 1 / (g + 1)
                    int g = (int) Math.floor(Math.exp(r.nextDouble() * Math.log(ngos + 1))) - 1;
                    ties.add(new int[] {firstNgo + Math.min(g, ngos - 1), sme});
                    layers.add(Layer.KNOWLEDGE);
                }
                if (r.nextInt(3) == 0) { ties.add(new int[] {sme, firstCompany + r.nextInt(companies)}); layers.add(Layer.MARKET); }
                if (r.nextInt(4) == 0) { ties.add(new int[] {sme, firstNgo + r.nextInt(ngos)}); layers.add(Layer.LEGITIMACY); }
            }
            // duplicates (same pair and layer) are dropped by the stores; keep the first
            Map<Long, Boolean> seen = new HashMap<>();
            List<Integer> keep = new ArrayList<>();
            for (int i = 0; i < ties.size(); i++) {
                long k = ((long) ties.get(i)[0] << 34) | ((long) ties.get(i)[1] << 3) | layers.get(i).ordinal();
                if (seen.putIfAbsent(k, Boolean.TRUE) == null) keep.add(i);
            }
            int m = keep.size();
            int[] f = new int[m], t = new int[m];
            Layer[] l = new Layer[m];
            double[] w = new double[m];
            for (int i = 0; i < m; i++) {
                int j = keep.get(i);
                f[i] = ties.get(j)[0];
                t[i] = ties.get(j)[1];
                l[i] = layers.get(j);
                w[i] = 0.2 + 0.8 * r.nextDouble();
            }
            return new Shape(n, f, t, l, w);
        }
    }

    /** The old layout: one object per tie, array lists per actor, a hash map of boxed keys. */
    static final class ObjectTies {
        static final class T {
            final int from, to;
            final Layer layer;
            double weight, flowThisStep;
            int lastFlowStep = -1;
            T(int from, int to, Layer layer, double weight) { this.from = from; this.to = to; this.layer = layer; this.weight = weight; }
        }
        final ArrayList<T> all = new ArrayList<>();
        final ArrayList<ArrayList<T>> out = new ArrayList<>();
        final Map<Long, T> byKey = new HashMap<>();

        ObjectTies(Shape s) {
            for (int i = 0; i < s.actors(); i++) out.add(new ArrayList<>(2));
            for (int i = 0; i < s.from().length; i++) {
                T t = new T(s.from()[i], s.to()[i], s.layer()[i], s.weight()[i]);
                all.add(t);
                out.get(t.from).add(t);
                byKey.put(((long) t.from << 33) | ((long) t.to << 3) | t.layer.ordinal(), t);
            }
        }
    }

    static TieStore store(Shape s) {
        TieStore ts = new TieStore();
        for (int i = 0; i < s.from().length; i++) ts.addSlot(s.from()[i], s.to()[i], s.layer()[i], s.weight()[i], 0);
        return ts;
    }

    static Network network(Shape s) {
        Network net = new Network(true);
        Integer[] nodes = new Integer[s.actors()];
        for (int i = 0; i < s.actors(); i++) {
            nodes[i] = i;
            net.addNode(nodes[i]);
        }
        for (int i = 0; i < s.from().length; i++) {
            // info: {weight, flow this step, step of the last flow}, as a MASON model keeps edge state
            net.addEdge(nodes[s.from()[i]], nodes[s.to()[i]], new double[] {s.weight()[i], 0, -1});
        }
        return net;
    }

    // one step of the kernel: every actor passes a share of what it holds along its out ties, the flow is recorded on
    // the tie; then every tie strengthens (with a flow) or decays. Returns a checksum so no pass can be optimised away.
    static double step(TieStore ts, double[] held, int actors, int step) {
        double sum = 0;
        for (int a = 0; a < actors; a++) {
            int d = ts.outDegree(a);
            for (int i = 0; i < d; i++) {
                int s = ts.outSlot(a, i);
                double f = 0.01 * held[a] * ts.weight(s);
                if (f > 0 && (i + a + step) % 3 == 0) {
                    ts.flowSlot(s, f, step);
                    held[ts.to(s)] += f;
                    sum += f;
                }
            }
        }
        ts.update(step, 0.1, 0.02, 0.0);
        return sum;
    }

    static double step(Network net, double[] held, int actors, int step) {
        double sum = 0;
        Bag nodes = net.getAllNodes();
        for (int a = 0; a < actors; a++) {
            Bag out = net.getEdgesOut(nodes.objs[a]);
            for (int i = 0; i < out.numObjs; i++) {
                Edge e = (Edge) out.objs[i];
                double[] info = (double[]) e.info;
                double f = 0.01 * held[a] * info[0];
                if (f > 0 && (i + a + step) % 3 == 0) {
                    info[1] = (info[2] == step ? info[1] : 0) + f;
                    info[2] = step;
                    held[(Integer) e.getTo()] += f;
                    sum += f;
                }
            }
        }
        for (int a = 0; a < actors; a++) {
            Bag out = net.getEdgesOut(nodes.objs[a]);
            for (int i = 0; i < out.numObjs; i++) {
                double[] info = (double[]) ((Edge) out.objs[i]).info;
                info[0] = TieRules.nextWeight(info[0], info[2] == step, 0.1, 0.02);
            }
        }
        return sum;
    }

    static double step(ObjectTies o, double[] held, int actors, int step) {
        double sum = 0;
        for (int a = 0; a < actors; a++) {
            List<ObjectTies.T> out = o.out.get(a);
            for (int i = 0; i < out.size(); i++) {
                ObjectTies.T t = out.get(i);
                double f = 0.01 * held[a] * t.weight;
                if (f > 0 && (i + a + step) % 3 == 0) {
                    ObjectTies.T k = o.byKey.get(((long) t.from << 33) | ((long) t.to << 3) | t.layer.ordinal()); // the old flow(from, to) look-up
                    if (k.lastFlowStep != step) k.flowThisStep = 0;
                    k.lastFlowStep = step;
                    k.flowThisStep += f;
                    held[t.to] += f;
                    sum += f;
                }
            }
        }
        for (int i = o.all.size() - 1; i >= 0; i--) {
            ObjectTies.T t = o.all.get(i);
            t.weight = TieRules.nextWeight(t.weight, t.lastFlowStep == step, 0.1, 0.02);
        }
        return sum;
    }

    /** The memory-stream bound: one pass over the columns in their own order, reading each tie's endpoints and weight once. */
    static double stream(TieStore ts) {
        double sum = 0;
        for (int s = 0, n = ts.slotLimit(); s < n; s++) {
            if (ts.live(s)) sum += ts.weight(s) * ((ts.from(s) ^ ts.to(s)) & 7);
        }
        return sum;
    }

    /**
     * Kernel timings: for each layout the median over the timed rounds of the mean milliseconds per step, and the
     * median and range over the rounds of the two ratios the benchmark aims at, each taken within one round so that a
     * machine whose speed drifts between rounds moves both sides of a ratio together.
     */
    record Kernels(int actors, int ties, int rounds, int steps, double ayniMs, double masonMs, double objectMs,
                   double streamMs, double[] masonRatio, double[] streamRatio) {
        double masonRatioMedian() { return median(masonRatio); }
        double streamRatioMedian() { return median(streamRatio); }
    }

    /** Warm-up rounds before the timed ones: the compiler settles on every layout's loop. */
    static final int WARM_UP_ROUNDS = 2;

    /**
     * Each layout runs {@code steps} steps per round, the layouts taking turns within a round; {@link #WARM_UP_ROUNDS}
     * untimed rounds come first, then {@code rounds} timed ones. Step numbers keep counting across rounds, so no step
     * sees flows recorded by an earlier one under its own number.
     */
    static Kernels kernels(int smes, int steps, int rounds) {
        Shape s = Shape.national(smes, 42);
        int n = s.actors();
        double[] seedHeld = new double[n];
        Arrays.fill(seedHeld, 100);
        TieStore ts = store(s);
        Network net = network(s);
        ObjectTies obj = new ObjectTies(s);
        double check = 0;
        double[][] t = new double[4][rounds];
        int step = 0;
        for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
            double[] h = seedHeld.clone();
            long t0 = System.nanoTime();
            for (int k = 0; k < steps; k++) check += step(ts, h, n, step + k);
            double ayni = (System.nanoTime() - t0) / 1e6 / steps;
            h = seedHeld.clone();
            t0 = System.nanoTime();
            for (int k = 0; k < steps; k++) check += step(net, h, n, step + k);
            double mason = (System.nanoTime() - t0) / 1e6 / steps;
            h = seedHeld.clone();
            t0 = System.nanoTime();
            for (int k = 0; k < steps; k++) check += step(obj, h, n, step + k);
            double object = (System.nanoTime() - t0) / 1e6 / steps;
            t0 = System.nanoTime();
            for (int k = 0; k < steps; k++) check += stream(ts);
            double stream = (System.nanoTime() - t0) / 1e6 / steps;
            step += steps;
            if (round < 0) continue;
            t[0][round] = ayni;
            t[1][round] = mason;
            t[2][round] = object;
            t[3][round] = stream;
        }
        if (check == 42) System.out.print(""); // keeps the checksum alive
        double[] masonRatio = new double[rounds], streamRatio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            masonRatio[r] = t[1][r] / t[0][r];
            streamRatio[r] = t[0][r] / t[3][r];
        }
        return new Kernels(n, s.from().length, rounds, steps, median(t[0]), median(t[1]), median(t[2]), median(t[3]),
                masonRatio, streamRatio);
    }

    static double median(double[] v) {
        double[] x = v.clone();
        Arrays.sort(x);
        return x.length % 2 == 1 ? x[x.length / 2] : (x[x.length / 2 - 1] + x[x.length / 2]) / 2;
    }

    static double min(double[] v) { return Arrays.stream(v).min().orElse(Double.NaN); }

    static double max(double[] v) { return Arrays.stream(v).max().orElse(Double.NaN); }

    record BetweennessCheck(int nodes, int edges, int samples, double exactSeconds, double sampledSeconds, double spearman,
                            double medianTopRelativeError) {}

    /** Sampled (n / 20 sources) against exact betweenness on a national-shaped network of about {@code nodes} nodes. */
    static BetweennessCheck betweenness(int nodes, long seed) {
        Shape s = Shape.national(Math.max(10, nodes - 200), seed);
        int n = s.actors();
        // the measures' graph: ties summed over layers per ordered pair
        Map<Long, Boolean> pair = new HashMap<>();
        List<List<Integer>> o = new ArrayList<>(), i = new ArrayList<>();
        for (int v = 0; v < n; v++) { o.add(new ArrayList<>()); i.add(new ArrayList<>()); }
        int edges = 0;
        for (int e = 0; e < s.from().length; e++) {
            if (pair.putIfAbsent(((long) s.from()[e] << 32) | s.to()[e], Boolean.TRUE) != null) continue;
            o.get(s.from()[e]).add(s.to()[e]);
            i.get(s.to()[e]).add(s.from()[e]);
            edges++;
        }
        int[][] out = new int[n][], in = new int[n][];
        for (int v = 0; v < n; v++) {
            out[v] = o.get(v).stream().mapToInt(x -> x).toArray();
            in[v] = i.get(v).stream().mapToInt(x -> x).toArray();
        }
        long t0 = System.nanoTime();
        double[] exact = Betweenness.of(out, in, true, n, null)[0];
        double exactSeconds = (System.nanoTime() - t0) / 1e9;
        int k = Math.max(2, n / 20);
        t0 = System.nanoTime();
        double[] est = Betweenness.of(out, in, true, k, new SplittableRandom(seed + 1))[0];
        double sampledSeconds = (System.nanoTime() - t0) / 1e9;
        double[] ra = Ranks.average(exact), rb = Ranks.average(est);
        double spearman = pearson(ra, rb);
        Integer[] order = new Integer[n];
        for (int v = 0; v < n; v++) order[v] = v;
        Arrays.sort(order, (a, b) -> Double.compare(exact[b], exact[a]));
        double[] rel = new double[Math.min(20, n)];
        for (int j = 0; j < rel.length; j++) {
            int v = order[j];
            rel[j] = exact[v] == 0 ? 0 : Math.abs(est[v] - exact[v]) / exact[v];
        }
        Arrays.sort(rel);
        double median = rel.length % 2 == 1 ? rel[rel.length / 2] : (rel[rel.length / 2 - 1] + rel[rel.length / 2]) / 2;
        return new BetweennessCheck(n, edges, k, exactSeconds, sampledSeconds, spearman, median);
    }

    private static double pearson(double[] a, double[] b) {
        double ma = 0, mb = 0;
        for (int i = 0; i < a.length; i++) { ma += a[i]; mb += b[i]; }
        ma /= a.length;
        mb /= b.length;
        double sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    static String markdown(Kernels k, BetweennessCheck b) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "## Kernels%n%nOne exchange-and-decay step over a national-shaped tie set of "
                + "%,d actors and %,d ties: %d timed rounds of %d steps per layout after %d warm-up rounds, the layouts "
                + "taking turns within a round; times are medians over the rounds, and each ratio is taken within a round "
                + "(median, with its range over the rounds).%n%n", k.actors(), k.ties(), k.rounds(), k.steps(), WARM_UP_ROUNDS));
        md.append("| Layout | ms per step | ratio to Ayni's tie store |\n|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| Ayni's columnar `TieStore` | %.2f | 1 |%n", k.ayniMs()));
        md.append(String.format(Locale.ROOT, "| MASON `Network`, `Edge`, `Bag` | %.2f | %.2f |%n", k.masonMs(), k.masonMs() / k.ayniMs()));
        md.append(String.format(Locale.ROOT, "| object per tie (the tie store before) | %.2f | %.2f |%n", k.objectMs(), k.objectMs() / k.ayniMs()));
        md.append(String.format(Locale.ROOT, "| plain pass over the tie columns (memory-stream bound) | %.2f | %.2f |%n%n", k.streamMs(),
                k.streamMs() / k.ayniMs()));
        md.append(String.format(Locale.ROOT, "Step ÷ stream pass: **%.1f** (%.1f to %.1f over the rounds; aim ≤ 10). MASON's "
                        + "layout ÷ Ayni's: **%.2f** (%.2f to %.2f; aim ≥ 5).%n%n",
                k.streamRatioMedian(), min(k.streamRatio()), max(k.streamRatio()),
                k.masonRatioMedian(), min(k.masonRatio()), max(k.masonRatio())));
        md.append(String.format(Locale.ROOT, "## Sampled betweenness%n%nNational-shaped network of %,d nodes and %,d ties: exact "
                        + "(Brandes, every node a source) in %.1f s; sampled from %,d sources (n/20) in %.2f s (%.3f of the exact time). "
                        + "Spearman rank correlation with the exact values **%.3f** (aim ≥ 0.95); median relative error of the "
                        + "20 most central actors **%.1f %%** (aim ≤ 5 %%).%n",
                b.nodes(), b.edges(), b.exactSeconds(), b.samples(), b.sampledSeconds(), b.sampledSeconds() / b.exactSeconds(),
                b.spearman(), 100 * b.medianTopRelativeError()));
        return md.toString();
    }
}
