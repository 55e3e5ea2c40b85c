package ayni.stats.abc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * Simulations that stop once their distance is sure to reach the previous tolerance change no decision: every
 * generation's tolerance, acceptance, effective sample size, particles and weights are identical with early stopping
 * on and off, and fewer outputs are computed with it on.
 */
class EarlyStopTest {
    /** The toy models' outputs computed one after the other, asking the cutoff in between; counts the second outputs. */
    private static Simulator stepwise(AtomicInteger second) {
        return new Simulator() {
            @Override
            public double[] run(double[] theta, long seed) {
                return run(theta, seed, Cutoff.NEVER);
            }

            @Override
            public double[] run(double[] theta, long seed, Cutoff cutoff) {
                RandomGenerator rng = new Well19937c(seed);
                double a = 0;
                for (int i = 0; i < ToyModels.N; i++) a += theta[0] + rng.nextGaussian();
                double[] out = {a / ToyModels.N, Double.NaN};
                if (cutoff.hopeless(out.clone())) return out;
                second.incrementAndGet();
                // the same draws as ToyModels.simulate would make for the second output: a fresh stream per output
                RandomGenerator r2 = new Well19937c(seed + 1);
                double b = 0;
                for (int i = 0; i < ToyModels.N; i++) b += -Math.log(1 - r2.nextDouble()) / theta[1];
                out[1] = b / ToyModels.N;
                return out;
            }
        };
    }

    private static AbcSmc.Result run(boolean early, AtomicInteger second) throws Exception {
        return new AbcSmc(ToyModels.priors(), stepwise(second), ToyModels.distance(), new Settings(200, 0.5, 0.05, 0, 11, early),
                SimulationStore.memory(), 2, AbcSmc.Shard.ALL, null).run();
    }

    @Test
    void everyDecisionIsTheSameAndLessIsComputed() throws Exception {
        AtomicInteger withStop = new AtomicInteger(), without = new AtomicInteger();
        AbcSmc.Result a = run(true, withStop), b = run(false, without);
        assertEquals(b.generations(), a.generations(), "tolerance, acceptance, ESS and simulations of every generation");
        assertEquals(b.populations().size(), a.populations().size());
        for (int t = 0; t < a.populations().size(); t++) {
            Population p = a.populations().get(t), q = b.populations().get(t);
            assertEquals(q.size(), p.size());
            for (int i = 0; i < p.size(); i++) {
                assertEquals(q.particle(i).generation(), p.particle(i).generation(), "generation " + t + " particle " + i);
                assertEquals(q.particle(i).index(), p.particle(i).index());
                assertArrayEquals(q.particle(i).outputs(), p.particle(i).outputs(), "a kept particle always ran to the end");
                assertEquals(q.weight(i), p.weight(i));
                assertEquals(q.distance(i), p.distance(i));
            }
        }
        long sims = a.generations().get(a.generations().size() - 1).total();
        assertEquals(sims, without.get(), "without early stopping every simulation computes both outputs");
        // most proposals of the later generations lie outside the previous tolerance on the first output alone
        assertTrue(withStop.get() < 0.8 * without.get(), withStop + " of " + without + " second outputs computed");
    }

    @Test
    void theBoundNeverExceedsTheDistance() {
        Distance d = ToyModels.distance().scaledBy(java.util.List.of(new double[] {0, 1}, new double[] {1, 3}, new double[] {2, 2}));
        double[] full = {1.4, 2.6};
        assertEquals(d.of(full), d.lowerBound(full), 0);
        assertTrue(d.lowerBound(new double[] {1.4, Double.NaN}) <= d.of(full));
        assertEquals(0, d.lowerBound(new double[] {Double.NaN, Double.NaN}), 0);
        assertEquals(Double.POSITIVE_INFINITY, d.of(new double[] {1.4, Double.NaN}), 0, "a stopped simulation is never kept");
    }
}
