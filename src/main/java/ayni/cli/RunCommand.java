package ayni.cli;

import ayni.experiment.SingleRun;
import ayni.output.RunWriter;
import ayni.scenario.Scenario;
import ayni.scenario.ScenarioException;
import ayni.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        footer = CommandList.EXAMPLE + "./ayni run scenarios/organic-production.yaml",
        description = "Simulate a scenario and write timeseries.csv, events.csv, the charts, network-final.graphml, "
                + "network-dynamic.gexf and manifest.json into results/<scenario>/seed-<seed>/ (or --out).")
final class RunCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "scenario file, e.g. scenarios/organic-production.yaml")
    Path scenarioFile;

    @Option(names = "--seed", paramLabel = "N", description = "random seed (default: the scenario's)")
    Long seed;

    @ArgGroup(exclusive = true)
    Length length;

    static final class Length {
        @Option(names = "--steps", paramLabel = "N", description = "number of monthly steps (default: the whole period)")
        Integer steps;

        @Option(names = "--until", paramLabel = "YYYY-MM", description = "last month to simulate")
        String until;
    }

    @Option(names = "--out", paramLabel = "DIR", description = "folder to write (default: results/<scenario>/seed-<seed>)")
    Path out;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Option(names = "--measure-interval", paramLabel = "N", defaultValue = "1",
            description = "compute the network power measures every N months, carrying them in between (default: ${DEFAULT-VALUE}; use 12 for large runs)")
    int measureInterval;

    @Option(names = "--snapshots", paramLabel = "MONTHS", split = ",",
            description = "also write the network at these months (network-YYYY-MM.graphml) and, for two or more, RSiena "
                    + "panel waves in siena/: months YYYY-MM[,YYYY-MM...], a series FROM..TO/EVERY (e.g. "
                    + "1995-01..2010-01/1y or /6m), or yearly (the first month and every 12th after it)")
    java.util.List<String> snapshots;

    @Option(names = "--gexf-interval", paramLabel = "MONTHS",
            description = "record tie weights every MONTHS months for network-dynamic.gexf (default: 12 for a run of at "
                    + "most 20,000 actors, none for a larger one; 0: no GEXF)")
    Integer gexfInterval;

    @Option(names = "--network-final", paramLabel = "WHEN", defaultValue = "auto",
            description = "write network-final.graphml and its picture: auto (a run of at most 20,000 actors), yes or no "
                    + "(default: ${DEFAULT-VALUE})")
    String networkFinal;

    /** Above this many actors (the memory check's estimate) the network files are written only when asked for. */
    static final long NETWORK_FILES_LIMIT = 20_000;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "override a model parameter, e.g. --set smeCount=50000 (repeatable)")
    java.util.Map<String, String> set;

    @Override
    public Integer call() throws IOException {
        Scenario s;
        try {
            s = ScenarioLoader.load(scenarioFile);
        } catch (ScenarioException e) {
            throw new Main.BadInput(e.getMessage());
        }
        ayni.scenario.Parameters params = Overrides.apply(s, set, "run");
        if (measureInterval < 1) throw new Main.BadInput("ayni run: --measure-interval must be at least 1; fix: e.g. --measure-interval 12");
        int steps = steps(s);
        java.util.Set<Integer> snapshotSteps = snapshotSteps(s, steps);
        if (gexfInterval != null && gexfInterval < 0) throw new Main.BadInput("ayni run: --gexf-interval must be 0 (none) or more; fix: e.g. --gexf-interval 12");
        if (!java.util.List.of("auto", "yes", "no").contains(networkFinal)) {
            throw new Main.BadInput("ayni run: --network-final must be auto, yes or no, not '" + networkFinal + "'; fix: e.g. --network-final yes");
        }
        // a whole country's network files are of gigabytes and its final positions take longer than the run
        boolean large = ayni.model.MemoryEstimate.of(s, params, steps, 0).actors() > NETWORK_FILES_LIMIT;
        int gexfInterval = this.gexfInterval != null ? this.gexfInterval : large ? 0 : 12;
        boolean finalNetwork = networkFinal.equals("yes") || networkFinal.equals("auto") && !large;
        requireHeap("run", scenarioFile, ayni.model.MemoryEstimate.of(s, params, steps, gexfInterval));
        ayni.metrics.Snapshots snaps = new ayni.metrics.Snapshots(snapshotSteps);
        ayni.metrics.TieHistory history = gexfInterval > 0 ? new ayni.metrics.TieHistory(gexfInterval, steps - 1) : null;
        java.util.List<sim.engine.Steppable> extra = new java.util.ArrayList<>();
        if (!snapshotSteps.isEmpty()) extra.add(snaps);
        if (history != null) extra.add(history);
        long runSeed = seed != null ? seed : s.seed();
        Path folder = out != null ? out : Path.of("results", s.name(), "seed-" + runSeed);
        ayni.output.FolderLock.acquireForCommand(folder); // refuses a folder that is not ours, or being written
        Instant started = Instant.now();
        ayni.output.ChartFiles.warmUp(); // the charts' drawing stack loads on the other core while the model runs
        SingleRun.Result r;
        // the yearly switcher measures overlap the next months on a second core, when there is one
        boolean background = Runtime.getRuntime().availableProcessors() > 1;
        boolean bar = !quiet && System.console() != null;
        if (bar) {
            try (ProgressBar pb = new ProgressBarBuilder().setTaskName(s.name()).setInitialMax(steps)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" months", 1).build()) {
                r = SingleRun.run(s, runSeed, params, steps, measureInterval, extra, pb::stepTo, background);
            }
        } else {
            r = SingleRun.run(s, runSeed, params, steps, measureInterval, extra, null, background);
        }
        if (bar) {
            // the outputs take a while too: a second bar, so a terminal never waits silently
            try (ProgressBar pb = new ProgressBarBuilder().setTaskName("writing").setInitialMax(1)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).setUpdateIntervalMillis(200).build()) {
                RunWriter.write(r, snaps.taken(), history, folder, started, Instant.now(), finalNetwork, (done, submitted, name) -> {
                    synchronized (pb) {
                        pb.maxHint(submitted);
                        pb.stepTo(done);
                        pb.setExtraMessage(name);
                    }
                });
            }
        } else {
            RunWriter.write(r, snaps.taken(), history, folder, started, Instant.now(), finalNetwork, null);
        }
        spec.commandLine().getOut().printf("%s: %d months (%s to %s), seed %d, %.1f s -> %s%n", s.name(),
                r.series().size(), s.start(), r.model().date(), runSeed, r.nanos() / 1e9, folder);
        if (!quiet && (!finalNetwork || history == null) && large) {
            spec.commandLine().getOut().println("network files left out for a run of this size (about "
                    + String.format(java.util.Locale.ROOT, "%,d", ayni.model.MemoryEstimate.of(s, params, steps, 0).actors())
                    + " actors): ask with --network-final yes and --gexf-interval 12 (docs/ODD.md 10.1a gives their sizes)");
        }
        if (!quiet) {
            // the measures run partly on the second core (StepObserver), so their time is not a part of the phases'
            spec.commandLine().getOut().println("time by phase: " + phaseShares(r) + "; network measures "
                    + String.format(java.util.Locale.ROOT, "%.1f s", r.measureNanos() / 1e9) + " in all (every " + measureInterval
                    + " months" + (background ? ", mostly on a second core beside the model)" : ")"));
        }
        return 0;
    }

    static String phaseShares(SingleRun.Result r) {
        long total = 0;
        for (ayni.model.Phase p : ayni.model.Phase.values()) total += r.model().phaseNanos(p);
        StringBuilder sb = new StringBuilder();
        for (ayni.model.Phase p : ayni.model.Phase.values()) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(p.name().toLowerCase()).append(' ')
                    .append(Math.round(100.0 * r.model().phaseNanos(p) / Math.max(1, total))).append('%');
        }
        return sb.toString();
    }

    /** Refuses up front (exit 2, nothing written) a run whose estimated heap exceeds this Java's. */
    static void requireHeap(String command, Path file, ayni.model.MemoryEstimate need) {
        long heap = Runtime.getRuntime().maxMemory();
        if (need.bytes() > heap) {
            throw new Main.BadInput(String.format(java.util.Locale.ROOT,
                    "ayni %s: %s needs %s, more than this Java's heap of %.1f GB; fix: give Java more, e.g. "
                            + "AYNI_JAVA_OPTS=-Xmx%dg ./ayni %s ... (or java -Xmx%dg -jar target/ayni.jar %s ...)",
                    command, file, need.describe(), heap / (double) (1L << 30), need.heapGigabytes(), command,
                    need.heapGigabytes(), command));
        }
    }

    private java.util.Set<Integer> snapshotSteps(Scenario s, int steps) {
        return SnapshotMonths.steps(snapshots, s, steps);
    }

    private int steps(Scenario s) {
        if (length == null) return s.steps();
        if (length.steps != null) {
            if (length.steps < 1 || length.steps > s.steps()) {
                throw new Main.BadInput("ayni run: --steps " + length.steps + " is outside 1.." + s.steps()
                        + "; fix: give a number of months within the scenario's period (" + s.start() + " to " + s.end() + ")");
            }
            return length.steps;
        }
        YearMonth u;
        try {
            u = YearMonth.parse(length.until);
        } catch (DateTimeParseException e) {
            throw new Main.BadInput("ayni run: --until '" + length.until + "' is not a month; fix: write YYYY-MM, e.g. 2005-12");
        }
        if (u.isBefore(s.start()) || u.isAfter(s.end())) {
            throw new Main.BadInput("ayni run: --until " + u + " is outside the scenario's period " + s.start() + " to "
                    + s.end() + "; fix: choose a month within it");
        }
        return s.stepOf(u) + 1;
    }
}
