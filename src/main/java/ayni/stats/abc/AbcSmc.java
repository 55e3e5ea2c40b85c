package ayni.stats.abc;

import ayni.stats.abc.Simulation.Proposal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Sequential Monte Carlo ABC with an adaptive, quantile-based tolerance: the adaptive population Monte Carlo scheme
 * of Lenormand, Jabot and Deffuant (2013) within the ABC-SMC family of Toni et al. (2009), with the importance
 * weights and kernel of Beaumont et al. (2009).
 *
 * <p>Generation 0 simulates N/α draws from the prior and keeps the N closest (the tolerance is the distance of the
 * N-th). Each later generation proposes N/α − N new particles, each a kept particle drawn by weight and moved by
 * the kernel (2 × the weighted covariance) until inside the prior's support, weighted π(θ) / Σ_j w_j K(θ | θ_j);
 * the kept and the new particles are merged and the N closest kept again. The loop stops on a criterion: when fewer
 * than {@link Settings#minAcceptance()} of a generation's proposals fall within the previous tolerance, or when the
 * tolerance falls by less than {@link Settings#minToleranceDrop()}.
 *
 * <p>Early stopping ({@link Settings#earlyStop()}): in generation t ≥ 1 a simulation is told, as its outputs become
 * known, whether the distance's lower bound from them ({@link Distance#lowerBound}) has reached ε_{t−1}, and may stop
 * there. Such a simulation could not change anything: it is not accepted (that needs ρ &lt; ε_{t−1}), and it cannot be
 * kept, since the N particles of generation t−1 all lie within ε_{t−1} and, at an equal distance, an older particle
 * ranks first. Its outputs not computed are NaN, so its distance is +∞; decisions, weights, tolerances and the
 * posterior are identical with and without early stopping (tested).
 *
 * <p>Every proposal is keyed by (generation, index) and draws from its own streams ({@link Streams}); generations
 * are merged in key order, so the result does not depend on the number of threads or shards. A simulation found in
 * the store is not run again.
 */
public final class AbcSmc {
    /** Which share of each generation's simulations this process runs: every {@code count}-th from {@code index} (1-based). */
    public record Shard(int index, int count) {
        public static final Shard ALL = new Shard(1, 1);

        public Shard {
            if (count < 1 || index < 1 || index > count) throw new IllegalArgumentException("shard " + index + "/" + count);
        }

        public boolean mine(int proposal) {
            return proposal % count == index - 1;
        }
    }

    /** Hears progress. */
    public interface Listener {
        default void started(int generation, int todo) {}

        default void simulated(int done) {}

        default void finished(GenerationStats stats) {}
    }

    /** Why the loop ended. */
    public enum Stop {
        ACCEPTANCE("acceptance fell below the minimum"),
        TOLERANCE("the tolerance fell by less than the minimum share"),
        INCOMPLETE("a generation waits for simulations of other shards");

        private final String text;

        Stop(String text) {
            this.text = text;
        }

        public String text() { return text; }
    }

    /**
     * What a calibration gives: a line and a population per generation, the prior-predictive simulations (all of
     * generation 0), the distance with its scales set, and why it stopped. When {@code stop} is INCOMPLETE,
     * {@code waiting} is the generation that lacks {@code missing} simulations.
     */
    public record Result(List<GenerationStats> generations, List<Population> populations, List<Simulation> priorPredictive,
                         Distance distance, Stop stop, int waiting, int missing) {
        public Population posterior() {
            return populations.get(populations.size() - 1);
        }

        public boolean complete() {
            return stop != Stop.INCOMPLETE;
        }
    }

    /** A stored simulation differs from the one proposed now: the store belongs to another calibration. */
    public static final class StaleStore extends RuntimeException {
        public StaleStore(String message) {
            super(message);
        }
    }

    public static final int PREDICTIVE = -1;

    private final List<Prior> priors;
    private final Simulator simulator;
    private final Distance distance;
    private final Settings settings;
    private final SimulationStore store;
    private final int threads;
    private final Shard shard;
    private final Listener listener;

    public AbcSmc(List<Prior> priors, Simulator simulator, Distance distance, Settings settings, SimulationStore store,
                  int threads, Shard shard, Listener listener) {
        if (priors.isEmpty()) throw new IllegalArgumentException("nothing to calibrate: no prior");
        this.priors = List.copyOf(priors);
        this.simulator = simulator;
        this.distance = distance;
        this.settings = settings;
        this.store = store;
        this.threads = Math.max(1, threads);
        this.shard = shard;
        this.listener = listener != null ? listener : new Listener() {};
    }

    public Result run() throws InterruptedException {
        List<GenerationStats> stats = new ArrayList<>();
        List<Population> pops = new ArrayList<>();
        int n = settings.population();
        List<Proposal> first = new ArrayList<>();
        for (int i = 0; i < settings.firstGeneration(); i++) {
            RandomGenerator rng = Streams.random(settings.seed(), 0, i, Streams.PROPOSE);
            double[] z = new double[priors.size()];
            for (int k = 0; k < z.length; k++) z[k] = priors.get(k).sample(rng);
            first.add(proposal(0, i, z));
        }
        boolean[] read = new boolean[0]; // the outputs the distance reads (beyond its length: none)
        for (Distance.Term term : distance.terms()) {
            if (term.output() >= read.length) read = java.util.Arrays.copyOf(read, term.output() + 1);
            read[term.output()] = true;
        }
        List<Simulation> sims = new ArrayList<>();
        int missing = evaluate(first, sims, Cutoff.NEVER, read);
        if (missing > 0) return new Result(stats, pops, List.of(), distance, Stop.INCOMPLETE, 0, missing);
        List<double[]> priorOutputs = sims.stream().map(Simulation::outputs).toList();
        Distance dist = (distance.needsScales() ? distance.scaledBy(priorOutputs) : distance).flooredBy(priorOutputs);
        List<Candidate> cands = new ArrayList<>();
        for (Simulation s : sims) cands.add(new Candidate(s, 1.0, dist.of(s.outputs())));
        Population pop = keep(cands, n);
        long total = sims.size();
        pops.add(pop);
        stats.add(record(new GenerationStats(0, pop.tolerance(), (double) n / sims.size(), pop.ess(), sims.size(), total)));
        List<Simulation> prior = sims.stream().filter(s -> settings.allOutputs(0, s.index())).toList();
        double[] ranges = new double[priors.size()];
        for (int k = 0; k < ranges.length; k++) ranges[k] = priors.get(k).zHigh() - priors.get(k).zLow();
        for (int t = 1; ; t++) {
            Kernel kernel = new Kernel(pop, ranges);
            List<Proposal> props = new ArrayList<>();
            for (int i = 0; i < settings.perGeneration(); i++) {
                RandomGenerator rng = Streams.random(settings.seed(), t, i, Streams.PROPOSE);
                double[] z;
                do {
                    z = kernel.perturb(pop.particle(pop.draw(rng)).z(), rng);
                } while (priorDensity(z) == 0);
                props.add(proposal(t, i, z));
            }
            sims = new ArrayList<>();
            Distance d = dist;
            double eps = pop.tolerance();
            missing = evaluate(props, sims, settings.earlyStop() ? partial -> d.lowerBound(partial) >= eps : Cutoff.NEVER, read);
            if (missing > 0) return new Result(stats, pops, prior, dist, Stop.INCOMPLETE, t, missing);
            double[] w = pop.normalisedWeights();
            cands = new ArrayList<>();
            for (int i = 0; i < pop.size(); i++) cands.add(new Candidate(pop.particle(i), pop.weight(i), pop.distance(i)));
            int accepted = 0;
            for (Simulation s : sims) {
                double q = 0;
                for (int j = 0; j < pop.size(); j++) q += w[j] * kernel.density(s.z(), pop.particle(j).z());
                double rho = dist.of(s.outputs());
                if (rho < pop.tolerance()) accepted++;
                cands.add(new Candidate(s, priorDensity(s.z()) / q, rho));
            }
            double previous = pop.tolerance();
            pop = keep(cands, n);
            total += sims.size();
            double acceptance = (double) accepted / sims.size();
            pops.add(pop);
            stats.add(record(new GenerationStats(t, pop.tolerance(), acceptance, pop.ess(), sims.size(), total)));
            if (acceptance < settings.minAcceptance()) return new Result(stats, pops, prior, dist, Stop.ACCEPTANCE, -1, 0);
            double drop = (previous - pop.tolerance()) / previous;
            if (previous <= 0 || drop < settings.minToleranceDrop()) {
                return new Result(stats, pops, prior, dist, Stop.TOLERANCE, -1, 0);
            }
        }
    }

    /**
     * Posterior-predictive simulations: {@code count} particles drawn by weight, each run with a fresh seed (generation
     * {@link #PREDICTIVE}); null while some are left to other shards.
     */
    public List<Simulation> predictive(Population posterior, int count) throws InterruptedException {
        List<Proposal> props = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            RandomGenerator rng = Streams.random(settings.seed(), PREDICTIVE, k, Streams.PROPOSE);
            props.add(proposal(PREDICTIVE, k, posterior.particle(posterior.draw(rng)).z()));
        }
        List<Simulation> sims = new ArrayList<>();
        return evaluate(props, sims, Cutoff.NEVER, null) > 0 ? null : sims;
    }

    private GenerationStats record(GenerationStats s) {
        listener.finished(s);
        return s;
    }

    private record Candidate(Simulation sim, double weight, double distance) {}

    /** The n closest candidates (ties broken by key, so the choice never depends on arrival order). */
    private static Population keep(List<Candidate> cands, int n) {
        List<Candidate> sorted = new ArrayList<>(cands);
        sorted.sort(Comparator.comparingDouble(Candidate::distance).thenComparingInt(c -> c.sim().generation())
                .thenComparingInt(c -> c.sim().index()));
        sorted = sorted.subList(0, Math.min(n, sorted.size()));
        List<Simulation> ps = new ArrayList<>();
        double[] w = new double[sorted.size()], d = new double[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            ps.add(sorted.get(i).sim());
            w[i] = sorted.get(i).weight();
            d[i] = sorted.get(i).distance();
        }
        return new Population(ps, w, d, d[d.length - 1]);
    }

    private double priorDensity(double[] z) {
        double p = 1;
        for (int k = 0; k < z.length; k++) p *= priors.get(k).density(z[k]);
        return p;
    }

    private Proposal proposal(int generation, int index, double[] z) {
        double[] theta = new double[z.length];
        for (int k = 0; k < z.length; k++) theta[k] = priors.get(k).toTheta(z[k]);
        return new Proposal(generation, index, z, theta, Streams.seed(settings.seed(), generation, index, Streams.SIMULATE));
    }

    /**
     * Runs this shard's proposals that the store lacks, fills {@code out} in key order; returns how many are missing. A
     * proposal that {@link Settings#allOutputs} excludes computes only the outputs {@code read} marks (null: every one).
     */
    private int evaluate(List<Proposal> proposals, List<Simulation> out, Cutoff cutoff, boolean[] read)
            throws InterruptedException {
        List<Proposal> todo = new ArrayList<>();
        for (Proposal p : proposals) {
            Simulation s = store.get(p.generation(), p.index());
            if (s != null && !s.matches(p)) {
                // a posterior-predictive run of another posterior (the same calibration stopped elsewhere): run it again
                if (p.generation() == PREDICTIVE) s = null;
                else throw new StaleStore("the stored simulation " + p.generation() + "/" + p.index()
                        + " is not the one proposed now: the store belongs to another calibration");
            }
            if (s == null && shard.mine(p.index())) todo.add(p);
        }
        if (proposals.isEmpty()) return 0;
        listener.started(proposals.get(0).generation(), todo.size());
        if (!todo.isEmpty()) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, todo.size()), r -> {
                Thread th = new Thread(r, "ayni-abc");
                th.setDaemon(true);
                return th;
            });
            AtomicInteger done = new AtomicInteger();
            try {
                List<Future<?>> fs = new ArrayList<>();
                for (Proposal p : todo) {
                    fs.add(pool.submit(() -> {
                        boolean all = read == null || settings.allOutputs(p.generation(), p.index());
                        double[] o = simulator.run(p.theta().clone(), p.seed(), all ? cutoff : cutoff.only(read));
                        store.put(new Simulation(p.generation(), p.index(), p.z(), p.theta(), p.seed(), o.clone()));
                        listener.simulated(done.incrementAndGet());
                        return null;
                    }));
                }
                for (Future<?> f : fs) get(f);
            } finally {
                pool.shutdownNow();
            }
        }
        int missing = 0;
        for (Proposal p : proposals) {
            Simulation s = store.get(p.generation(), p.index());
            if (s == null || !s.matches(p)) missing++;
            else out.add(s);
        }
        return missing;
    }

    private static void get(Future<?> f) throws InterruptedException {
        try {
            f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error er) throw er;
            throw new IllegalStateException(c);
        }
    }
}
