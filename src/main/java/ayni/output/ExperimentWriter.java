package ayni.output;

import ayni.experiment.Interval;
import ayni.experiment.Plan;
import ayni.experiment.RunRecord;
import ayni.experiment.Sensitivity;
import ayni.experiment.Summary;
import ayni.experiment.Verdict;
import ayni.scenario.ExperimentSpec;
import ayni.scenario.ExperimentSpec.Arm;
import java.awt.Paint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an experiment's results beside its stored runs: the tidy CSVs (one row per run and recorded month; one row
 * per run at the end of the period), the summaries, the charts, {@code report.md} and the manifest. Everything is
 * written into a hidden folder first and moved into place file by file, so no file is ever half-written.
 */
public final class ExperimentWriter {
    /** What a report is made of. {@code verdicts} may be empty; {@code sensitivity} is null outside sweeps. */
    public record Inputs(Plan plan, List<RunRecord> runs, Summary summary, Sensitivity sensitivity, List<Verdict> verdicts,
                         Manifest manifest, String command, ayni.experiment.PosteriorSpread posterior) {
        /** An experiment over no posterior. */
        public Inputs(Plan plan, List<RunRecord> runs, Summary summary, Sensitivity sensitivity, List<Verdict> verdicts,
                      Manifest manifest, String command) {
            this(plan, runs, summary, sensitivity, verdicts, manifest, command, null);
        }
    }

    private ExperimentWriter() {}

    public static void write(Inputs in, Path folder) throws IOException {
        AtomicFolder.replaceFiles(folder, dir -> writeAll(in, dir));
    }

    private static void writeAll(Inputs in, Path dir) throws IOException {
        ExperimentSpec spec = in.plan().spec();
        tidy(in, dir);
        List<String> charts = new ArrayList<>();
        if (spec.kind() != ExperimentSpec.Kind.SWEEP) {
            summaryCsv(in.summary(), dir);
            charts.addAll(armCharts(in, dir));
        }
        if (spec.kind() == ExperimentSpec.Kind.PAIRED) {
            contrastCsv(in.summary(), dir);
            charts.addAll(contrastCharts(in, dir));
            charts.addAll(differenceCharts(in, dir));
        }
        if (spec.kind() == ExperimentSpec.Kind.REPLICATE_COUNT) precisionCsv(in.summary(), dir);
        if (in.sensitivity() != null) {
            sensitivityCsv(in.plan(), in.sensitivity(), dir);
            charts.addAll(ExperimentCharts.sensitivity(in.plan(), in.sensitivity(), dir));
        }
        if (!in.verdicts().isEmpty()) {
            HypothesisWriter.csv(in.verdicts(), dir.resolve("hypotheses.csv"));
            ExperimentCharts.forest(in.verdicts(), dir, "Hypotheses of experiment " + spec.name());
            charts.add("hypotheses-forest");
        }
        if (in.posterior() != null) CompareWriter.varianceCsv(in.posterior(), dir.resolve("variance.csv"));
        in.manifest().write(dir.resolve("manifest.json"));
        Files.writeString(dir.resolve("report.md"), ExperimentReport.markdown(in, charts), StandardCharsets.UTF_8);
        ReportPages.write(dir);
    }

    /** runs.csv: one row per run and recorded month; ends.csv: one row per run with the end-of-period values. */
    private static void tidy(Inputs in, Path dir) throws IOException {
        ExperimentSpec spec = in.plan().spec();
        List<String> factors = in.plan().factorNames();
        List<String> head = new ArrayList<>(List.of("experiment", "run", "arm", "point", "replication", "seed"));
        head.addAll(factors);
        List<String> overrides = overrideNames(spec);
        head.addAll(overrides);
        List<String> runsHead = new ArrayList<>(head);
        runsHead.add("step");
        runsHead.add("date");
        runsHead.addAll(spec.record());
        List<String> endsHead = new ArrayList<>(head);
        endsHead.add("window");
        endsHead.addAll(spec.record());
        try (CSVPrinter runs = printer(dir.resolve("runs.csv"), runsHead); CSVPrinter ends = printer(dir.resolve("ends.csv"), endsHead)) {
            for (RunRecord r : in.runs()) {
                List<String> id = identity(spec, r, factors, overrides);
                for (int row = 0; row < r.dates().size(); row++) {
                    List<String> line = new ArrayList<>(id);
                    line.add(Integer.toString(r.steps().get(row)));
                    line.add(r.dates().get(row));
                    for (double v : r.values()[row]) line.add(Double.toString(v));
                    runs.printRecord(line);
                }
                List<String> line = new ArrayList<>(id);
                line.add(Integer.toString(spec.window()));
                for (double v : r.end()) line.add(Double.toString(v));
                ends.printRecord(line);
            }
        }
    }

