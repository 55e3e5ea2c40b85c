package ayni.output;

import ayni.domain.ActorKind;
import ayni.experiment.Comparison;
import ayni.experiment.PosteriorSpread;
import ayni.experiment.Interval;
import ayni.experiment.Measures;
import ayni.experiment.Replicates.Run;
import ayni.metrics.TimeSeries;
import ayni.scenario.Scenario;
import java.awt.Color;
import java.awt.Paint;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a base-versus-what-if comparison folder: compare.csv (per step and measure, each arm's mean and 95%
 * interval and the paired difference), summary.csv and summary.md (end of period), the charts of both arms with
 * events marked, and manifest.json.
 */
public final class CompareWriter {
    private static final Color BASE = new Color(0x1f77b4), WHATIF = new Color(0xd62728), DIFF = new Color(0x2ca02c);

    private CompareWriter() {}

    /** The things a comparison is made of. */
    public record Inputs(Scenario base, Scenario whatif, List<Run> baseRuns, List<Run> whatifRuns, Comparison comparison,
                         Manifest manifest, PosteriorSpread posterior) {
        public Inputs(Scenario base, Scenario whatif, List<Run> baseRuns, List<Run> whatifRuns, Comparison comparison,
                      Manifest manifest) {
            this(base, whatif, baseRuns, whatifRuns, comparison, manifest, null);
        }
    }

    public static void write(Inputs in, Path folder) throws IOException {
        try (AtomicFolder out = new AtomicFolder(folder)) {
            Path dir = out.dir();
            compareCsv(in.comparison(), dir.resolve("compare.csv"));
            summaryCsv(in.comparison(), dir.resolve("summary.csv"));
            Files.writeString(dir.resolve("summary.md"), summaryMd(in), StandardCharsets.UTF_8);
            charts(in, dir);
            EventsCsv.write(in.whatifRuns().get(0).events(), names(in), dir.resolve("events-whatif.csv"));
            EventsCsv.write(in.baseRuns().get(0).events(), names(in), dir.resolve("events-base.csv"));
            in.manifest().write(dir.resolve("manifest.json"));
            if (in.posterior() != null) varianceCsv(in.posterior(), dir.resolve("variance.csv"));
            ReportPages.write(dir);
            out.commit();
        }
    }

    /** Names of both arms' actors by id. */
    static java.util.Map<String, String> names(Inputs in) {
        java.util.Map<String, String> names = new java.util.HashMap<>(EventWords.names(in.base()));
        names.putAll(EventWords.names(in.whatif()));
        return names;
    }

    static void compareCsv(Comparison c, Path file) throws IOException {
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                .setHeader("date", "measure", "arm", "mean", "low", "high", "n").get();
        try (Writer w = TextFile.writer(file); CSVPrinter p = new CSVPrinter(w, fmt)) {
            for (int m = 0; m < c.measures().size(); m++) {
                for (int t = 0; t < c.dates().size(); t++) {
                    row(p, c.dates().get(t), c.measures().get(m), "base", c.base(m, t));
                    row(p, c.dates().get(t), c.measures().get(m), "whatif", c.whatif(m, t));
                    row(p, c.dates().get(t), c.measures().get(m), "difference", c.difference(m, t));
                }
            }
        }
    }

    private static void row(CSVPrinter p, String date, String measure, String arm, Interval i) throws IOException {
        p.printRecord(date, measure, arm, num(i.mean()), num(i.low()), num(i.high()), i.n());
    }

    static void summaryCsv(Comparison c, Path file) throws IOException {
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader("measure", "base_mean", "base_low",
                "base_high", "whatif_mean", "whatif_low", "whatif_high", "difference_mean", "difference_low",
                "difference_high", "difference_p", "unpaired_low", "unpaired_high", "variance_reduction", "n").get();
        try (Writer w = TextFile.writer(file); CSVPrinter p = new CSVPrinter(w, fmt)) {
            for (Comparison.End e : c.end()) {
                p.printRecord(e.measure(), num(e.base().mean()), num(e.base().low()), num(e.base().high()),
                        num(e.whatif().mean()), num(e.whatif().low()), num(e.whatif().high()), num(e.paired().mean()),
                        num(e.paired().low()), num(e.paired().high()), num(e.paired().pValue()), num(e.unpaired().low()),
                        num(e.unpaired().high()), num(e.varianceReduction()), e.paired().n());
            }
        }
    }

