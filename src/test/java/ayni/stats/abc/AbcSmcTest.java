package ayni.stats.abc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AbcSmcTest {

    /** A small calibration of the toy models that stops when acceptance falls below {@code minAcceptance}. */
    private static AbcSmc abc(int population, double minAcceptance, long seed, SimulationStore store, int threads,
                              AbcSmc.Shard shard, Simulator sim) {
        return new AbcSmc(ToyModels.priors(), sim, ToyModels.distance(), new Settings(population, 0.5, minAcceptance, 0, seed),
                store, threads, shard, null);
    }

    private static AbcSmc abc(int population, long seed, SimulationStore store, int threads, AbcSmc.Shard shard, Simulator sim) {
        return abc(population, 0.1, seed, store, threads, shard, sim);
    }

    /**
     * The ABC posterior of the toy models matches the analytic one: means within 0.15 posterior sd, sds within 15 %
     * (1,000 particles; the Monte Carlo error of a mean is about 0.05 sd at the effective sample size reached, the rest
     * of the margin is the tolerance's blur, which widens an ABC posterior).
     */
    @Test
    void posteriorMatchesTheConjugateAndGammaPosteriors() throws Exception {
        AbcSmc.Result r = abc(1000, 0.02, 1, SimulationStore.memory(), 2, AbcSmc.Shard.ALL, ToyModels::simulate).run();
        assertEquals(AbcSmc.Stop.ACCEPTANCE, r.stop());
        Population p = r.posterior();
        double[] mu = ToyModels.normalPosterior(), lambda = ToyModels.gammaPosterior();
        assertEquals(mu[0], p.mean(0), 0.15 * mu[1], "posterior mean of mu");
        assertEquals(1, p.sd(0) / mu[1], 0.15, "posterior sd of mu");
        assertEquals(lambda[0], p.mean(1), 0.15 * lambda[1], "posterior mean of lambda");
        assertEquals(1, p.sd(1) / lambda[1], 0.15, "posterior sd of lambda");
        List<GenerationStats> g = r.generations();
        assertTrue(g.get(g.size() - 1).acceptance() < 0.02);
        for (int t = 1; t < g.size(); t++) {
            assertTrue(g.get(t).tolerance() <= g.get(t - 1).tolerance(), "tolerance never grows");
            assertEquals(1000, g.get(t).simulations());
            assertEquals(g.get(t - 1).total() + 1000, g.get(t).total());
            assertTrue(g.get(t).ess() > 100 && g.get(t).ess() <= 1000);
        }
        // the prior predictive is generation 0: 2,000 draws from the prior, far wider than the posterior
        assertEquals(2000, r.priorPredictive().size());
        assertTrue(g.get(0).tolerance() > 5 * g.get(g.size() - 1).tolerance());
    }

    @Test
    void theToleranceDropRuleStopsEarlierThanTheAcceptanceRule() throws Exception {
        AbcSmc both = new AbcSmc(ToyModels.priors(), ToyModels::simulate, ToyModels.distance(),
                new Settings(200, 0.5, 0.02, 0.05, 4), SimulationStore.memory(), 2, AbcSmc.Shard.ALL, null);
        AbcSmc.Result r = both.run();
        assertEquals(AbcSmc.Stop.TOLERANCE, r.stop());
        List<GenerationStats> g = r.generations();
        GenerationStats last = g.get(g.size() - 1), before = g.get(g.size() - 2);
        assertTrue((before.tolerance() - last.tolerance()) / before.tolerance() < 0.05);
        assertTrue(last.acceptance() >= 0.02);
    }

    @Test
    void theSamePosteriorWhateverTheThreadsOrShards() throws Exception {
        AbcSmc.Result one = abc(60, 9, SimulationStore.memory(), 1, AbcSmc.Shard.ALL, ToyModels::simulate).run();
        AbcSmc.Result four = abc(60, 9, SimulationStore.memory(), 4, AbcSmc.Shard.ALL, ToyModels::simulate).run();
        assertSame(one, four);
        // three shards sharing a store (as on a cluster with a common disk), each called in turn until done
        SimulationStore store = SimulationStore.memory();
        AbcSmc.Result sharded = null;
        int rounds = 0;
        while (sharded == null || !sharded.complete()) {
            for (int i = 1; i <= 3; i++) {
                sharded = abc(60, 9, store, 2, new AbcSmc.Shard(i, 3), ToyModels::simulate).run();
            }
            rounds++;
        }
        assertTrue(rounds > 2, "every generation waited for the shards");
        assertSame(one, sharded);
    }

    @Test
    void aShardStopsAtTheFirstGenerationItCannotFinishAlone() throws Exception {
        AbcSmc.Result r = abc(60, 9, SimulationStore.memory(), 2, new AbcSmc.Shard(2, 3), ToyModels::simulate).run();
        assertEquals(AbcSmc.Stop.INCOMPLETE, r.stop());
        assertEquals(0, r.waiting());
        assertEquals(80, r.missing(), "120 draws in generation 0, 40 of them this shard's");
    }

    @Test
    void aKilledCalibrationResumesWithoutRepeatingASimulation() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Simulator counted = (theta, seed) -> {
            calls.incrementAndGet();
            return ToyModels.simulate(theta, seed);
        };
        AbcSmc.Result whole = abc(60, 3, SimulationStore.memory(), 2, AbcSmc.Shard.ALL, counted).run();
        long needed = whole.generations().get(whole.generations().size() - 1).total();
        assertEquals(needed, calls.get());

        calls.set(0);
        SimulationStore store = SimulationStore.memory();
        AtomicInteger budget = new AtomicInteger(500);
        Simulator dying = (theta, seed) -> {
            if (budget.decrementAndGet() < 0) throw new IllegalStateException("killed");
            return counted.run(theta, seed);
        };
        assertThrows(IllegalStateException.class, () -> abc(60, 3, store, 2, AbcSmc.Shard.ALL, dying).run());
        int before = calls.get();
        assertTrue(before >= 500 - 2 && before <= 500, "about 500 simulations ran before the kill: " + before);
        AbcSmc.Result resumed = abc(60, 3, store, 2, AbcSmc.Shard.ALL, counted).run();
        assertEquals(needed, calls.get(), "no simulation ran twice");
        assertSame(whole, resumed);
    }

    /**
     * With a prior predictive of 30, only generation 0's first 30 simulations and the posterior-predictive ones compute
     * the output the distance does not read; the posterior is the same as when every simulation computes it.
     */
    @Test
    void outputsOutsideTheDistanceAreComputedOnlyForThePriorAndPosteriorPredictive() throws Exception {
        Distance first = new Distance(List.of(new Distance.Term(0, Target.value(ToyModels.OBSERVED_MEAN), "mean", Double.NaN)));
        java.util.Map<String, Boolean> asked = new java.util.concurrent.ConcurrentHashMap<>();
        Simulator sim = new Simulator() {
            @Override
            public double[] run(double[] theta, long seed) {
                return ToyModels.simulate(theta, seed);
            }

            @Override
            public double[] run(double[] theta, long seed, Cutoff cutoff) {
                asked.put(theta[0] + "/" + theta[1], cutoff.needs(1));
                double[] o = ToyModels.simulate(theta, seed);
                if (!cutoff.needs(1)) o[1] = Double.NaN;
                return o;
            }
        };
        AbcSmc lean = new AbcSmc(ToyModels.priors(), sim, first, new Settings(40, 0.5, 0.1, 0, 6, true, 30),
                SimulationStore.memory(), 2, AbcSmc.Shard.ALL, null);
        AbcSmc full = new AbcSmc(ToyModels.priors(), sim, first, new Settings(40, 0.5, 0.1, 0, 6, true),
                SimulationStore.memory(), 2, AbcSmc.Shard.ALL, null);
        AbcSmc.Result r = lean.run();
        assertEquals(30, r.priorPredictive().size());
        for (Simulation s : r.priorPredictive()) assertTrue(Double.isFinite(s.outputs()[1]), "prior predictive " + s.index());
        int later = 0;
        for (Population p : r.populations()) {
            for (int i = 0; i < p.size(); i++) {
                Simulation s = p.particle(i);
                boolean all = s.generation() == 0 && s.index() < 30;
                assertEquals(all, asked.get(s.theta()[0] + "/" + s.theta()[1]), s.generation() + "/" + s.index());
                assertEquals(all, Double.isFinite(s.outputs()[1]), s.generation() + "/" + s.index());
                if (s.generation() > 0) later++;
            }
        }
        assertTrue(later > 0, "later generations' particles were checked");
        for (Simulation s : lean.predictive(r.posterior(), 10)) assertTrue(Double.isFinite(s.outputs()[1]));
        assertSame(full.run(), r);
    }

    /**
     * A bound no prior draw meets (the toy's mean above 50, outside its prior) is measured from its floor, so the other
     * output still steers the calibration: its posterior is the one it has alone.
     */
    @Test
    void anUnreachableBoundDoesNotSwampTheOtherChecks() throws Exception {
        Distance alone = new Distance(List.of(new Distance.Term(1, Target.value(ToyModels.OBSERVED_EXP_MEAN), "rate", Double.NaN)));
        Distance with = new Distance(List.of(new Distance.Term(0, Target.atLeast(50), "mean", Double.NaN),
                new Distance.Term(1, Target.value(ToyModels.OBSERVED_EXP_MEAN), "rate", Double.NaN)));
        AbcSmc.Result a = new AbcSmc(ToyModels.priors(), ToyModels::simulate, alone, new Settings(300, 0.5, 0.05, 0, 8),
                SimulationStore.memory(), 2, AbcSmc.Shard.ALL, null).run();
        AbcSmc.Result b = new AbcSmc(ToyModels.priors(), ToyModels::simulate, with, new Settings(300, 0.5, 0.05, 0, 8),
                SimulationStore.memory(), 2, AbcSmc.Shard.ALL, null).run();
        assertTrue(b.distance().floors()[0] > 35, "the prior's means lie far below 50: " + b.distance().floors()[0]);
        assertEquals(0, b.distance().floors()[1]);
        double[] lambda = ToyModels.gammaPosterior();
        assertEquals(lambda[0], b.posterior().mean(1), 0.25 * lambda[1], "posterior mean of lambda");
        assertEquals(a.posterior().sd(1), b.posterior().sd(1), 0.3 * a.posterior().sd(1), "as narrow as without the bound");
    }

    /** Going on past an earlier stop shares the stored generations; its posterior-predictive runs are those of its own posterior. */
    @Test
    void aLaterStopReusesTheGenerationsAndRedrawsThePredictive() throws Exception {
        SimulationStore store = SimulationStore.memory();
        AbcSmc early = abc(40, 0.3, 12, store, 2, AbcSmc.Shard.ALL, ToyModels::simulate);
        Population p1 = early.run().posterior();
        early.predictive(p1, 10);
        AtomicInteger calls = new AtomicInteger();
        Simulator counted = (theta, seed) -> {
            calls.incrementAndGet();
            return ToyModels.simulate(theta, seed);
        };
        AbcSmc later = abc(40, 0.05, 12, store, 2, AbcSmc.Shard.ALL, counted);
        AbcSmc.Result r = later.run();
        AbcSmc.Result fresh = abc(40, 0.05, 12, SimulationStore.memory(), 2, AbcSmc.Shard.ALL, ToyModels::simulate).run();
        assertSame(fresh, r);
        long firstRun = 80 + 40L * (r.generations().size() - 1);
        assertTrue(calls.get() < firstRun, "the stored generations were reused: " + calls.get());
        Population p2 = r.posterior();
        java.util.Set<String> particles = new java.util.HashSet<>();
        for (int i = 0; i < p2.size(); i++) particles.add(java.util.Arrays.toString(p2.particle(i).theta()));
        for (Simulation s : later.predictive(p2, 10)) {
            assertTrue(particles.contains(java.util.Arrays.toString(s.theta())), "a draw of the later posterior");
        }
    }

    @Test
    void aStoreOfAnotherCalibrationIsRefused() throws Exception {
        SimulationStore store = SimulationStore.memory();
        abc(20, 1, store, 2, AbcSmc.Shard.ALL, ToyModels::simulate).run();
        assertThrows(AbcSmc.StaleStore.class, () -> abc(20, 2, store, 2, AbcSmc.Shard.ALL, ToyModels::simulate).run());
    }

    @Test
    void posteriorPredictiveDrawsAreKeyedAndRepeatable() throws Exception {
        AbcSmc a = abc(40, 5, SimulationStore.memory(), 2, AbcSmc.Shard.ALL, ToyModels::simulate);
        Population p = a.run().posterior();
        List<Simulation> x = a.predictive(p, 25), y = a.predictive(p, 25);
        assertEquals(25, x.size());
        for (int i = 0; i < 25; i++) {
            assertEquals(AbcSmc.PREDICTIVE, x.get(i).generation());
            assertArrayEquals(x.get(i).outputs(), y.get(i).outputs());
        }
    }

    private static void assertSame(AbcSmc.Result a, AbcSmc.Result b) {
        assertEquals(a.generations(), b.generations());
        Population p = a.posterior(), q = b.posterior();
        assertEquals(p.size(), q.size());
        for (int i = 0; i < p.size(); i++) {
            assertEquals(p.particle(i).generation(), q.particle(i).generation());
            assertEquals(p.particle(i).index(), q.particle(i).index());
            assertArrayEquals(p.particle(i).theta(), q.particle(i).theta());
            assertEquals(p.weight(i), q.weight(i));
        }
    }
}
