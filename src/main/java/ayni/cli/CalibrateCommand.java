package ayni.cli;

import ayni.calibration.Calibration;
import ayni.calibration.FileStore;
import ayni.calibration.Summaries;
import ayni.output.AtomicFolder;
import ayni.output.CalibrationWriter;
import ayni.output.FolderLock;
import ayni.output.Manifest;
import ayni.output.RunWriter;
import ayni.scenario.CalibrationReader;
import ayni.scenario.CalibrationSpec;
import ayni.scenario.ScenarioException;
import ayni.stats.abc.AbcSmc;
import ayni.stats.abc.GenerationStats;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "calibrate", mixinStandardHelpOptions = true, subcommands = {CalibrateCommand.Merge.class, CalibrateCommand.Coverage.class,
        CalibrateCommand.Screen.class},
        description = {"Calibrate the model by approximate Bayesian computation (sequential Monte Carlo) against the checks of a "
                + "calibration file (scenarios/calibration/*.yaml).",
                "Writes results/calibration/<name>/: posterior.csv, generations.csv, fit.csv, marginal and pairwise charts, "
                        + "report.md, manifest.json. Every simulation is stored at once in <folder>/sims/: a calibration killed "
                        + "and started again runs only what is missing.",
                "With --shard i/n a machine runs every n-th simulation of the current generation and stops; join the shards' "
                        + "folders with 'ayni calibrate merge' and start the shards again for the next generation."},
        footer = CommandList.EXAMPLE + "./ayni calibrate scenarios/calibration/planted-organic.yaml")
