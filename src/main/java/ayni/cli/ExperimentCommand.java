package ayni.cli;

import ayni.experiment.ExperimentRunner;
import ayni.experiment.Measures;
import ayni.experiment.Plan;
import ayni.experiment.RunRecord;
import ayni.experiment.RunStore;
import ayni.experiment.Sensitivity;
import ayni.experiment.Summary;
import ayni.experiment.Verdict;
import ayni.output.AtomicFolder;
import ayni.output.ExperimentWriter;
import ayni.output.FolderLock;
import ayni.output.HypothesisWriter;
import ayni.output.Manifest;
import ayni.output.RunWriter;
import ayni.scenario.ExperimentReader;
import ayni.scenario.ExperimentSpec;
import ayni.scenario.HypothesisReader;
import ayni.scenario.HypothesisSpec;
import ayni.scenario.ScenarioException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "experiment", mixinStandardHelpOptions = true,
        footer = CommandList.EXAMPLE + "./ayni experiment scenarios/experiments/w01-paired-organic.yaml", subcommands = ExperimentCommand.Merge.class,
        description = {"Run experiment files (scenarios/experiments/*.yaml: paired what-ifs, sweeps, replicate counts) and test "
                + "hypothesis files (scenarios/hypotheses/*.yaml) on the experiments they name.",
                "Each experiment writes results/experiments/<name>/ (tidy runs.csv and ends.csv, summaries, charts, report.md, "
                        + "manifest.json); hypotheses also get one combined report (results/hypotheses/ unless --out).",
                "Finished runs are stored one file each in <folder>/runs/: an experiment killed and started again runs only "
                        + "what is missing. With --shard i/n a machine runs every n-th run from the i-th; "
                        + "'ayni experiment merge' joins the shards' folders."})
