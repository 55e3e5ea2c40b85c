package ayni.cli;

import ayni.experiment.ExperimentRunner;
import ayni.experiment.Plan;
import ayni.experiment.RunStore;
import ayni.experiment.SingleRun;
import ayni.experiment.RunRecord;
import ayni.experiment.Summary;
import ayni.output.Manifest;
import ayni.output.RunWriter;
import ayni.scenario.ExperimentReader;
import ayni.scenario.ExperimentSpec;
import ayni.metrics.SwitcherMeasures;
import ayni.scenario.Scenario;
import ayni.scenario.ScenarioException;
import ayni.scenario.ScenarioLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "benchmark", mixinStandardHelpOptions = true,
        footer = CommandList.EXAMPLE + "./ayni benchmark --threads 2",
        description = {"Measure experiment throughput and the variance reduction of common random numbers in one run.",
                "Runs a paired experiment afresh on all cores (default: the W1 donor-withdrawal experiment on organic "
                        + "production, 30 replications x 3 arms) and reports runs per hour, with what-if arms forked from the base "
                        + "and with every run from its first month, a few runs on one thread for the parallel speed-up, and how many times smaller the variance of the paired difference is than "
                        + "the unpaired one. Also the step kernels, sampled against exact betweenness, and the national scenario's "
                        + "mean step over 2000-01..2000-12 at several SME counts with the fitted exponent against live ties. "
                        + "Writes results/benchmark/benchmark.md and the experiment's own report."})