final class CalibrateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "calibration file")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: results/calibration/<name>)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "parallel simulations (default: all cores)")
    Integer threads;

    @Option(names = "--shard", paramLabel = "I/N", description = "run only shard I of N of the current generation (1-based)")
    String shard;

    @Option(names = "--fresh", description = "discard simulations stored by an earlier, different version of the calibration")
    boolean fresh;

    @Option(names = "--quiet", description = "no progress output")
    boolean quiet;

    @Option(names = "--population", paramLabel = "N", description = "particles per generation instead of the file's "
            + "population (a smaller first run; its simulations are stored apart and the report says so)")
    Integer population;

    @Option(names = "--min-acceptance", paramLabel = "P", description = "stop when acceptance falls below P instead of "
            + "the file's minAcceptance (a sensitivity run; the simulations up to the file's stop are shared)")
    Double minAcceptance;

    @Option(names = "--min-tolerance-drop", paramLabel = "P", description = "stop when the tolerance falls by less than P "
            + "in a generation instead of the file's minToleranceDrop (0: never; a sensitivity run)")
    Double minToleranceDrop;

    @Option(names = "--fix-screened", paramLabel = "DIR", description = "fix the parameters a screening (ayni calibrate screen) "
            + "found not to move the checks, at the values its DIR/screened.yaml states, before the ABC loop")
    Path fixScreened;

    @Override
    public Integer call() throws Exception {
        Instant started = Instant.now();
        if (file == null) {
            throw new Main.BadInput("ayni calibrate: no file given; fix: name a calibration file, e.g. "
                    + "ayni calibrate scenarios/calibration/planted-organic.yaml (see 'ayni calibrate --help')");
        }
        int[] sh = ExperimentCommand.shard(shard);
        int cores = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        CalibrationSpec loaded = fixScreened != null ? fixScreened(load(file), fixScreened) : load(file);
        CalibrationSpec sized = population == null ? loaded : reduced(loaded, population);
        CalibrationSpec c = minAcceptance == null && minToleranceDrop == null ? sized : stopped(sized, minAcceptance, minToleranceDrop);
        Path folder = out != null ? out : Path.of("results", "calibration", c.name());
        Summaries summaries = Calibration.summaries(c);
        // one writer per folder, refused at the start; a folder holding only a screening is the calibration's own
        FolderLock.acquireForCommand(folder, AtomicFolder.MANIFEST, "sims", "screen");
        FileStore store = open(c, summaries, folder, fresh);
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AbcSmc.Listener listener = new AbcSmc.Listener() {
            private Progress progress;

            @Override
            public void started(int generation, int todo) {
                progress = new Progress(c.name() + (generation < 0 ? " predictive" : " g" + generation), todo, quiet || todo == 0, err);
            }

            @Override
            public void simulated(int done) {
                progress.done(done);
            }

            @Override
            public void finished(GenerationStats g) {
                if (progress != null) progress.close();
                o.printf(Locale.ROOT, "%s: generation %d: tolerance %.4g, acceptance %.3f, ESS %.0f, %d simulations (%d in all)%n",
                        c.name(), g.generation(), g.tolerance(), g.acceptance(), g.ess(), g.simulations(), g.total());
            }
        };
        AbcSmc.Shard s = sh == null ? AbcSmc.Shard.ALL : new AbcSmc.Shard(sh[0], sh[1]);
        Calibration.Outcome outcome;
        try {
            outcome = Calibration.run(c, summaries, store, cores, s, listener);
        } catch (AbcSmc.StaleStore e) {
            throw new Main.BadInput("ayni calibrate: " + store.dir() + ": " + e.getMessage() + "; fix: add --fresh, or --out another folder");
        }
        if (!outcome.complete()) {
            var r = outcome.result();
            o.printf("%s: shard %s stored its share in %s; generation %s waits for %d simulations of other shards; merge the "
                            + "shards' folders (ayni calibrate merge %s <folders>) and start the shards again%n", c.name(), shard,
                    store.dir(), r.complete() ? "predictive" : Integer.toString(r.waiting()), r.missing(),
                    RunWriter.fileName(c.file()));
            return 0;
        }
        finish(outcome, folder, started, command(c, out) + (fixScreened != null ? " --fix-screened " + fixScreened : "")
                + (population != null ? " --population " + population : "")
                + (minAcceptance != null ? " --min-acceptance " + minAcceptance : "")
                + (minToleranceDrop != null ? " --min-tolerance-drop " + minToleranceDrop : ""));
        o.printf("  -> %s%n", folder.resolve("report.md"));
        return 0;
    }

    /** The calibration with another stopping rule (--min-acceptance, --min-tolerance-drop; null keeps the file's). */
    private static CalibrationSpec stopped(CalibrationSpec c, Double minAcceptance, Double minToleranceDrop) {
        double a = minAcceptance != null ? minAcceptance : c.minAcceptance();
        double d = minToleranceDrop != null ? minToleranceDrop : c.minToleranceDrop();
        if (!(a >= 0 && a < 1) || !(d >= 0 && d < 1) || (a == 0 && d == 0)) {
            throw new Main.BadInput("ayni calibrate: --min-acceptance " + a + " and --min-tolerance-drop " + d
                    + " must lie in [0, 1), not both 0 (the calibration would never stop); fix: e.g. --min-tolerance-drop 0");
        }
        return c.withStop(a, d);
    }

    /** The calibration with another population (--population), refused when it would propose nothing new. */
    private static CalibrationSpec reduced(CalibrationSpec c, int population) {
        if (population < 2 || (int) Math.ceil(population / c.alpha()) - population < 1) {
            throw new Main.BadInput("ayni calibrate: --population " + population + " with the file's alpha " + c.alpha()
                    + " proposes nothing new; fix: give at least 2 particles");
        }
        return c.withPopulation(population);
    }

    static CalibrationSpec load(Path file) {
        try {
            return CalibrationReader.load(file, ExperimentCommand.measures());
        } catch (ScenarioException e) {
            throw new Main.BadInput(e.getMessage());
        }
    }

    /** The calibration with a screening's parameters fixed; a screening that does not fit the file is bad input. */
    static CalibrationSpec fixScreened(CalibrationSpec c, Path dir) {
        try {
            return c.fix(ayni.calibration.Screening.read(dir, c));
        } catch (ayni.calibration.Screening.BadScreening e) {
            throw new Main.BadInput("ayni calibrate: --fix-screened " + e.getMessage());
        }
    }

    static FileStore open(CalibrationSpec c, Summaries summaries, Path folder, boolean fresh) throws IOException {
        try {
            return Calibration.open(c, summaries, folder, fresh);
        } catch (Calibration.StaleSims e) {
            throw new Main.BadInput("ayni calibrate: " + e.getMessage());
        }
    }

    private static String command(CalibrationSpec c, Path out) {
        return "./ayni calibrate " + RunWriter.fileName(c.file()) + (out != null ? " --out " + out : "");
    }

    static void finish(Calibration.Outcome o, Path folder, Instant started, String command) throws IOException {
        CalibrationSpec c = o.spec();
        List<GenerationStats> gs = o.result().generations();
        Map<String, Object> scen = new LinkedHashMap<>();
        for (CalibrationSpec.Run r : c.scenarios()) {
            scen.put(r.key(), Map.of("file", r.scenario().file(), "sha256", r.scenario().sha256(), "steps", r.steps()));
        }
        Manifest m = new Manifest().put("kind", "calibration").put("calibration", c.name()).put("file", c.file())
                .put("sha256", c.sha256()).put("scenarios", scen).put("seed", c.seed()).put("population", c.population())
                .put("alpha", c.alpha()).put("minAcceptance", c.minAcceptance()).put("minToleranceDrop", c.minToleranceDrop())
                .put("fixedByScreening", fixed(c))
                .put("stop", o.result().stop().name().toLowerCase(Locale.ROOT)).put("generations", gs.size())
                .put("simulations", gs.get(gs.size() - 1).total() + o.predictive().size() + (o.planted() != null ? 1 : 0))
                .put("simulatedNow", o.simulatedNow()).put("threads", o.threads())
                .put("version", Manifest.version()).put("gitCommit", Manifest.gitCommit())
                .put("java", System.getProperty("java.version")).put("startedAt", started.toString())
                .put("endedAt", Instant.now().toString());
        CalibrationWriter.write(o, m, command, folder);
    }

    /** The parameters a screening fixed, for a manifest: id, value and the screening's folder. */
    static List<Map<String, Object>> fixed(CalibrationSpec c) {
        return c.screened().stream().map(f -> Map.<String, Object>of("parameter", f.param().id(), "value", f.value(),
                "screening", f.from())).toList();
    }

    @Command(name = "screen", mixinStandardHelpOptions = true,
            description = {"Morris screening of a calibration file's fitted parameters: which move the checks in the distance. "
                    + "Runs a Morris design over the priors' ranges with the calibration's own summaries and writes "
                    + "results/calibration/<name>/screen/: screening.csv, parameters.csv, screened.yaml, screening.png/svg, "
                    + "report.md, manifest.json.",
                    "Parameters whose overall scaled mu* is below the threshold share of the largest are named in screened.yaml; "
                            + "'ayni calibrate FILE --fix-screened DIR' fixes them at their prior's median. Defaults come from the "
                            + "file's 'screen:' block."},
            footer = CommandList.EXAMPLE + "./ayni calibrate screen scenarios/calibration/planted-organic.yaml")
    static final class Screen implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "calibration file")
        Path file;

        @Option(names = "--trajectories", paramLabel = "R", description = "Morris trajectories (default: the file's screen: block, else 20)")
        Integer trajectories;

        @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: results/calibration/<name>/screen)")
        Path out;

        @Option(names = "--threads", paramLabel = "N", description = "parallel simulations (default: all cores)")
        Integer threads;

        @Option(names = "--quiet", description = "no progress output")
        boolean quiet;

        @Override
        public Integer call() throws Exception {
            Instant started = Instant.now();
            CalibrationSpec c = load(file);
            CalibrationSpec.Screen settings = c.screen();
            if (trajectories != null) {
                if (trajectories < 2) {
                    throw new Main.BadInput("ayni calibrate screen: --trajectories " + trajectories + " must be at least 2 (a sigma "
                            + "needs two); fix: e.g. --trajectories 20");
                }
                settings = new CalibrationSpec.Screen(trajectories, settings.levels(), settings.threshold());
            }
            Path folder = out != null ? out : Path.of("results", "calibration", c.name(), "screen");
            FolderLock.acquireForCommand(folder, AtomicFolder.MANIFEST);
            int cores = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
            int points = settings.trajectories() * (c.parameters().size() + 1);
            ayni.calibration.Screening.Result r;
            try (Progress progress = new Progress(c.name() + " screen", points, quiet, spec.commandLine().getErr())) {
                r = ayni.calibration.Screening.run(c, Calibration.summaries(c), settings, cores, progress::done);
            }
            Manifest m = new Manifest().put("kind", "screening").put("calibration", c.name()).put("file", c.file())
                    .put("sha256", c.sha256()).put("seed", c.seed()).put("trajectories", settings.trajectories())
                    .put("levels", settings.levels()).put("threshold", settings.threshold()).put("simulations", r.points())
                    .put("fixed", r.overall().stream().filter(ayni.calibration.Screening.Overall::fixed)
                            .map(ayni.calibration.Screening.Overall::parameter).toList())
                    .put("threads", cores).put("wallSeconds", r.nanos() / 1e9).put("cpuSeconds", r.cpuNanos() / 1e9)
                    .put("loadAverage", r.load()).put("version", Manifest.version()).put("gitCommit", Manifest.gitCommit())
                    .put("java", System.getProperty("java.version")).put("startedAt", started.toString())
                    .put("endedAt", Instant.now().toString());
            String command = "./ayni calibrate screen " + RunWriter.fileName(c.file())
                    + (trajectories != null ? " --trajectories " + trajectories : "") + (out != null ? " --out " + out : "");
            ayni.output.ScreenWriter.write(r, m, command, folder);
            PrintWriter o = spec.commandLine().getOut();
            for (ayni.calibration.Screening.Overall ov : r.overall()) {
                o.printf(Locale.ROOT, "%s: %s: overall scaled mu* %.4g (%.2f of the largest): %s%n", c.name(), ov.parameter(),
                        ov.muStar(), ov.share(), ov.fixed() ? "does not move the checks, fixed at " + ov.fixedAt() : "kept");
            }
            o.printf("  -> %s%n", folder.resolve("report.md"));
            return 0;
        }
    }

    @Command(name = "coverage", mixinStandardHelpOptions = true,
            description = "Coverage study: plant parameter sets drawn from the prior one after another, calibrate each against "
                    + "its own planted run, and report how often the 90 %% intervals cover the planted values (results/calibration/"
                    + "<name>-coverage/: coverage.csv, report.md, manifest.json). Each set's simulations are stored: a study "
                    + "killed and started again resumes.")
    static final class Coverage implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "calibration file (its targets are ignored)")
        Path file;

        @Option(names = "--sets", paramLabel = "N", defaultValue = "20", description = "planted sets (default: ${DEFAULT-VALUE})")
        int sets;

        @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: results/calibration/<name>-coverage)")
        Path out;

        @Option(names = "--threads", paramLabel = "N", description = "parallel simulations (default: all cores)")
        Integer threads;

        @Override
        public Integer call() throws Exception {
            Instant started = Instant.now();
            if (sets < 1) throw new Main.BadInput("ayni calibrate coverage: --sets " + sets + " must be at least 1; fix: e.g. --sets 20");
            CalibrationSpec c = load(file);
            Path folder = out != null ? out : Path.of("results", "calibration", c.name() + "-coverage");
            FolderLock.acquireForCommand(folder, AtomicFolder.MANIFEST, "set-000");
            int cores = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
            PrintWriter o = spec.commandLine().getOut();
            List<ayni.calibration.CoverageStudy.SetResult> results;
            try {
                results = ayni.calibration.CoverageStudy.run(c, sets, folder, cores, r -> o.printf(Locale.ROOT,
                        "%s: set %d of %d: %d of %d intervals cover the planted values (%d generations, %d simulations)%n", c.name(),
                        r.set() + 1, sets, r.marginals().stream().filter(ayni.calibration.Marginal::covers).count(),
                        r.marginals().size(), r.generations(), r.simulations()));
            } catch (Calibration.StaleSims e) {
                throw new Main.BadInput("ayni calibrate coverage: " + e.getMessage());
            }
            Manifest m = new Manifest().put("kind", "coverage").put("calibration", c.name()).put("file", c.file())
                    .put("sha256", c.sha256()).put("sets", sets).put("seed", c.seed())
                    .put("coverage", ayni.calibration.CoverageStudy.coverage(results)).put("threads", cores)
                    .put("version", Manifest.version()).put("gitCommit", Manifest.gitCommit())
                    .put("java", System.getProperty("java.version")).put("startedAt", started.toString())
                    .put("endedAt", Instant.now().toString());
            ayni.output.CoverageWriter.write(c, results, m, "./ayni calibrate coverage " + RunWriter.fileName(c.file())
                    + " --sets " + sets + (out != null ? " --out " + out : ""), folder);
            o.printf(Locale.ROOT, "%s: coverage of the 90 %% intervals %.3f over %d sets -> %s%n", c.name(),
                    ayni.calibration.CoverageStudy.coverage(results), sets, folder.resolve("report.md"));
            return 0;
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Join the simulations that shards (--shard i/n) stored in their folders into one folder; start the "
                    + "shards (or an unsharded run) again on it to go on to the next generation.")
    static final class Merge implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "the calibration file the shards ran")
        Path file;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "SHARD_DIR", description = "the shards' result folders")
        List<Path> shards;

        @Option(names = "--out", paramLabel = "DIR", description = "folder to merge into (default: results/calibration/<name>)")
        Path out;

        @Option(names = "--population", paramLabel = "N", description = "the --population the shards ran with, if any")
        Integer population;

        @Override
        public Integer call() throws Exception {
            CalibrationSpec c = population == null ? load(file) : reduced(load(file), population);
            Summaries summaries = Calibration.summaries(c);
            Path folder = out != null ? out : Path.of("results", "calibration", c.name());
            FolderLock.acquireForCommand(folder, AtomicFolder.MANIFEST, "sims");
            FileStore store = open(c, summaries, folder, false);
            int copied = 0;
            for (Path s : shards) {
                if (!Files.isDirectory(s.resolve("sims"))) {
                    throw new Main.BadInput("ayni calibrate merge: " + s + " holds no sims/ folder; fix: give the folders the "
                            + "shards wrote (their --out or results/calibration/" + c.name() + ")");
                }
                if (s.resolve("sims").toAbsolutePath().normalize().equals(store.dir().toAbsolutePath().normalize())) continue;
                // opening checks the shard's stamp: simulations of another version are refused
                copied += store.copyFrom(open(c, summaries, s, false));
            }
            spec.commandLine().getOut().printf("%s: merged %d simulations from %d shard folders into %s%n", c.name(), copied,
                    shards.size(), store.dir());
            return 0;
        }
    }
}
