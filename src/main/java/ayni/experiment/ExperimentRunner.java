package ayni.experiment;

import ayni.scenario.ExperimentSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs the runs of a plan that are not yet in its {@link RunStore}, in parallel, each written as soon as it ends.
 * The store is stamped with the experiment's hash: runs of another version of the experiment are never mixed in.
 */
public final class ExperimentRunner {
    static final String STAMP = "plan.txt";

    /** The store's runs belong to a different version of the experiment (or another experiment). */
    public static final class StaleRuns extends RuntimeException {
        public StaleRuns(String message) {
            super(message);
        }
    }

    private ExperimentRunner() {}

    /** Opens (or creates) the store for a plan in {@code folder}/runs; {@code fresh} discards what is there. */
    public static RunStore open(Plan plan, Path folder, boolean fresh) throws IOException {
        ayni.output.AtomicFolder.requireOurs(folder, ayni.output.AtomicFolder.MANIFEST, "runs");
        RunStore store = new RunStore(folder.resolve("runs"));
        Path stamp = store.dir().resolve(STAMP);
        Map<String, String> want = Map.of("experiment", plan.spec().name(), "sha256", plan.spec().sha256(),
                "runs", Integer.toString(plan.size()), "version", ayni.output.Manifest.version());
        Map<String, String> have = RunStore.readStamp(stamp);
        if (fresh) {
            for (int i : store.finished()) Files.delete(store.dir().resolve(RunStore.fileName(i)));
        } else if (!have.isEmpty() && !have.equals(want)) {
            throw new StaleRuns(store.dir() + " holds " + store.finished().size() + " runs of experiment '"
                    + have.get("experiment") + "' (hash " + abbrev(have.get("sha256")) + ", version " + have.get("version")
                    + "), not of this version (hash " + abbrev(plan.spec().sha256()) + ", version " + want.get("version")
                    + "); fix: add --fresh to discard them, or --out another folder");
        }
        store.cleanTemps();
        RunStore.writeStamp(stamp, new java.util.TreeMap<>(want));
        return store;
    }

    private static String abbrev(String sha) {
        return sha == null ? "?" : sha.substring(0, Math.min(12, sha.length()));
    }

    /**
     * Runs the given runs that the store lacks. {@code done} hears the count finished (of those run now).
     * @return how many runs were run now
     */
    public static int run(Plan plan, List<Plan.Run> runs, RunStore store, int threads, IntConsumer done)
            throws IOException, InterruptedException {
        ExperimentSpec spec = plan.spec();
        List<Plan.Run> todo = new ArrayList<>();
        Set<Integer> have = store.finished();
        for (Plan.Run r : runs) if (!have.contains(r.index())) todo.add(r);
        if (todo.isEmpty()) return 0;
        List<String> factors = plan.factorNames();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, todo.size())), r -> {
            Thread t = new Thread(r, "ayni-experiment");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger finished = new AtomicInteger();
        Forks forks = spec.kind() == ExperimentSpec.Kind.PAIRED && spec.fork() ? new Forks(spec) : null;
        try {
            List<Future<?>> fs = new ArrayList<>();
            // forked arms: one task per replication runs the trunk and its branches
            Map<Integer, List<Plan.Run>> byReplication = new java.util.TreeMap<>();
            List<Plan.Run> alone = new ArrayList<>();
            for (Plan.Run run : todo) {
                boolean forked = forks != null && forks.any()
                        && (forks.branch(run.arm()) != null || run.arm().equals(forks.trunk()));
                if (forked) byReplication.computeIfAbsent(run.replication(), k -> new ArrayList<>()).add(run);
                else alone.add(run);
            }
            for (List<Plan.Run> group : byReplication.values()) {
                fs.add(pool.submit(() -> {
                    for (RunRecord rec : Forks.replicate(plan, forks, group)) {
                        store.write(rec, factors);
                        int n = finished.incrementAndGet();
                        if (done != null) done.accept(n);
                    }
                    return null;
                }));
            }
            for (Plan.Run run : alone) {
                fs.add(pool.submit(() -> {
                    var arm = spec.arm(run.arm());
                    SingleRun.Result res = SingleRun.runUntil(arm.scenario(), run.seed(), plan.parameters(run), spec.steps(),
                            spec.measureInterval(), needed(spec), SingleRun.Stop.NEVER);
                    RunRecord rec = RunRecord.of(run, res.series(), spec.record(), spec.recordEvery(), spec.window());
                    store.write(rec, factors);
                    int n = finished.incrementAndGet();
                    if (done != null) done.accept(n);
                    return null;
                }));
            }
            for (Future<?> f : fs) get(f);
        } finally {
            pool.shutdownNow();
        }
        return todo.size();
    }

    /**
     * The columns the experiment's runs must compute: those it records. Groups of measures none of whose columns it
     * records (the yearly switcher measures, the pattern observables) are skipped, which leaves every recorded column
     * the same ({@code StepObserver}).
     */
    static java.util.Set<String> needed(ExperimentSpec spec) {
        return java.util.Set.copyOf(spec.record());
    }

    /** Every run of the plan read back from the store, in run order; fails naming the missing runs. */
    public static List<RunRecord> load(Plan plan, RunStore store) throws IOException {
        TreeSet<Integer> have = store.finished();
        List<Integer> missing = new ArrayList<>();
        for (Plan.Run r : plan.runs()) if (!have.contains(r.index())) missing.add(r.index());
        if (!missing.isEmpty()) {
            throw new StaleRuns(store.dir() + " lacks " + missing.size() + " of " + plan.size() + " runs (e.g. run "
                    + missing.get(0) + "); fix: run the missing shards, or run the experiment without --shard to finish it");
        }
        List<RunRecord> out = new ArrayList<>();
        for (Plan.Run r : plan.runs()) out.add(store.read(r, plan.factorNames(), plan.spec().record()));
        return out;
    }

    private static void get(Future<?> f) throws InterruptedException {
        try {
            f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error er) throw er;
            if (c instanceof IOException io) throw new java.io.UncheckedIOException(io);
            throw new IllegalStateException(c);
        }
    }
}