final class BenchmarkCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "EXPERIMENT", defaultValue = "scenarios/experiments/w01-paired-organic.yaml",
            description = "a paired experiment file (default: ${DEFAULT-VALUE})")
    Path file;

    @Option(names = "--single", paramLabel = "N", defaultValue = "3",
            description = "runs timed one at a time on one thread, for the speed-up (default: ${DEFAULT-VALUE})")
    int single;

    @Option(names = "--threads", paramLabel = "N", description = "parallel runs (default: all cores)")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/benchmark", description = "folder (default: ${DEFAULT-VALUE})")
    Path out;

    private static final String KERNEL_SMES = "509424", BETWEENNESS_NODES = "50000", SCALING_SMES = "50000,200000,509424";
    /** Kernel timing: steps per layout per round, and timed rounds (KernelBenchmark.kernels). */
    private static final int KERNEL_STEPS = 5, KERNEL_ROUNDS = 5;

    @Option(names = "--kernel-smes", paramLabel = "N", defaultValue = KERNEL_SMES,
            description = "SMEs of the national-shaped tie set the step kernels run on (default: ${DEFAULT-VALUE})")
    int kernelSmes;

    @Option(names = "--betweenness-nodes", paramLabel = "N", defaultValue = BETWEENNESS_NODES,
            description = "nodes of the national-shaped network for sampled against exact betweenness (default: ${DEFAULT-VALUE})")
    int betweennessNodes;

    @Option(names = "--national", paramLabel = "FILE", defaultValue = "scenarios/peru-national.yaml",
            description = "scenario whose step cost is measured at each of --scaling-smes (default: ${DEFAULT-VALUE})")
    Path national;

    @Option(names = "--scaling-smes", paramLabel = "N", split = ",", defaultValue = SCALING_SMES,
            description = "SME counts at which the national scenario's mean step over 2000-01..2000-12 is measured, with "
                    + "the fitted exponent against live ties (default: ${DEFAULT-VALUE}; 0: skip; 509424 needs -Xmx4g)")
    int[] scalingSmes;

    @Override
    public Integer call() throws Exception {
        Instant started = Instant.now();
        ExperimentSpec e;
        try {
            e = ExperimentReader.load(file, ExperimentCommand.measures());
        } catch (ScenarioException ex) {
            throw new Main.BadInput(ex.getMessage());
        }
        if (e.kind() != ExperimentSpec.Kind.PAIRED) {
            throw new Main.BadInput("ayni benchmark: " + file + " is a " + e.kind().key() + " experiment; fix: give a paired one");
        }
        if (kernelSmes < 10 || betweennessNodes < 300) {
            throw new Main.BadInput("ayni benchmark: --kernel-smes must be at least 10 and --betweenness-nodes at least 300; fix: e.g. --kernel-smes 50000");
        }
        boolean scaling = !(scalingSmes.length == 1 && scalingSmes[0] == 0);
        for (int n : scalingSmes) {
            if (scaling && n < 1) throw new Main.BadInput("ayni benchmark: --scaling-smes " + n + " is not a count; fix: e.g. --scaling-smes 50000,200000,509424");
        }
        Scenario nationalScenario = null;
        YearMonth windowFrom = YearMonth.of(2000, 1), windowTo = YearMonth.of(2000, 12);
        if (scaling) {
            try {
                nationalScenario = ScenarioLoader.load(national);
            } catch (ScenarioException ex) {
                throw new Main.BadInput(ex.getMessage());
            }
            StepScaling.requireHeap(national, nationalScenario, scalingSmes, windowTo); // refused before anything runs
        }
        var log = spec.commandLine().getErr();
        StepScaling.Result scaled = null;
        if (scaling) {
            log.println("benchmark: step cost of " + national + " at " + java.util.Arrays.toString(scalingSmes) + " SMEs ...");
            log.flush();
            scaled = StepScaling.measure(nationalScenario, scalingSmes, windowFrom, windowTo, SwitcherMeasures.INTERVAL);
        }
        log.println("benchmark: step kernels on " + kernelSmes + " SMEs ...");
        log.flush();
        KernelBenchmark.Kernels kernels = KernelBenchmark.kernels(kernelSmes, KERNEL_STEPS, KERNEL_ROUNDS);
        log.println("benchmark: exact and sampled betweenness on " + betweennessNodes + " nodes ...");
        log.flush();
        KernelBenchmark.BetweennessCheck bc = KernelBenchmark.betweenness(betweennessNodes, 7);
        int cores = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        Plan plan = new Plan(e);
        ayni.output.FolderLock.acquireForCommand(out); // refuses a folder that is not ours, or being written
        Path folder = out.resolve(e.name());
        RunStore store = ExperimentCommand.open(plan, folder, true);
        var err = spec.commandLine().getErr();
        double parallel = timed(plan, store, cores, "benchmark", err);
        // the same runs again, every arm from month 0: parallel speed-up without the savings of forking
        Plan whole = new Plan(e.withFork(false));
        double fromStart = timed(whole, ExperimentCommand.open(whole, out.resolve(e.name() + "-from-start"), true), cores,
                "benchmark, every run from its start", err);
        // both again, once the experiment's code is compiled: the first pass pays for compiling what this experiment
        // runs (measured: 17.6 s then 7.4 s and 6.3 s for the forked W1 in one process), so a rate per hour is the
        // second pass's; the first is reported beside it
        double parallel2 = timed(plan, ExperimentCommand.open(plan, out.resolve(e.name() + "-second"), true), cores,
                "benchmark, second pass", err);
        double fromStart2 = timed(whole, ExperimentCommand.open(whole, out.resolve(e.name() + "-from-start-second"), true),
                cores, "benchmark, second pass, every run from its start", err);
        // the same runs, one at a time on this thread: per-run time without contention
        int n1 = Math.max(0, Math.min(single, plan.size()));
        long t1 = System.nanoTime();
        for (int i = 0; i < n1; i++) {
            Plan.Run r = plan.runs().get(i);
            SingleRun.run(e.arm(r.arm()).scenario(), r.seed(), plan.parameters(r), e.steps(), e.measureInterval(), null);
        }
        double perRun = n1 == 0 ? Double.NaN : (System.nanoTime() - t1) / 1e9 / n1;
        List<RunRecord> runs = ExperimentCommand.load(plan, store);
        ExperimentCommand.finish(plan, java.util.Map.of(e.name(), runs), java.util.Map.of(), folder, List.of(), started, cores, plan.size(),
                "./ayni experiment " + RunWriter.fileName(e.file()));
        Summary s = new Summary(e, runs);

        double runsPerHour = plan.size() / parallel * 3600;
        double runsPerHourFromStart = plan.size() / fromStart * 3600;
        double runsPerHour2 = plan.size() / parallel2 * 3600, runsPerHourFromStart2 = plan.size() / fromStart2 * 3600;
        double speedup = perRun * plan.size() / fromStart;
        double forkGain = fromStart / parallel, forkGain2 = fromStart2 / parallel2;
        StringBuilder md = new StringBuilder("# Benchmark\n\n");
        md.append(String.format(Locale.ROOT, "Experiment `%s` (%s): %d runs of %d months (%d arms x %d replications), network "
                        + "measures every %d months, on %d threads of a machine with %d cores, Java %s.%n%n",
                e.name(), RunWriter.fileName(e.file()), plan.size(), e.steps(), e.arms().size(), e.replications(),
                e.measureInterval(), cores, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        md.append("| Figure | First pass (compiles the experiment's code) | Second pass (sustained) |\n|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| Wall time, all runs in parallel, what-if arms forked from the base (`fork: %s`) | %.1f s | %.1f s |%n",
                e.fork(), parallel, parallel2));
        md.append(String.format(Locale.ROOT, "| **Runs per hour** | %.0f | **%.0f** |%n", runsPerHour, runsPerHour2));
        md.append(String.format(Locale.ROOT, "| Wall time, every run from its first month (`fork: false`) | %.1f s | %.1f s |%n", fromStart, fromStart2));
        md.append(String.format(Locale.ROOT, "| Runs per hour, every run from its first month | %.0f | %.0f |%n", runsPerHourFromStart,
                runsPerHourFromStart2));
        md.append(String.format(Locale.ROOT, "| Time saved by forking (wall time from start / forked) | %.2f | %.2f |%n%n", forkGain, forkGain2));
        md.append("| Figure | Value |\n|---|---|\n");
        md.append(String.format(Locale.ROOT, "| One run alone on one thread, from its first month (mean of %d) | %.2f s |%n", n1, perRun));
        md.append(String.format(Locale.ROOT, "| Parallel speed-up on %d threads (runs x time alone / wall time from start) | %.2f |%n%n",
                cores, speedup));
        md.append("Common random numbers: variance of the unpaired difference divided by the variance of the paired one, at the ")
                .append("end of the period (mean of each run's last ").append(e.window()).append(" months).\n\n")
                .append("| Arm | Measure | Paired 95% CI half-width | Unpaired 95% CI half-width | Variance ratio |\n|---|---|---|---|---|\n");
        List<Double> ratios = new ArrayList<>();
        for (Summary.Contrast c : s.contrasts()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %.4g | %.4g | %s |%n", c.arm(), c.measure(), c.paired().halfWidth(),
                    c.unpaired().halfWidth(), fmt(c.varianceReduction())));
            if (c.paired().halfWidth() > 0 && Double.isFinite(c.varianceReduction())) ratios.add(c.varianceReduction());
        }
        ratios.sort(null);
        double median = ratios.isEmpty() ? Double.NaN : ratios.size() % 2 == 1 ? ratios.get(ratios.size() / 2)
                : (ratios.get(ratios.size() / 2 - 1) + ratios.get(ratios.size() / 2)) / 2;
        int constant = s.contrasts().size() - ratios.size();
        md.append(String.format(Locale.ROOT, "%nMedian variance ratio over the %d arm-measure pairs with any spread: **%s**%s.%n",
                ratios.size(), fmt(median), constant == 0 ? "" : "; " + constant + " pairs have no paired spread at all "
                        + "(the arms agree in every replication), which is an infinite ratio"));
        md.append('\n').append(KernelBenchmark.markdown(kernels, bc));
        if (scaled != null) md.append('\n').append(StepScaling.markdown(scaled));
        md.append("\nRegenerate: `./ayni benchmark ").append(RunWriter.fileName(e.file())).append(options()).append("`\n");
        Files.createDirectories(out);
        Path tmp = out.resolve("benchmark.md.tmp");
        Files.writeString(tmp, md.toString(), StandardCharsets.UTF_8);
        Files.move(tmp, out.resolve("benchmark.md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        new Manifest().put("kind", "benchmark").put("experiment", e.name()).put("sha256", e.sha256()).put("runs", plan.size())
                .put("threads", cores).put("wallSeconds", parallel).put("runsPerHour", runsPerHour).put("secondsPerRunAlone", perRun)
                .put("wallSecondsFromStart", fromStart)
                .put("runsPerHourFromStart", runsPerHourFromStart).put("forkGain", forkGain)
                .put("wallSecondsSecondPass", parallel2).put("runsPerHourSecondPass", runsPerHour2)
                .put("wallSecondsFromStartSecondPass", fromStart2).put("runsPerHourFromStartSecondPass", runsPerHourFromStart2)
                .put("forkGainSecondPass", forkGain2)
                .put("speedup", speedup).put("medianVarianceRatio", median)
                .put("kernelActors", kernels.actors()).put("kernelTies", kernels.ties()).put("stepMsAyni", kernels.ayniMs())
                .put("stepMsMason", kernels.masonMs()).put("stepMsObjectPerTie", kernels.objectMs()).put("streamPassMs", kernels.streamMs())
                .put("kernelRounds", kernels.rounds()).put("kernelStepsPerRound", kernels.steps())
                .put("masonRatioByRound", kernels.masonRatio()).put("streamRatioByRound", kernels.streamRatio())
                .put("betweennessNodes", bc.nodes()).put("betweennessSamples", bc.samples()).put("betweennessExactSeconds", bc.exactSeconds())
                .put("betweennessSampledSeconds", bc.sampledSeconds()).put("betweennessSpearman", bc.spearman())
                .put("betweennessTop20MedianRelativeError", bc.medianTopRelativeError())
                .put("stepScaling", scaled == null ? java.util.Map.of() : StepScaling.manifest(scaled)).put("version", Manifest.version())
                .put("gitCommit", Manifest.gitCommit()).put("java", System.getProperty("java.version"))
                .put("startedAt", started.toString()).put("endedAt", Instant.now().toString())
                .write(out.resolve("manifest.json"));
        var o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%d runs in %.1f s on %d threads: %.0f runs per hour (%.0f with every run from its start, forking "
                        + "saves x%.2f); second pass %.1f s: %.0f runs per hour (%.0f from the start, x%.2f); one run alone "
                        + "%.2f s; parallel speed-up %.2f%n",
                plan.size(), parallel, cores, runsPerHour, runsPerHourFromStart, forkGain, parallel2, runsPerHour2,
                runsPerHourFromStart2, forkGain2, perRun, speedup);
        o.printf(Locale.ROOT, "step kernel on %,d ties: %.2f ms (MASON Network x%.2f, object per tie x%.2f, step / stream pass %.1f; "
                        + "ratios are medians over %d rounds)%n",
                kernels.ties(), kernels.ayniMs(), kernels.masonRatioMedian(), kernels.objectMs() / kernels.ayniMs(),
                kernels.streamRatioMedian(), kernels.rounds());
        o.printf(Locale.ROOT, "betweenness on %,d nodes: sampled (%d sources) %.3f of the exact time, Spearman %.3f, top-20 median relative error %.1f%%%n",
                bc.nodes(), bc.samples(), bc.sampledSeconds() / bc.exactSeconds(), bc.spearman(), 100 * bc.medianTopRelativeError());
        if (scaled != null) {
            for (StepScaling.Size z : scaled.sizes()) {
                o.printf(Locale.ROOT, "national step %s..%s at %,d SMEs: %.1f ms mean over %,.0f live ties%n", windowFrom, windowTo,
                        z.smes(), z.meanStepMs(), z.meanTies());
            }
            o.printf(Locale.ROOT, "fitted exponent of step cost against live ties: %.2f (aim <= 1.1)%n", scaled.exponent());
        }
        o.printf(Locale.ROOT, "common random numbers: median variance ratio %s over %d arm-measure pairs -> %s%n", fmt(median),
                ratios.size(), out.resolve("benchmark.md"));
        return 0;
    }

    private static String fmt(double v) {
        return Double.isInfinite(v) ? "infinite" : String.format(Locale.ROOT, "%.3g", v);
    }

    /** The sizes given on the command line that differ from their defaults, so that the Regenerate line reproduces them. */
    private String options() {
        StringBuilder b = new StringBuilder();
        if (!Integer.toString(kernelSmes).equals(KERNEL_SMES)) b.append(" --kernel-smes ").append(kernelSmes);
        if (!Integer.toString(betweennessNodes).equals(BETWEENNESS_NODES)) b.append(" --betweenness-nodes ").append(betweennessNodes);
        String scaling = java.util.Arrays.stream(scalingSmes).mapToObj(Integer::toString)
                .collect(java.util.stream.Collectors.joining(","));
        if (!scaling.equals(SCALING_SMES)) b.append(" --scaling-smes ").append(scaling);
        return b.toString();
    }

    /** Wall seconds of all the plan's runs on {@code cores} threads into {@code store}. */
    private static double timed(Plan plan, RunStore store, int cores, String label, java.io.PrintWriter err) throws Exception {
        Progress progress = new Progress(label, plan.size(), false, err);
        long t0 = System.nanoTime();
        ExperimentRunner.run(plan, plan.runs(), store, cores, progress::done);
        double seconds = (System.nanoTime() - t0) / 1e9;
        progress.close();
        return seconds;
    }
}
