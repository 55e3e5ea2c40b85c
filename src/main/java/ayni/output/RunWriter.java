package ayni.output;

import ayni.experiment.SingleRun;
import ayni.metrics.DependencePageRank;
import ayni.model.AyniModel;
import ayni.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/** Writes one run's results folder: timeseries.csv, events.csv, the charts (docs/ODD.md 9.3), network-final.graphml, network-dynamic.gexf, manifest.json. */
public final class RunWriter {
    private RunWriter() {}

    public static void write(SingleRun.Result result, Path folder, Instant started, Instant ended) throws IOException {
        write(result, java.util.List.of(), null, folder, started, ended);
    }

    /**
     * @param snapshots networks taken at chosen months: each written as network-YYYY-MM.graphml, and together as
     *                  RSiena panel waves in siena/ (when there are at least two)
     * @param history   the ties' lives for network-dynamic.gexf (null: no GEXF)
     */
    public static void write(SingleRun.Result result, java.util.List<ayni.metrics.NetworkSnapshot> snapshots,
                             ayni.metrics.TieHistory history, Path folder, Instant started, Instant ended) throws IOException {
        write(result, snapshots, history, folder, started, ended, true, null);
    }

    /**
     * As above, writing independent files side by side on the machine's cores (longest first) and telling
     * {@code progress} as each is done; the manifest comes last.
     *
     * @param finalNetwork write network-final.graphml and its picture (a whole country's network is left out unless
     *                     asked for: its positions take longer than the run, and the file is of gigabytes)
     */
    public static void write(SingleRun.Result result, java.util.List<ayni.metrics.NetworkSnapshot> snapshots,
                             ayni.metrics.TieHistory history, Path folder, Instant started, Instant ended,
                             boolean finalNetwork, OutputJobs.Listener progress) throws IOException {
        AyniModel m = result.model();
        Scenario s = m.scenario();
        try (AtomicFolder out = new AtomicFolder(folder)) {
            // the report's network views from the run in memory, while the rest is written (the world is only read now)
            java.util.concurrent.atomic.AtomicReference<String> views = new java.util.concurrent.atomic.AtomicReference<>();
            try (OutputJobs jobs = new OutputJobs(progress)) {
                double[] pr = new DependencePageRank().compute(m.world(), m.getParameters().getPagerankDamping());
                // the final network's positions (exact betweenness and closeness in small runs) on an output thread
                // first, its picture and GraphML right after them (the longest chain of jobs), while this thread
                // builds the charts
                if (finalNetwork) jobs.submit("network-final", () -> {
                    ayni.metrics.NetworkSnapshot last = ayni.metrics.NetworkSnapshot.of(m.world(), pr);
                    jobs.submitNext("network-final.graphml", () -> GraphMlWriter.write(last, out.dir().resolve("network-final.graphml")));
                    jobs.submitNext("network-final.png", () -> NetworkPicture.write(last, s.title(), out.dir(), "network-final"));
                });
                if (history != null) {
                    jobs.submit("network-dynamic.gexf", () -> GexfWriter.write(m.world(), history, m.date(), s.title(),
                            out.dir().resolve("network-dynamic.gexf")));
                    jobs.submit("network views", () -> views.set(ReportPages.json(NetworkViews.of(m.world(), history, m.date()),
                            java.time.YearMonth.parse(result.series().date(result.series().size() - 1)))));
                }
                String source = "Source: Ayni " + Manifest.version() + ", scenario " + s.name() + " (" + fileName(s.file())
                        + "), seed " + m.seed() + ".";
                java.util.Map<String, String> names = names(m.world());
                jobs.collect(() -> RunCharts.write(result.series(), m.world(), pr,
                        EventMarkers.Marks.of(m.eventLog().entries(), names), s.title(), source, out.dir()));
                jobs.submit("timeseries.csv", () -> TimeSeriesCsv.write(result.series(), out.dir().resolve("timeseries.csv")));
                jobs.submit("events.csv", () -> EventsCsv.write(m.eventLog().entries(), names, out.dir().resolve("events.csv")));
                for (ayni.metrics.NetworkSnapshot n : snapshots) {
                    jobs.submit("network-" + n.month() + ".graphml",
                            () -> GraphMlWriter.write(n, out.dir().resolve("network-" + n.month() + ".graphml")));
                    jobs.submit("network-" + n.month() + ".png",
                            () -> NetworkPicture.write(n, s.title(), out.dir(), "network-" + n.month()));
                }
                if (snapshots.size() >= 2) jobs.submit("siena", () -> SienaWriter.write(snapshots, out.dir().resolve("siena")));
            }
            manifest(result, started, ended).write(out.dir().resolve("manifest.json"));
            ReportPages.write(out.dir(), views.get());
            out.commit();
        }
    }

    static Manifest manifest(SingleRun.Result r, Instant started, Instant ended) {
        AyniModel m = r.model();
        Scenario s = m.scenario();
        return new Manifest()
                .put("scenario", s.name())
                .put("title", s.title())
                .put("scenarioFile", fileName(s.file()))
                .put("scenarioSha256", s.sha256())
                .put("bases", s.bases().stream().map(RunWriter::fileName).toList())
                .put("seed", m.seed())
                .put("start", s.start().toString())
                .put("end", m.date().toString())
                .put("steps", r.series().size())
                .put("parameters", m.getParameters().values())
                .put("version", Manifest.version())
                .put("gitCommit", Manifest.gitCommit())
                .put("java", System.getProperty("java.version"))
                .put("startedAt", started.toString())
                .put("endedAt", ended.toString())
                .put("runSeconds", r.nanos() / 1e9)
                .put("measureSeconds", r.measureNanos() / 1e9);
    }

    /** Every actor's name by id, those never present included (events may name them). */
    static java.util.Map<String, String> names(ayni.agents.World w) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (ayni.agents.Actor a : w.actors()) names.put(a.id(), a.name());
        return names;
    }

    /** Scenario file as given, with separators normalised; never an absolute path of this machine. */
    public static String fileName(String file) {
        Path p = Path.of(file);
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : p.getFileName()).toString().replace('\\', '/');
    }
}