    /** variance.csv of a run over a posterior: each measure's decomposition per arm (or difference). */
    static void varianceCsv(PosteriorSpread pu, Path file) throws IOException {
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader("measure", "arm", "mean", "parameterVariance",
                "stochasticVariance", "parameterShare", "sets", "seeds").get();
        try (Writer w = TextFile.writer(file); CSVPrinter p = new CSVPrinter(w, fmt)) {
            for (PosteriorSpread.Row r : pu.rows()) {
                p.printRecord(r.measure(), r.arm(), num(r.d().mean()), num(r.d().parameter()), num(r.d().stochastic()),
                        num(r.d().parameterShare()), r.d().sets(), r.d().seeds());
            }
        }
    }

    /**
     * The report section of a run over a posterior.
     *
     * @param what "comparison" or "experiment" (whose seed drew the parameter sets)
     */
    static void posteriorMd(StringBuilder sb, PosteriorSpread pu, String what) {
        sb.append("\n## Over the calibrated posterior\n\n").append(pu.draws()).append(" parameter sets were drawn by weight from `")
                .append(RunWriter.fileName(pu.file())).append("` (with the ").append(what).append("'s seed), each run with ")
                .append(pu.seeds()).append(" seeds; every arm uses the same parameter sets and seeds, pair by pair (replication i runs ")
                .append("draw ⌊i / ").append(pu.seeds()).append("⌋ with seed + i). Posterior parameters applied: ")
                .append(pu.use().applied().isEmpty() ? "none" : String.join(", ", pu.use().applied())).append(".");
        if (!pu.use().overridden().isEmpty()) {
            sb.append(" Set by an arm or sweep itself, which overrides the posterior's draw there: ")
                    .append(String.join("; ", pu.use().overridden())).append(".");
        }
        if (!pu.use().notApplied().isEmpty()) {
            sb.append(" Not applied (fitted for other scenarios only): ").append(String.join(", ", pu.use().notApplied())).append(".");
        }
        sb.append(" The intervals pool all runs; the table splits each end-of-period value's variance (estimates, one-way ")
                .append("random-effects ANOVA, docs/statistics.md) into the part due to parameter uncertainty (between parameter ")
                .append("sets) and the stochastic part (between seeds within a set).\n\n");
        sb.append("| Measure | Arm | Mean | Parameter variance | Stochastic variance | Share from parameters |\n|---|---|---|---|---|---|\n");
        for (PosteriorSpread.Row r : pu.rows()) {
            sb.append("| ").append(r.measure()).append(" | ").append(r.arm()).append(" | ").append(Numbers.of(r.d().mean())).append(" | ")
                    .append(Numbers.of(r.d().parameter())).append(" | ").append(Numbers.of(r.d().stochastic())).append(" | ")
                    .append(Double.isNaN(r.d().parameterShare()) ? "n/a" : String.format(java.util.Locale.ROOT, "%.0f %%",
                            100 * r.d().parameterShare())).append(" |\n");
        }
    }

    static String summaryMd(Inputs in) {
        Comparison c = in.comparison();
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(in.whatif().title()).append("\n\n");
        sb.append("Compared with **").append(in.base().title()).append("** (`").append(in.base().name()).append("`), ")
                .append(in.baseRuns().size()).append(" replications per arm; replication i of both arms uses the same seed (")
                .append(in.baseRuns().get(0).seed()).append(" + i), so the arms share their random numbers.\n\n");
        sb.append("Values are each run's mean over the last ").append(c.window()).append(" months (")
                .append(c.dates().get(Math.max(0, c.dates().size() - c.window()))).append(" to ")
                .append(c.dates().get(c.dates().size() - 1)).append("), averaged over replications, with 95% confidence")
                .append(" intervals. *Difference* is what-if minus base, paired by replication; *unpaired* is the interval")
                .append(" the same runs would give without pairing; *variance ratio* is how many times smaller pairing")
                .append(" makes the variance of the difference.\n\n");
        sb.append("Shares are in percent and their differences in percentage points (pp); each row is rounded to the ")
                .append("precision of its largest value.\n\n");
        sb.append("| measure | base | what-if | difference (95% CI) | p | unpaired 95% CI | variance ratio |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        for (Comparison.End e : c.end()) {
            MeasureNames.Name name = MeasureNames.of(e.measure());
            int d = Numbers.decimalsFor(e.base().mean(), e.whatif().mean(), e.paired().low(), e.paired().high(),
                    e.unpaired().low(), e.unpaired().high());
            sb.append("| ").append(name.words()).append(name.unit() == MeasureNames.Unit.USD ? " (US$ per month)" : "")
                    .append(" | ").append(name.level(e.base().mean(), d)).append(" | ")
                    .append(name.level(e.whatif().mean(), d)).append(" | ").append(name.difference(e.paired().mean(), d))
                    .append(" (").append(name.difference(e.paired().low(), d)).append(" to ")
                    .append(name.difference(e.paired().high(), d)).append(") | ").append(Numbers.p(e.paired().pValue()))
                    .append(" | ").append(name.difference(e.unpaired().low(), d)).append(" to ")
                    .append(name.difference(e.unpaired().high(), d)).append(" | ").append(ratio(e.varianceReduction()))
                    .append(" |\n");
        }
        sb.append("\nEvents of the what-if (besides those of the base) are listed in `events-whatif.csv`; the charts mark them.\n");
        if (in.posterior() != null) posteriorMd(sb, in.posterior(), "comparison");
        return sb.toString();
    }

