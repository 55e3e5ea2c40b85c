package ayni.cli;

import ayni.experiment.Comparison;
import ayni.experiment.Measures;
import ayni.experiment.PosteriorDraws;
import ayni.experiment.PosteriorSpread;
import ayni.experiment.Replicates;
import ayni.experiment.Replicates.Arm;
import ayni.experiment.Replicates.Run;
import ayni.output.CompareWriter;
import ayni.output.Manifest;
import ayni.scenario.Posterior;
import ayni.scenario.Scenario;
import ayni.scenario.ScenarioException;
import ayni.scenario.ScenarioLoader;
import ayni.stats.VarianceDecomposition;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        footer = CommandList.EXAMPLE + "./ayni compare scenarios/organic-production.yaml scenarios/whatif/w01-oxfam-novib-abrupt-exit.yaml",
        description = "Run a base scenario and a what-if with the same seeds (replication i uses the same seed in both) "
                + "and write per-step means with 95%% confidence intervals for both arms and their paired difference, "
                + "charts and an end-of-period summary into results/compare/<base>-vs-<whatif>/.")
final class CompareCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "base scenario file")
    Path baseFile;

    @Parameters(index = "1", paramLabel = "WHATIF", description = "what-if scenario file")
    Path whatifFile;

    @Option(names = "--replications", paramLabel = "N", defaultValue = "10", description = "runs per arm (default: ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--seed", paramLabel = "N", description = "seed of replication 0; replication i uses seed + i (default: the base's seed)")
    Long seed;

    @Option(names = "--steps", paramLabel = "N", description = "months to simulate (default: the whole period)")
    Integer steps;

    @Option(names = "--window", paramLabel = "MONTHS", defaultValue = "12", description = "the end-of-period summary averages each run's last MONTHS months (default: ${DEFAULT-VALUE})")
    int window;

    @Option(names = "--threads", paramLabel = "N", description = "parallel runs (default: all cores)")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "folder to write (default: results/compare/<base>-vs-<whatif>)")
    Path out;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "override a model parameter in both arms (repeatable)")
    Map<String, String> set;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Option(names = "--posterior", paramLabel = "FILE", description = "run over a calibration's posterior (posterior.csv or its "
            + "folder): --draws parameter sets drawn by weight, each with --replications seeds, the same in both arms")
    Path posteriorFile;

    @Option(names = "--draws", paramLabel = "M", defaultValue = "10", description = "parameter sets drawn from --posterior "
            + "(default: ${DEFAULT-VALUE})")
    int draws;

    @Override
    public Integer call() throws Exception {
        Scenario base = load(baseFile), whatif = load(whatifFile);
        if (replications < 2 || replications > 100_000) {
            throw new Main.BadInput("ayni compare: --replications " + replications + " is outside 2..100000; fix: "
                    + "give at least 2 so a confidence interval can be estimated");
        }
        if (!base.start().equals(whatif.start())) {
            throw new Main.BadInput("ayni compare: the arms start in different months (" + base.start() + ", "
                    + whatif.start() + "); fix: give the what-if the base's start so steps pair up");
        }
        if (window < 1) throw new Main.BadInput("ayni compare: --window must be at least 1 month; fix: e.g. --window 12");
        int n = Math.min(base.steps(), whatif.steps());
        if (steps != null) {
            if (steps < 1 || steps > n) {
                throw new Main.BadInput("ayni compare: --steps " + steps + " is outside 1.." + n + "; fix: give a number "
                        + "of months within both periods");
            }
            n = steps;
        }
        ayni.scenario.Parameters pb = Overrides.apply(base, set, "compare"), pw = Overrides.apply(whatif, set, "compare");
        long first = seed != null ? seed : base.seed();
        int cores = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        List<Arm> arms = List.of(new Arm("base", base, pb), new Arm("whatif", whatif, pw));
        PosteriorDraws post = null;
        int seedsPerDraw = replications;
        Replicates.PerRun perRun = (a, i) -> Map.of();
        PosteriorDraws.Use use = null;
        if (posteriorFile != null) {
            if (draws < 2 || draws > 100_000) {
                throw new Main.BadInput("ayni compare: --draws " + draws + " is outside 2..100000; fix: give at least 2 so parameter "
                        + "uncertainty can be told from stochastic spread");
            }
            try {
                post = PosteriorDraws.of(Posterior.read(posteriorFile), draws, seedsPerDraw, first, base);
            } catch (ScenarioException e) {
                throw new Main.BadInput(e.getMessage());
            }
            // an arm's own values (--set, or a parameter the what-if changes: the intervention) override the draw
            java.util.Set<String> fixedBase = new java.util.TreeSet<>(), fixedWhatif = new java.util.TreeSet<>();
            Map<String, List<String>> setBy = new java.util.TreeMap<>();
            if (set != null) {
                fixedBase.addAll(set.keySet());
                fixedWhatif.addAll(set.keySet());
                for (String k : set.keySet()) setBy.computeIfAbsent(k, x -> new ArrayList<>()).add("--set");
            }
            for (var e : whatif.parameterOverrides().entrySet()) {
                if (!e.getValue().equals(base.parameterOverrides().get(e.getKey())) && fixedWhatif.add(e.getKey())) {
                    setBy.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).add("the what-if");
                }
            }
            use = post.use(setBy);
            PosteriorDraws p = post;
            perRun = (a, i) -> p.values(i, a.name().equals("base") ? fixedBase : fixedWhatif);
        }
        int total = post == null ? replications : draws * replications;
        Instant started = Instant.now();
        Path folder = out != null ? out : Path.of("results", "compare", base.name() + "-vs-" + whatif.name());
        ayni.output.FolderLock.acquireForCommand(folder); // refuses a folder that is not ours, or being written
        List<List<Run>> runs;
        boolean bar = !quiet && System.console() != null;
        if (bar) {
            try (ProgressBar p = new ProgressBarBuilder().setTaskName("compare").setInitialMax(2L * total)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" runs", 1).showSpeed().build()) {
                runs = Replicates.run(arms, total, first, n, cores, p::stepTo, perRun);
            }
        } else {
            runs = Replicates.run(arms, total, first, n, cores, null, perRun);
        }
        Comparison c = new Comparison(runs.get(0), runs.get(1), Measures.HEADLINE, Math.min(window, n), post == null ? 1 : replications);
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < total; i++) seeds.add(Replicates.seed(first, i));
        PosteriorSpread spread = null;
        if (post != null) {
            List<PosteriorSpread.Row> rows = new ArrayList<>();
            for (String measure : Measures.HEADLINE) {
                double[][] b = ends(runs.get(0), measure, draws, replications, c.window());
                double[][] w = ends(runs.get(1), measure, draws, replications, c.window());
                double[][] d = new double[draws][replications];
                for (int i = 0; i < draws; i++) for (int k = 0; k < replications; k++) d[i][k] = w[i][k] - b[i][k];
                rows.add(new PosteriorSpread.Row(measure, "base", VarianceDecomposition.of(b)));
                rows.add(new PosteriorSpread.Row(measure, "whatif", VarianceDecomposition.of(w)));
                rows.add(new PosteriorSpread.Row(measure, "difference", VarianceDecomposition.of(d)));
            }
            spread = new PosteriorSpread(post.posterior().file(), draws, replications, use, rows);
        }
        Manifest m = new Manifest()
                .put("kind", "compare")
                .put("base", base.name()).put("baseFile", ayni.output.RunWriter.fileName(base.file()))
                .put("baseSha256", base.sha256())
                .put("whatif", whatif.name()).put("whatifFile", ayni.output.RunWriter.fileName(whatif.file()))
                .put("whatifSha256", whatif.sha256())
                .put("baseTitle", base.title()).put("whatifTitle", whatif.title())
                .put("replications", total).put("seeds", seeds).put("steps", n).put("window", c.window())
                .put("baseParameters", pb.values()).put("whatifParameters", pw.values())
                .put("measures", Measures.HEADLINE)
                .put("version", Manifest.version()).put("gitCommit", Manifest.gitCommit())
                .put("java", System.getProperty("java.version")).put("threads", cores)
                .put("startedAt", started.toString()).put("endedAt", Instant.now().toString());
        if (post != null) {
            m.put("posterior", Map.of("file", post.posterior().file(), "sha256", post.posterior().sha256(), "draws", draws,
                    "seedsPerDraw", replications, "particles", post.particles(), "applied", use.applied(),
                    "overridden", use.overridden(), "notApplied", use.notApplied()));
        }
        CompareWriter.write(new CompareWriter.Inputs(base, whatif, runs.get(0), runs.get(1), c, m, spread), folder);
        double secs = (Instant.now().toEpochMilli() - started.toEpochMilli()) / 1000.0;
        spec.commandLine().getOut().printf("%s vs %s: %d replications x 2 arms, %d months, %.1f s on %d threads -> %s%n",
                base.name(), whatif.name(), replications, n, secs, cores, folder);
        for (Comparison.End e : c.end()) {
            if (!e.measure().equals("adoption_all") && !e.measure().equals("actors_ngo")) continue;
            ayni.output.MeasureNames.Name name = ayni.output.MeasureNames.of(e.measure());
            int d = ayni.output.Numbers.decimalsFor(e.base().mean(), e.whatif().mean(), e.paired().low(), e.paired().high());
            spec.commandLine().getOut().printf("  %s (last %d months): base %s, what-if %s, difference %s (95%% CI %s to %s)%n",
                    name.words(), c.window(), name.level(e.base().mean(), d), name.level(e.whatif().mean(), d),
                    name.difference(e.paired().mean(), d), name.difference(e.paired().low(), d), name.difference(e.paired().high(), d));
        }
        return 0;
    }

    /** Each run's end-of-period value (mean of the last {@code window} months), as [draw][seed]. */
    static double[][] ends(List<Run> runs, String measure, int draws, int seeds, int window) {
        double[][] y = new double[draws][seeds];
        for (int i = 0; i < draws * seeds; i++) {
            double[] col = runs.get(i).series().column(measure);
            double s = 0;
            int from = Math.max(0, col.length - window);
            for (int t = from; t < col.length; t++) s += col[t];
            y[i / seeds][i % seeds] = s / (col.length - from);
        }
        return y;
    }

    private static Scenario load(Path f) {
        try {
            return ScenarioLoader.load(f);
        } catch (ScenarioException e) {
            throw new Main.BadInput(e.getMessage());
        }
    }
}