    /** Parameters set by some arm: a column each, so every row says which parameters it ran with. */
    private static List<String> overrideNames(ExperimentSpec spec) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (Arm a : spec.arms()) names.addAll(new java.util.TreeSet<>(a.set().keySet()));
        if (spec.sweep() != null) for (var p : spec.sweep().parameters()) names.remove(p.name());
        return new ArrayList<>(names);
    }

    private static List<String> identity(ExperimentSpec spec, RunRecord r, List<String> factors, List<String> overrides) {
        Plan.Run run = r.run();
        List<String> id = new ArrayList<>(List.of(spec.name(), Integer.toString(run.index()), run.arm(),
                Integer.toString(run.point()), Integer.toString(run.replication()), Long.toString(run.seed())));
        for (String f : factors) id.add(Double.toString(run.factors().get(f)));
        Arm arm = spec.arm(run.arm());
        for (String o : overrides) {
            Double v = arm.set().get(o);
            id.add(Double.toString(v != null ? v : arm.scenario().parameters().get(o)));
        }
        return id;
    }

    static CSVPrinter printer(Path f, List<String> header) throws IOException {
        CSVPrinter p = new CSVPrinter(TextFile.writer(f), CSVFormat.DEFAULT);
        try {
            p.printRecord(header);
        } catch (IOException e) {
            p.close(); // the caller never gets the printer to close
            throw e;
        }
        return p;
    }

    static String num(double v) {
        return Double.isNaN(v) ? "" : Double.isInfinite(v) ? (v > 0 ? "Inf" : "-Inf") : Double.toString(v);
    }

    private static void summaryCsv(Summary s, Path dir) throws IOException {
        try (CSVPrinter p = printer(dir.resolve("summary.csv"), List.of("arm", "measure", "date", "n", "mean", "sd", "low", "high"))) {
            for (Summary.Cell c : s.cells()) {
                Interval i = c.interval();
                p.printRecord(c.arm(), c.measure(), c.date(), i.n(), num(i.mean()), num(i.sd()), num(i.low()), num(i.high()));
            }
        }
    }

    private static void contrastCsv(Summary s, Path dir) throws IOException {
        try (CSVPrinter p = printer(dir.resolve("comparison.csv"), List.of("arm", "reference", "measure", "n", "referenceMean",
                "armMean", "difference", "pairedLow", "pairedHigh", "pairedP", "unpairedLow", "unpairedHigh", "varianceReduction"))) {
            for (Summary.Contrast c : s.contrasts()) {
                p.printRecord(c.arm(), c.reference(), c.measure(), c.paired().n(), num(c.referenceValue().mean()),
                        num(c.armValue().mean()), num(c.paired().mean()), num(c.paired().low()), num(c.paired().high()),
                        num(c.paired().pValue()), num(c.unpaired().low()), num(c.unpaired().high()), num(c.varianceReduction()));
            }
        }
    }

    private static void precisionCsv(Summary s, Path dir) throws IOException {
        try (CSVPrinter p = printer(dir.resolve("precision.csv"), List.of("arm", "measure", "pilot", "mean", "sd", "halfWidth",
                "target", "needed"))) {
            for (Summary.Need n : s.needs()) {
                p.printRecord(n.arm(), n.measure(), n.pilot(), num(n.mean()), num(n.sd()), num(n.halfWidth()), num(n.target()), n.needed());
            }
        }
    }

    private static void sensitivityCsv(Plan plan, Sensitivity s, Path dir) throws IOException {
        List<String> head = new ArrayList<>(List.of("point"));
        head.addAll(plan.factorNames());
        head.addAll(plan.spec().sweep().responses());
        try (CSVPrinter p = printer(dir.resolve("points.csv"), head)) {
            for (Sensitivity.Point pt : s.points()) {
                List<String> line = new ArrayList<>(List.of(Integer.toString(pt.point())));
                for (double v : pt.factors()) line.add(num(v));
                for (double v : pt.responses()) line.add(num(v));
                p.printRecord(line);
            }
        }
        if (s.effects().isEmpty()) return;
        List<String> keys = new ArrayList<>(s.effects().get(0).values().keySet());
        List<String> eh = new ArrayList<>(List.of("method", "response", "parameter"));
        eh.addAll(keys);
        try (CSVPrinter p = printer(dir.resolve("sensitivity.csv"), eh)) {
            for (Sensitivity.Effect e : s.effects()) {
                List<String> line = new ArrayList<>(List.of(s.design().key(), e.response(), e.factor()));
                for (String k : keys) line.add(num(e.get(k)));
                p.printRecord(line);
            }
        }
    }

    /** Arms over time with 95% bands, one chart per recorded measure (at most eight). */
    private static List<String> armCharts(Inputs in, Path dir) throws IOException {
        ExperimentSpec spec = in.plan().spec();
        List<String> names = new ArrayList<>();
        List<String> dates = in.summary().dates();
        for (String m : spec.record().subList(0, Math.min(8, spec.record().size()))) {
            List<Charts.Band> bands = new ArrayList<>();
            MeasureNames.Name words = MeasureNames.of(m);
            int a = 0;
            for (Arm arm : spec.arms()) {
                bands.add(band(arm.name(), in.summary().series(arm.name(), m), Charts.PALETTE[a++ % Charts.PALETTE.length],
                        words.scale()));
            }
            String name = "arms-" + m;
            ChartFiles.write(Charts.bands(words.words() + " by arm: " + spec.title(), words.axis(), dates, bands,
                    "Mean of " + spec.replications() + " replications per arm with 95% confidence bands; recorded "
                            + (spec.recordEvery() == 1 ? "every month" : "every " + spec.recordEvery() + " months") + ". Ayni experiment " + spec.name() + ".", null), dir, name);
            names.add(name);
        }
        return names;
    }

    /** A series of intervals as a chart band: means with their lower and upper bounds. */
    private static Charts.Band band(String name, List<Interval> ivs, Paint paint, double scale) {
        double[] mean = new double[ivs.size()], low = new double[ivs.size()], high = new double[ivs.size()];
        for (int t = 0; t < ivs.size(); t++) {
            mean[t] = ivs.get(t).mean() * scale;
            low[t] = ivs.get(t).low() * scale;
            high[t] = ivs.get(t).high() * scale;
        }
        return new Charts.Band(name, mean, low, high, paint);
    }

    /** Paired: each arm minus the reference arm over time, with 95% bands, for the first four recorded measures. */
    private static List<String> differenceCharts(Inputs in, Path dir) throws IOException {
        ExperimentSpec spec = in.plan().spec();
        List<String> names = new ArrayList<>();
        String ref = spec.arms().get(0).name();
        for (String m : spec.record().subList(0, Math.min(4, spec.record().size()))) {
            List<Charts.Band> bands = new ArrayList<>();
            MeasureNames.Name words = MeasureNames.of(m);
            int a = 1;
            for (Arm arm : spec.arms().subList(1, spec.arms().size())) {
                bands.add(band(arm.name() + " minus " + ref, in.summary().differenceSeries(arm.name(), m),
                        Charts.PALETTE[a++ % Charts.PALETTE.length], words.scale()));
            }
            String name = "paired-difference-" + m;
            ChartFiles.write(Charts.bands(words.words() + ": each arm minus " + ref + (words.unit() == MeasureNames.Unit.NONE ? ""
                            : ", " + words.unit().difference), words.differenceAxis("arm minus " + ref),
                    in.summary().dates(), bands, "Mean paired difference (same seed in both arms) over " + spec.replications()
                            + " replications with 95% bands: zero until an arm's first intervention, by common random numbers. "
                            + "Ayni experiment " + spec.name() + ".", null), dir, name);
            names.add(name);
        }
        return names;
    }

    /** Per measure: each arm's paired and unpaired intervals for the difference from the reference arm. */
    private static List<String> contrastCharts(Inputs in, Path dir) throws IOException {
        ExperimentSpec spec = in.plan().spec();
        List<String> names = new ArrayList<>();
        List<String> arms = new ArrayList<>();
        for (Arm a : spec.arms().subList(1, spec.arms().size())) arms.add(a.name());
        for (String m : spec.record().subList(0, Math.min(4, spec.record().size()))) {
            List<IntervalCharts.Row> rows = new ArrayList<>();
            MeasureNames.Name words = MeasureNames.of(m);
            double k = words.scale();
            for (String a : arms) {
                Summary.Contrast c = in.summary().contrast(a, m);
                rows.add(new IntervalCharts.Row(a, "paired (common random numbers)", k * c.paired().mean(), k * c.paired().low(),
                        k * c.paired().high()));
                rows.add(new IntervalCharts.Row(a, "unpaired (same runs)", k * c.unpaired().mean(), k * c.unpaired().low(),
                        k * c.unpaired().high()));
            }
            String name = "difference-" + m;
            ChartFiles.write(IntervalCharts.forest(words.words() + ": difference from " + spec.arms().get(0).name()
                            + " at the end of the period", words.differenceAxis("arm minus " + spec.arms().get(0).name()), arms,
                    List.of("paired (common random numbers)", "unpaired (same runs)"), rows, new double[] {0},
                    "95% intervals over " + spec.replications() + " replications; end value = mean of each run's last "
                            + spec.window() + " months. Ayni experiment " + spec.name() + "."),
                    dir, name, ChartFiles.WIDTH, Math.max(300, 140 + 90 * arms.size()));
            names.add(name);
        }
        return names;
    }

    /** Four significant digits, no exponent ({@link Numbers}). */
    static String fmt(double v) {
        if (Double.isFinite(v) && Math.abs(v) < 1e-9) return "0";
        return Numbers.fixed(v, Numbers.decimals(v, 4));
    }
}