    private static void charts(Inputs in, Path dir) throws IOException {
        Comparison c = in.comparison();
        java.util.Map<String, String> names = names(in);
        EventMarkers.Marks ev = EventMarkers.Marks.of(in.whatifRuns().get(0).events(), names),
                evBase = EventMarkers.Marks.of(in.baseRuns().get(0).events(), names);
        int n = in.baseRuns().size();
        String src = "Source: Ayni " + Manifest.version() + ", " + n + " paired replications, seeds " + in.baseRuns().get(0).seed()
                + "-" + in.baseRuns().get(n - 1).seed() + ". Base: " + in.base().title() + ". What-if: " + in.whatif().title() + ".";
        for (String arm : List.of("base", "whatif")) {
            List<Run> runs = arm.equals("base") ? in.baseRuns() : in.whatifRuns();
            Scenario s = arm.equals("base") ? in.base() : in.whatif();
            EventMarkers.Marks marks = arm.equals("base") ? evBase : ev;
            List<double[]> power = new ArrayList<>();
            for (ActorKind k : ActorKind.values()) power.add(meanColumn(runs, "powerPagerank_" + k.key(), c.dates().size()));
            ChartFiles.write(PowerChart.byKind("Share of power by actor kind (mean of " + n + " runs): " + s.title(),
                    "Share of power (% of total PageRank)", c.dates(), power, src, marks), dir, "power-by-kind-" + arm);
            ChartFiles.write(Charts.fundingByChannel("Funding by channel (mean of " + n + " runs): " + s.title(), c.dates(),
                    runs.get(0).series().columns(), col -> meanColumn(runs, col, c.dates().size()), src, marks), dir,
                    "funding-by-channel-" + arm);
        }
        for (String m : Measures.CHARTED) {
            int i = c.indexOf(m);
            if (i < 0) continue;
            MeasureNames.Name name = MeasureNames.of(m);
            String unit = name.unit() == MeasureNames.Unit.NONE ? "" : ", " + name.unit().level;
            ChartFiles.write(Charts.bands(name.words() + ": base and what-if" + unit + " (means with 95% confidence bands)",
                    name.axis(), c.dates(), List.of(band("base", c, i, 0, BASE, name.scale()),
                            band("what-if", c, i, 1, WHATIF, name.scale())), src, ev), dir, "arms-" + m);
            ChartFiles.write(Charts.bands(name.words() + ": what-if minus base" + (name.unit() == MeasureNames.Unit.NONE ? ""
                            : ", " + name.unit().difference) + " (paired, with 95% confidence band)",
                    name.differenceAxis("what-if minus base"), c.dates(),
                    List.of(band("what-if minus base", c, i, 2, DIFF, name.scale())), src, ev), dir, "difference-" + m);
        }
    }

    /** @param scale 100 for shares, so the chart reads in percent (or percentage points) */
    private static Charts.Band band(String label, Comparison c, int m, int which, Paint paint, double scale) {
        int steps = c.dates().size();
        double[] mean = new double[steps], lo = new double[steps], hi = new double[steps];
        for (int t = 0; t < steps; t++) {
            Interval x = which == 0 ? c.base(m, t) : which == 1 ? c.whatif(m, t) : c.difference(m, t);
            mean[t] = x.mean() * scale;
            lo[t] = x.low() * scale;
            hi[t] = x.high() * scale;
        }
        return new Charts.Band(label, mean, lo, hi, paint);
    }

    static double[] meanColumn(List<Run> runs, String column, int steps) {
        double[] out = new double[steps];
        for (Run r : runs) {
            TimeSeries ts = r.series();
            double[] c = ts.column(column);
            for (int t = 0; t < steps && t < c.length; t++) out[t] += c[t] / runs.size();
        }
        return out;
    }

    static String num(double v) {
        return Double.isNaN(v) ? "" : TimeSeriesCsv.number(v);
    }

    private static String ratio(double r) {
        if (Double.isInfinite(r)) return "∞ (no spread left)";
        if (Double.isNaN(r)) return "–";
        return String.format(Locale.ROOT, "%.1f", r);
    }
}