final class ExperimentCommand implements Callable<Integer> {
    private static final Pattern SHARD = Pattern.compile("(\\d+)/(\\d+)");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    // 0..* so that 'experiment merge ...' parses; an empty list is refused in call()
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "experiment or hypothesis files")
    List<Path> files;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder: of the experiment when one experiment file is "
            + "given; of the combined hypothesis report when hypothesis files are given (default: results/hypotheses)")
    Path out;

    @Option(names = "--experiments", paramLabel = "DIR", defaultValue = "results/experiments",
            description = "where each experiment's folder goes (default: ${DEFAULT-VALUE})")
    Path experimentsDir;

    @Option(names = "--threads", paramLabel = "N", description = "parallel runs (default: all cores)")
    Integer threads;

    @Option(names = "--shard", paramLabel = "I/N", description = "run only shard I of N (1-based; every N-th run from the I-th), "
            + "e.g. --shard $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT; no report until 'ayni experiment merge'")
    String shard;

    @Option(names = "--fresh", description = "discard runs stored by an earlier, different version of the experiment")
    boolean fresh;

    @Option(names = "--quiet", description = "no progress output")
    boolean quiet;

    @Option(names = "--posterior", paramLabel = "FILE", description = "run every experiment over a calibration's posterior "
            + "(posterior.csv or its folder; replaces an experiment file's 'posterior:'): --draws parameter sets drawn by weight "
            + "with the experiment's seed, each with the file's replications as seeds, the same in every arm")
    Path posteriorFile;

    @Option(names = "--draws", paramLabel = "M", defaultValue = "10", description = "parameter sets drawn from --posterior "
            + "(default: ${DEFAULT-VALUE})")
    int draws;

    @Option(names = "--seeds", paramLabel = "K", description = "with --posterior: seeds per parameter set (at least 2; default: the "
            + "file's replications)")
    Integer seeds;

    @Override
    public Integer call() throws Exception {
        Instant started = Instant.now();
        if (files == null || files.isEmpty()) {
            throw new Main.BadInput("ayni experiment: no file given; fix: name an experiment or hypothesis file, e.g. "
                    + "ayni experiment scenarios/experiments/w01-paired-organic.yaml (see 'ayni experiment --help')");
        }
        int[] sh = shard(shard);
        int cores = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        ExperimentReader.Measures measures = measures();
        List<HypothesisSpec> hypotheses = new ArrayList<>();
        Map<String, ExperimentSpec> experiments = new LinkedHashMap<>();
        for (Path f : files) {
            try {
                if (HypothesisReader.isHypothesis(f)) {
                    HypothesisSpec h = HypothesisReader.load(f, measures);
                    hypotheses.addAll(h.perSegment()); // every segment the file names is tested and reported
                    for (ExperimentSpec e : h.experiments()) add(experiments, e);
                } else {
                    add(experiments, ExperimentReader.load(f, measures));
                }
            } catch (ScenarioException e) {
                throw new Main.BadInput(e.getMessage());
            }
        }
        if (seeds != null && posteriorFile == null) {
            throw new Main.BadInput("ayni experiment: --seeds " + seeds + " is given without --posterior; fix: add --posterior FILE, "
                    + "or leave --seeds out (without a posterior, replications are the seeds)");
        }
        if (posteriorFile != null) overPosterior(experiments);
        Set<String> ids = new HashSet<>();
        for (HypothesisSpec h : hypotheses) {
            if (!ids.add(h.id())) throw new Main.BadInput(h.file() + ": id: hypothesis " + h.id() + " is given twice; fix: give each file its own id");
        }
        if (out != null && hypotheses.isEmpty() && experiments.size() > 1) {
            throw new Main.BadInput("ayni experiment: --out names one folder, but " + experiments.size() + " experiments were given; "
                    + "fix: use --experiments DIR for several experiments");
        }
        PrintWriter o = spec.commandLine().getOut();
        List<Verdict> verdicts = new ArrayList<>();
        Map<String, String> links = new LinkedHashMap<>();
        Path hypFolder = out != null ? out : Path.of("results", "hypotheses");
        if (!hypotheses.isEmpty()) FolderLock.acquireForCommand(hypFolder);
        record Done(Plan plan, RunStore store, Path folder, int ran) {}
        List<Done> done = new ArrayList<>();
        for (ExperimentSpec e : experiments.values()) {
            Path folder = out != null && hypotheses.isEmpty() ? out : experimentsDir.resolve(e.name());
            FolderLock.acquireForCommand(folder, AtomicFolder.MANIFEST, "runs");
            Plan plan = new Plan(e);
            RunStore store = open(plan, folder, fresh);
            List<Plan.Run> mine = sh == null ? plan.runs() : plan.shard(sh[0], sh[1]);
            int todo = 0;
            for (Plan.Run r : mine) if (!store.has(r.index())) todo++;
            Progress progress = new Progress(e.name(), todo, quiet, spec.commandLine().getErr());
            long t0 = System.nanoTime();
            int ran = ExperimentRunner.run(plan, mine, store, cores, progress::done);
            progress.close();
            double secs = (System.nanoTime() - t0) / 1e9;
            o.printf("%s: %d runs%s, %d run now (%d already stored) in %.1f s on %d threads%s%n", e.name(), mine.size(),
                    sh == null ? "" : " in shard " + sh[0] + "/" + sh[1], ran, mine.size() - ran, secs, cores,
                    ran > 0 ? String.format(java.util.Locale.ROOT, " (%.0f runs per hour)", ran / secs * 3600) : "");
            if (sh != null) {
                o.printf("  shard stored in %s; when every shard is done: ayni experiment merge %s <shard folders>%n",
                        store.dir(), RunWriter.fileName(e.file()));
                continue;
            }
            done.add(new Done(plan, store, folder, ran));
        }
        // a hypothesis may compare runs of two experiments, so every experiment is read back before any is judged
        Map<String, List<RunRecord>> runs = new LinkedHashMap<>();
        for (Done d : done) runs.put(d.plan().spec().name(), load(d.plan(), d.store()));
        Map<String, Integer> seedsPerDraw = new LinkedHashMap<>();
        for (Done d : done) if (d.plan().draws() != null) seedsPerDraw.put(d.plan().spec().name(), d.plan().draws().seedsPerDraw());
        for (Done d : done) {
            ExperimentSpec e = d.plan().spec();
            List<HypothesisSpec> mineH = new ArrayList<>();
            for (HypothesisSpec h : hypotheses) if (h.experiment().name().equals(e.name())) mineH.add(h);
            List<Verdict> vs = finish(d.plan(), runs, seedsPerDraw, d.folder(), mineH, started, cores, d.ran(), command(e.file())
                    + posteriorOptions());
            verdicts.addAll(vs);
            links.put(e.name(), relative(hypFolder, d.folder().resolve("report.md")));
            o.printf("  -> %s%n", d.folder().resolve("report.md"));
        }
        if (sh == null && !hypotheses.isEmpty()) {
            List<Verdict> ordered = new ArrayList<>();
            for (HypothesisSpec h : hypotheses) for (Verdict v : verdicts) if (v.hypothesis() == h) ordered.add(v);
            Manifest m = new Manifest().put("kind", "hypotheses").put("files", files.stream().map(Path::toString).toList())
                    .put("hypotheses", hypotheses.stream().map(h -> Map.of("id", h.id(), "file", RunWriter.fileName(h.file()),
                            "sha256", h.sha256(), "experiment", h.experiment().name(), "experimentSha256", h.experiment().sha256(),
                            "experiments", h.experiments().stream().map(ExperimentSpec::name).toList())).toList())
                    .put("version", Manifest.version()).put("gitCommit", Manifest.gitCommit())
                    .put("java", System.getProperty("java.version")).put("startedAt", started.toString())
                    .put("endedAt", Instant.now().toString());
            if (posteriorFile != null) {
                Map<String, Object> post = new LinkedHashMap<>();
                post.put("file", RunWriter.fileName(posteriorFile.toString()));
                post.put("draws", draws);
                if (seeds != null) post.put("seeds", seeds);
                m.put("posterior", post);
            }
            StringBuilder cmd = new StringBuilder("./ayni experiment");
            for (Path f : files) cmd.append(' ').append(RunWriter.fileName(f.toString()));
            cmd.append(posteriorOptions());
            if (out != null) cmd.append(" --out ").append(out);
            if (!experimentsDir.equals(Path.of("results", "experiments"))) cmd.append(" --experiments ").append(experimentsDir);
            HypothesisWriter.write(ordered, links, m, cmd.toString(), hypFolder);
            for (Verdict v : ordered) {
                o.printf("  %-8s %-13s %s%n", v.hypothesis().id(), v.outcome().word(), v.hypothesis().title());
            }
            o.printf("  -> %s%n", hypFolder.resolve("report.md"));
        }
        return 0;
    }

    /** The posterior options as given, for the commands the reports quote. */
    private String posteriorOptions() {
        if (posteriorFile == null) return "";
        return " --posterior " + RunWriter.fileName(posteriorFile.toString()) + " --draws " + draws + (seeds != null ? " --seeds " + seeds : "");
    }

    /** Every experiment over --posterior: stored runs of the experiment without it (another hash) are not mixed in. */
    private void overPosterior(Map<String, ExperimentSpec> experiments) {
        ayni.scenario.Posterior post = readPosterior(posteriorFile, draws);
        if (seeds != null && (seeds < 2 || seeds > 100_000)) {
            throw new Main.BadInput("ayni experiment: --seeds " + seeds + " is outside 2..100000; fix: give at least 2 so parameter "
                    + "uncertainty can be told from stochastic spread");
        }
        for (Map.Entry<String, ExperimentSpec> e : experiments.entrySet()) e.setValue(over(e.getValue(), post, draws, seeds));
    }

    static ayni.scenario.Posterior readPosterior(Path file, int draws) {
        if (draws < 2 || draws > 100_000) {
            throw new Main.BadInput("ayni experiment: --draws " + draws + " is outside 2..100000; fix: give at least 2 so parameter "
                    + "uncertainty can be told from stochastic spread");
        }
        try {
            return ayni.scenario.Posterior.read(file);
        } catch (ScenarioException e) {
            throw new Main.BadInput(e.getMessage());
        }
    }

    static ExperimentSpec over(ExperimentSpec s, ayni.scenario.Posterior post, int draws, Integer seedsPerDraw) {
        int seeds = seedsPerDraw != null ? seedsPerDraw : s.posterior() == null ? s.replications() : s.posterior().seedsPerDraw();
        if (seeds < 2) {
            throw new Main.BadInput(s.file() + ": replications: " + seeds + " seed per posterior draw cannot tell parameter "
                    + "uncertainty from randomness; fix: give at least 2 (over a posterior, replications are the seeds per draw)");
        }
        return s.withPosterior(post, draws, seeds);
    }

    private static String command(String file) {
        return "./ayni experiment " + RunWriter.fileName(file);
    }

    private static String relative(Path from, Path to) {
        try {
            return from.toAbsolutePath().normalize().relativize(to.toAbsolutePath().normalize()).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return to.toString();
        }
    }

    private static void add(Map<String, ExperimentSpec> experiments, ExperimentSpec e) {
        ExperimentSpec had = experiments.get(e.name());
        if (had != null && !had.sha256().equals(e.sha256())) {
            throw new Main.BadInput(e.file() + ": name: experiment name '" + e.name() + "' is also used by " + had.file()
                    + "; fix: give each experiment file its own name");
        }
        experiments.putIfAbsent(e.name(), e);
    }

    static int[] shard(String text) {
        if (text == null) return null;
        Matcher m = SHARD.matcher(text.trim());
        if (!m.matches()) {
            throw new Main.BadInput("ayni experiment: --shard " + text + ": expected I/N, e.g. --shard 2/8; fix: give the shard "
                    + "number and the number of shards");
        }
        int i = Integer.parseInt(m.group(1)), n = Integer.parseInt(m.group(2));
        if (n < 1 || i < 1 || i > n) {
            throw new Main.BadInput("ayni experiment: --shard " + text + ": I must be between 1 and N; fix: e.g. --shard 1/"
                    + Math.max(1, n));
        }
        return new int[] {i, n};
    }

    static RunStore open(Plan plan, Path folder, boolean fresh) throws IOException {
        try {
            return ExperimentRunner.open(plan, folder, fresh);
        } catch (ExperimentRunner.StaleRuns e) {
            throw new Main.BadInput("ayni experiment: " + e.getMessage());
        }
    }

    /** Reads every run back, analyses and writes the experiment's results; returns its hypotheses' verdicts. */
    static List<RunRecord> load(Plan plan, RunStore store) throws IOException {
        try {
            return ExperimentRunner.load(plan, store);
        } catch (ExperimentRunner.StaleRuns e) {
            throw new Main.BadInput("ayni experiment: " + e.getMessage());
        }
    }

    /**
     * Analyses and writes one experiment's results; returns the verdicts of its hypotheses.
     *
     * @param byExperiment runs of this experiment and of any other experiment its hypotheses compare with, by name
     */
    static List<Verdict> finish(Plan plan, Map<String, List<RunRecord>> byExperiment, Map<String, Integer> seedsPerDraw, Path folder,
                                List<HypothesisSpec> hypotheses, Instant started, int threads, int ran, String command)
            throws IOException {
        ExperimentSpec e = plan.spec();
        List<RunRecord> runs = byExperiment.get(e.name());
        Summary summary = new Summary(e, runs);
        Sensitivity sens = e.kind() == ExperimentSpec.Kind.SWEEP ? new Sensitivity(plan, runs) : null;
        List<Verdict> vs = new ArrayList<>();
        for (HypothesisSpec h : hypotheses) vs.add(Verdict.evaluate(h, byExperiment, seedsPerDraw));
        ayni.experiment.PosteriorSpread spread = plan.draws() == null ? null : ayni.experiment.PosteriorSpread.of(plan, runs);
        ExperimentWriter.write(new ExperimentWriter.Inputs(plan, runs, summary, sens, vs, manifest(plan, started, threads, ran),
                command, spread), folder);
        return vs;
    }

    static Manifest manifest(Plan plan, Instant started, int threads, int ran) {
        ExperimentSpec e = plan.spec();
        List<Map<String, Object>> arms = new ArrayList<>();
        for (ExperimentSpec.Arm a : e.arms()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", a.name());
            m.put("scenario", a.scenario().name());
            m.put("scenarioFile", RunWriter.fileName(a.scenario().file()));
            m.put("scenarioSha256", a.scenario().sha256());
            m.put("set", a.set());
            m.put("parameters", a.parameters().values());
            arms.add(m);
        }
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < e.replications(); i++) seeds.add(e.seed() + i);
        Manifest m = new Manifest().put("kind", "experiment").put("experiment", e.name()).put("title", e.title())
                .put("experimentKind", e.kind().key()).put("file", RunWriter.fileName(e.file())).put("sha256", e.sha256())
                .put("scenario", e.scenario().name()).put("scenarioSha256", e.scenario().sha256()).put("arms", arms)
                .put("replications", e.replications()).put("seeds", seeds).put("steps", e.steps()).put("record", e.record())
                .put("recordEvery", e.recordEvery()).put("window", e.window()).put("measureInterval", e.measureInterval())
                .put("runs", plan.size());
        if (e.sweep() != null) {
            m.put("design", e.sweep().design().key()).put("levels", e.sweep().levels()).put("samples", e.sweep().samples())
                    .put("sweepParameters", e.sweep().parameters()).put("points", plan.points().length)
                    .put("responses", e.sweep().responses());
        }
        if (e.precision() != null) m.put("precision", e.precision());
        if (plan.draws() != null) {
            var d = plan.draws();
            var u = plan.use();
            m.put("posterior", Map.of("file", RunWriter.fileName(d.posterior().file()), "sha256", d.posterior().sha256(),
                    "draws", d.draws(), "seedsPerDraw", d.seedsPerDraw(), "particles", d.particles(), "applied", u.applied(),
                    "overridden", u.overridden(), "notApplied", u.notApplied()));
        }
        return m.put("runsRunNow", ran).put("threads", threads).put("version", Manifest.version())
                .put("gitCommit", Manifest.gitCommit()).put("java", System.getProperty("java.version"))
                .put("startedAt", started.toString()).put("endedAt", Instant.now().toString());
    }

    static ExperimentReader.Measures measures() {
        return Measures.catalogue();
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Join the runs that shards (--shard i/n) stored in their folders, check that none is missing, and "
                    + "write the experiment's results.")
    static final class Merge implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "the experiment file the shards ran")
        Path file;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "SHARD_DIR", description = "the shards' result folders")
        List<Path> shards;

        @Option(names = "--out", paramLabel = "DIR", description = "folder to write (default: results/experiments/<name>)")
        Path out;

        @Option(names = "--posterior", paramLabel = "FILE", description = "the posterior the shards ran over with --posterior")
        Path posteriorFile;

        @Option(names = "--draws", paramLabel = "M", defaultValue = "10", description = "the shards' --draws (default: ${DEFAULT-VALUE})")
        int draws;

        @Option(names = "--seeds", paramLabel = "K", description = "the shards' --seeds (default: the file's replications)")
        Integer seeds;

        @Override
        public Integer call() throws Exception {
            Instant started = Instant.now();
            ExperimentSpec e;
            try {
                e = ExperimentReader.load(file, measures());
            } catch (ScenarioException ex) {
                throw new Main.BadInput(ex.getMessage());
            }
            if (posteriorFile != null) e = over(e, readPosterior(posteriorFile, draws), draws, seeds);
            Plan plan = new Plan(e);
            Path folder = out != null ? out : Path.of("results", "experiments", e.name());
            FolderLock.acquireForCommand(folder, AtomicFolder.MANIFEST, "runs");
            RunStore store = open(plan, folder, false);
            int copied = 0;
            for (Path s : shards) {
                if (!Files.isDirectory(s.resolve("runs"))) {
                    throw new Main.BadInput("ayni experiment merge: " + s + " holds no runs/ folder; fix: give the folders the "
                            + "shards wrote (their --out or results/experiments/" + e.name() + ")");
                }
                if (s.resolve("runs").toAbsolutePath().normalize().equals(store.dir().toAbsolutePath().normalize())) continue;
                // opening checks the shard's stamp: runs of another version of the experiment are refused
                RunStore other = open(plan, s, false);
                copied += store.copyFrom(other);
            }
            finish(plan, Map.of(e.name(), load(plan, store)), Map.of(), folder, List.of(), started, 0, 0, command(e.file()));
            spec.commandLine().getOut().printf("%s: merged %d runs from %d shard folders; %d runs in all -> %s%n", e.name(),
                    copied, shards.size(), plan.size(), folder.resolve("report.md"));
            return 0;
        }
    }
}
