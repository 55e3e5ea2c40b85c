package ayni.experiment;

import ayni.metrics.TimeSeries;
import ayni.model.EventLog;
import ayni.scenario.Parameters;
import ayni.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs arms (scenarios with their parameters) for the same replication seeds, in parallel on a fixed number of
 * threads. Replication i of every arm uses the same seed, so the arms share their random numbers (common random
 * numbers): per-actor streams keep them aligned after the arms diverge. Results come back in arm and replication
 * order whatever order the threads finish in.
 */
public final class Replicates {
    /** One arm: a scenario and the parameters it runs with. */
    public record Arm(String name, Scenario scenario, Parameters parameters) {}

    /** What is kept of one run: its series and its event log (the model itself is dropped to save memory). */
    public record Run(String arm, int replication, long seed, TimeSeries series, List<EventLog.Entry> events, long nanos) {}

    private Replicates() {}

    /** The seed of replication i: the first seed plus i. */
    public static long seed(long first, int replication) {
        return first + replication;
    }

    /** Parameter values one run of one arm takes over its arm's (e.g. a posterior draw); empty for none. */
    @FunctionalInterface
    public interface PerRun {
        java.util.Map<String, Double> values(Arm arm, int replication);
    }

    /** Runs every arm for every replication; {@code done} is told the number of runs finished so far. */
    public static List<List<Run>> run(List<Arm> arms, int replications, long firstSeed, int steps, int threads,
                                      IntConsumer done) throws InterruptedException {
        return run(arms, replications, firstSeed, steps, threads, done, (a, i) -> java.util.Map.of());
    }

    /** As {@link #run(List, int, long, int, int, IntConsumer)}, each run with {@code perRun}'s values set over its arm's. */
    public static List<List<Run>> run(List<Arm> arms, int replications, long firstSeed, int steps, int threads,
                                      IntConsumer done, PerRun perRun) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "ayni-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<List<Future<Run>>> futures = new ArrayList<>();
            int[] finished = {0};
            for (Arm arm : arms) {
                List<Future<Run>> fs = new ArrayList<>();
                for (int i = 0; i < replications; i++) {
                    int rep = i;
                    fs.add(pool.submit(() -> {
                        long seed = seed(firstSeed, rep);
                        // each run gets its own copy: parameter events change the parameters during a run
                        Parameters p = arm.parameters().copy();
                        perRun.values(arm, rep).forEach(p::set);
                        SingleRun.Result r = SingleRun.run(arm.scenario(), seed, p, steps, null);
                        Run run = new Run(arm.name(), rep, seed, r.series(), List.copyOf(r.model().eventLog().entries()), r.nanos());
                        if (done != null) {
                            synchronized (finished) {
                                done.accept(++finished[0]);
                            }
                        }
                        return run;
                    }));
                }
                futures.add(fs);
            }
            List<List<Run>> out = new ArrayList<>();
            for (List<Future<Run>> fs : futures) {
                List<Run> runs = new ArrayList<>();
                for (Future<Run> f : fs) runs.add(get(f));
                out.add(runs);
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Run get(Future<Run> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error er) throw er;
            throw new IllegalStateException(c);
        }
    }
}
