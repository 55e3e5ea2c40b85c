package ayni.cli;

import ayni.experiment.ExperimentRunner;
import ayni.experiment.PatternPlan;
import ayni.experiment.PatternScore;
import ayni.experiment.Plan;
import ayni.experiment.RunRecord;
import ayni.experiment.RunStore;
import ayni.output.AtomicFolder;
import ayni.output.FolderLock;
import ayni.output.Manifest;
import ayni.output.PatternWriter;
import ayni.output.RunWriter;
import ayni.scenario.ExperimentReader;
import ayni.scenario.PatternReader;
import ayni.scenario.PatternSpec;
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
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "patterns", mixinStandardHelpOptions = true,
        description = {"Score the model against the thesis's stylized facts (pattern files, scenarios/patterns/sf*.yaml).",
                "Runs every scenario, what-if and parameter contrast the checks read, each run once and shared by every check "
                        + "that reads it, in parallel; writes patterns.csv, report.md, scorecard.png/svg and manifest.json to "
                        + "results/patterns/ (or --out). Finished runs are kept in <folder>/runs/: a run killed and started "
                        + "again runs only what is missing."},
        footer = CommandList.EXAMPLE + "./ayni patterns --replications 30")
final class PatternsCommand implements Callable<Integer> {
    static final Path DEFAULT_DIR = Path.of("scenarios", "patterns");
    static final String CHANGELOG = "CHANGELOG.yaml";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "pattern files (default: every sf*.yaml in scenarios/patterns)")
    List<Path> files;

    @Option(names = "--replications", paramLabel = "N", defaultValue = "30",
            description = "replications per scenario and arm (default: ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/patterns",
            description = "results folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--changelog", paramLabel = "FILE",
            description = "the pattern changelog printed in the report (default: CHANGELOG.yaml beside the pattern files)")
    Path changelog;

    @Option(names = "--threads", paramLabel = "N", description = "parallel runs (default: all cores)")
    Integer threads;

    @Option(names = "--fresh", description = "discard runs stored by an earlier, different set of pattern runs in --out")
    boolean fresh;

    @Option(names = "--quiet", description = "no progress output")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Instant started = Instant.now();
        if (replications < 2 || replications > 10_000) {
            throw new Main.BadInput("ayni patterns: --replications " + replications + " is out of range; fix: give 2 .. 10000 "
                    + "(an interval needs at least 2; the committed report uses 30)");
        }
        List<Path> given = files == null || files.isEmpty() ? defaults() : files;
        ExperimentReader.Measures measures = ExperimentCommand.measures();
        List<PatternSpec> patterns = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path f : given) {
            try {
                PatternSpec p = PatternReader.load(f, measures);
                if (!names.add(p.name())) {
                    throw new Main.BadInput(p.file() + ": name: pattern '" + p.name() + "' is given twice; fix: name each file once");
                }
                patterns.add(p);
            } catch (ScenarioException e) {
                throw new Main.BadInput(e.getMessage());
            }
        }
        Path log = changelog != null ? changelog : given.get(0).toAbsolutePath().getParent().resolve(CHANGELOG);
        List<PatternSpec.Change> changes;
        try {
            changes = Files.isRegularFile(log) || changelog != null ? PatternReader.changelog(log) : List.of();
        } catch (ScenarioException e) {
            throw new Main.BadInput(e.getMessage());
        }
        int cores = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        PatternPlan plan = new PatternPlan(patterns, replications);
        FolderLock.acquireForCommand(out, AtomicFolder.MANIFEST, "runs"); // one writer per folder, refused at the start
        PrintWriter o = spec.commandLine().getOut();
        Map<String, List<RunRecord>> runs = new LinkedHashMap<>();
        int ran = 0;
        for (Plan p : plan.plans()) {
            Path folder = out.resolve("runs").resolve(p.spec().name());
            RunStore store = ExperimentCommand.open(p, folder, fresh);
            int todo = 0;
            for (Plan.Run r : p.runs()) if (!store.has(r.index())) todo++;
            Progress progress = new Progress(p.spec().name(), todo, quiet, spec.commandLine().getErr());
            long t0 = System.nanoTime();
            int now = ExperimentRunner.run(p, p.runs(), store, cores, progress::done);
            progress.close();
            ran += now;
            if (!quiet) {
                o.printf("%s: %d runs (%d arms x %d replications), %d run now in %.1f s on %d threads%n", p.spec().name(), p.size(),
                        p.spec().arms().size(), replications, now, (System.nanoTime() - t0) / 1e9, cores);
            }
            runs.put(p.spec().name(), ExperimentCommand.load(p, store));
        }
        List<PatternScore.FactResult> facts = PatternScore.score(patterns, plan, runs);
        PatternWriter.write(new PatternWriter.Inputs(facts, changes, replications, plan.size(),
                manifest(patterns, plan, log, changes, started, cores, ran), command(given)), out);
        long holding = facts.stream().filter(PatternScore.FactResult::holds).count();
        for (PatternScore.FactResult f : facts) {
            o.printf("  %-5s %-6s %s%n", f.pattern().fact(), f.holds() ? "holds" : "fails", f.pattern().title());
        }
        o.printf("%d of %d facts hold -> %s%n", holding, facts.size(), out.resolve("report.md"));
        return 0;
    }

    private static List<Path> defaults() throws IOException {
        if (!Files.isDirectory(DEFAULT_DIR)) {
            throw new Main.BadInput("ayni patterns: no pattern file given and no " + DEFAULT_DIR + " folder here; fix: run from the "
                    + "project folder or name the files, e.g. ayni patterns scenarios/patterns/sf01-dual-pole.yaml");
        }
        try (Stream<Path> s = Files.list(DEFAULT_DIR)) {
            return s.filter(p -> p.getFileName().toString().matches("sf\\d+.*\\.yaml")).sorted().toList();
        }
    }

    private String command(List<Path> given) {
        StringBuilder cmd = new StringBuilder("./ayni patterns");
        if (files != null && !files.isEmpty()) for (Path f : files) cmd.append(' ').append(RunWriter.fileName(f.toString()));
        cmd.append(" --replications ").append(replications);
        if (!out.equals(Path.of("results", "patterns"))) cmd.append(" --out ").append(out);
        return cmd.toString();
    }

    private static Manifest manifest(List<PatternSpec> patterns, PatternPlan plan, Path log, List<PatternSpec.Change> changes,
                                     Instant started, int threads, int ran) {
        List<Map<String, Object>> files = new ArrayList<>();
        for (PatternSpec p : patterns) {
            files.add(Map.of("fact", p.fact(), "file", RunWriter.fileName(p.file()), "sha256", p.sha256(),
                    "buildSubset", p.buildSubset()));
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Plan p : plan.plans()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("scenario", p.spec().scenario().name());
            g.put("scenarioFile", RunWriter.fileName(p.spec().scenario().file()));
            g.put("scenarioSha256", p.spec().scenario().sha256());
            g.put("arms", p.spec().arms().stream().map(a -> Map.of("name", a.name(), "scenario", a.scenario().name(),
                    "scenarioSha256", a.scenario().sha256(), "set", a.set())).toList());
            g.put("seed", p.spec().seed());
            g.put("steps", p.spec().steps());
            g.put("record", p.spec().record());
            g.put("runs", p.size());
            groups.add(g);
        }
        return new Manifest().put("kind", "patterns").put("patterns", files).put("changelog", RunWriter.fileName(log.toString()))
                .put("changelogEntries", changes.size()).put("replications", plan.replications())
                .put("seeds", "replication i of every arm of a scenario uses the scenario's seed + i")
                .put("measureInterval", PatternPlan.MEASURE_INTERVAL).put("scenarios", groups).put("runs", plan.size())
                .put("runsRunNow", ran).put("threads", threads).put("version", Manifest.version())
                .put("gitCommit", Manifest.gitCommit()).put("java", System.getProperty("java.version"))
                .put("startedAt", started.toString()).put("endedAt", Instant.now().toString());
    }
}
