package ayni.output;

import ayni.calibration.Screening;
import ayni.scenario.CalibrationSpec;
import ayni.stats.abc.Prior;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A screening's results, written whole or not at all ({@link AtomicFolder}): {@code screening.csv} (one row per parameter
 * and check), {@code parameters.csv} (overall effects and the decision), {@code screened.yaml} (the parameters to fix,
 * which {@code ayni calibrate --fix-screened} reads), the Morris chart, {@code report.md} and the manifest.
 */
public final class ScreenWriter {
    private ScreenWriter() {}

    public static void write(Screening.Result r, Manifest manifest, String command, Path folder) throws IOException {
        Path parent = folder.toAbsolutePath().normalize().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (AtomicFolder out = new AtomicFolder(folder)) {
            Path dir = out.dir();
            try (CSVPrinter p = ExperimentWriter.printer(dir.resolve("screening.csv"), List.of("parameter", "check", "fact",
                    "muStar", "sigma", "spread", "scaledMuStar", "scaledSigma"))) {
                for (Screening.Effect e : r.effects()) {
                    p.printRecord(e.parameter(), e.check(), e.fact(), ExperimentWriter.num(e.muStar()), ExperimentWriter.num(e.sigma()),
                            ExperimentWriter.num(e.spread()), ExperimentWriter.num(e.scaledMuStar()), ExperimentWriter.num(e.scaledSigma()));
                }
            }
            try (CSVPrinter p = ExperimentWriter.printer(dir.resolve("parameters.csv"), List.of("parameter", "prior", "low", "high",
                    "scaledMuStar", "scaledSigma", "shareOfLargest", "fixed", "value"))) {
                for (int k = 0; k < r.overall().size(); k++) {
                    Screening.Overall o = r.overall().get(k);
                    Prior pr = r.priors().get(k);
                    p.printRecord(o.parameter(), pr.shape().key(), Double.toString(pr.low()), Double.toString(pr.high()),
                            ExperimentWriter.num(o.muStar()), ExperimentWriter.num(o.sigma()), ExperimentWriter.num(o.share()),
                            o.fixed(), ExperimentWriter.num(o.fixedAt()));
                }
            }
            Files.writeString(dir.resolve(Screening.SCREENED), yaml(r), StandardCharsets.UTF_8);
            ChartFiles.write(chart(r), dir, "screening", 900, 620);
            manifest.write(dir.resolve(AtomicFolder.MANIFEST));
            Files.writeString(dir.resolve("report.md"), markdown(r, command), StandardCharsets.UTF_8);
            out.commit();
        }
    }

    static String yaml(Screening.Result r) {
        CalibrationSpec s = r.spec();
        StringBuilder y = new StringBuilder("# Parameters of calibration ").append(s.name()).append(" that do not move its checks ")
                .append("(ayni calibrate screen), fixed at their prior's median.\n# Use: ayni calibrate ").append(RunWriter.fileName(s.file()))
                .append(" --fix-screened <this folder>\n");
        y.append("calibration: ").append(s.name()).append('\n');
        y.append("sha256: ").append(s.sha256()).append('\n');
        y.append("threshold: ").append(r.settings().threshold()).append('\n');
        y.append("fixed:").append(r.overall().stream().anyMatch(Screening.Overall::fixed) ? "\n" : " []\n");
        for (Screening.Overall o : r.overall()) {
            if (o.fixed()) y.append("  - {name: ").append(o.parameter()).append(", value: ").append(Double.toString(o.fixedAt())).append("}\n");
        }
        y.append("kept: [").append(String.join(", ", r.overall().stream().filter(o -> !o.fixed()).map(Screening.Overall::parameter)
                .toList())).append("]\n");
        return y.toString();
    }

    /** The standard Morris plot: each parameter's overall scaled mu* against its sigma, the fixing threshold as a line. */
    static JFreeChart chart(Screening.Result r) {
        XYSeries pts = new XYSeries("parameters", false, true);
        XYPlot plot = new XYPlot();
        double max = 0, maxSd = 0;
        for (Screening.Overall o : r.overall()) {
            if (!Double.isFinite(o.muStar())) continue;
            max = Math.max(max, o.muStar());
            if (Double.isFinite(o.sigma())) maxSd = Math.max(maxSd, o.sigma());
        }
        java.util.List<double[]> above = new java.util.ArrayList<>(); // points whose label sits above them
        for (Screening.Overall o : r.overall()) {
            double sd = Double.isFinite(o.sigma()) ? o.sigma() : 0;
            if (!Double.isFinite(o.muStar())) continue;
            pts.add(o.muStar(), sd);
            // a label above a point close to one already labelled above would overwrite it: put it below instead
            boolean crowded = false;
            for (double[] q : above) crowded |= Math.abs(q[0] - o.muStar()) < 0.3 * max && Math.abs(q[1] - sd) < 0.04 * maxSd;
            XYTextAnnotation a = new XYTextAnnotation("  " + o.parameter() + (o.fixed() ? " (fixed)" : ""), o.muStar(), sd);
            a.setTextAnchor(crowded ? org.jfree.ui.TextAnchor.TOP_LEFT : org.jfree.ui.TextAnchor.BOTTOM_LEFT);
            a.setFont(new Font("SansSerif", Font.PLAIN, 11));
            plot.addAnnotation(a);
            if (!crowded) above.add(new double[] {o.muStar(), sd});
        }
        XYLineAndShapeRenderer rend = new XYLineAndShapeRenderer(false, true);
        rend.setSeriesPaint(0, ayni.style.Palette.SERIES[0]);
        rend.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
        plot.setDataset(new XYSeriesCollection(pts));
        plot.setRenderer(rend);
        NumberAxis x = new NumberAxis("overall scaled mu* (mean |elementary effect| / check spread, facts weighed equally)");
        NumberAxis y = new NumberAxis("overall scaled sigma");
        x.setAutoRangeIncludesZero(true);
        y.setAutoRangeIncludesZero(true);
        x.setUpperMargin(0.35); // room for the labels
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        double cut = r.settings().threshold() * max;
        ValueMarker m = new ValueMarker(cut, Color.GRAY, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {5, 4}, 0));
        m.setLabel("fix below " + r.settings().threshold() + " × largest");
        m.setLabelFont(new Font("SansSerif", Font.PLAIN, 10));
        m.setLabelAnchor(org.jfree.ui.RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(org.jfree.ui.TextAnchor.TOP_LEFT);
        plot.addDomainMarker(m);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart c = new JFreeChart("Morris screening: " + r.spec().name(), new Font("SansSerif", Font.BOLD, 13), plot, false);
        c.setBackgroundPaint(Color.WHITE);
        org.jfree.chart.title.TextTitle src = new org.jfree.chart.title.TextTitle("Ayni calibrate screen " + r.spec().name() + ": "
                + r.settings().trajectories() + " trajectories on a " + r.settings().levels() + "-level grid, " + r.points()
                + " simulations", new Font("SansSerif", Font.PLAIN, 9));
        src.setPosition(org.jfree.ui.RectangleEdge.BOTTOM);
        c.addSubtitle(src);
        return c;
    }

    static String markdown(Screening.Result r, String command) {
        CalibrationSpec s = r.spec();
        StringBuilder md = new StringBuilder("# Morris screening: ").append(s.title()).append("\n\n");
        md.append("Reproduce: `").append(command).append("`\n\n");
        md.append(String.format(Locale.ROOT, "Morris elementary effects (Morris 1991; mu* after Campolongo et al. 2007) of the %d "
                        + "fitted parameters on the %d checks in the distance (held-out checks are never screened on): %d "
                        + "trajectories on a %d-level grid over each prior's range (log scale for log-uniform priors), %d "
                        + "simulations on %d threads in %.1f s of wall time and %.1f s of CPU (load average %.1f at the end). Every point of a trajectory runs with the same seed (derived from "
                        + "the file's seed and the trajectory), so an elementary effect compares two runs with the same random "
                        + "numbers.%n%n", s.parameters().size(), s.summaries().size(), r.settings().trajectories(),
                r.settings().levels(), r.points(), r.threads(), r.nanos() / 1e9, r.cpuNanos() / 1e9, r.load()));
        md.append("Each check's effects are divided by the check's spread over the design points (MAD × 1.4826, as the distance "
                + "scales generation 0); a parameter's overall effect is the mean over facts of the mean over the fact's checks, "
                + "so every fact weighs the same. ").append(String.format(Locale.ROOT, "A parameter whose overall scaled mu* is "
                + "below **%s** of the largest parameter's does not move the checks: it is fixed at its prior's median.%n%n",
                r.settings().threshold()));
        md.append("| parameter | prior | overall scaled mu* | overall scaled sigma | share of largest | decision |\n")
                .append("|---|---|---|---|---|---|\n");
        for (int k = 0; k < r.overall().size(); k++) {
            Screening.Overall o = r.overall().get(k);
            Prior p = r.priors().get(k);
            md.append("| ").append(o.parameter()).append(" | ").append(p.shape().key()).append(" [").append(f(p.low())).append(", ")
                    .append(f(p.high())).append("] | ").append(f(o.muStar())).append(" | ").append(f(o.sigma())).append(" | ")
                    .append(f(o.share())).append(" | ")
                    .append(o.fixed() ? "**does not move the checks**: fixed at " + f(o.fixedAt()) : "kept").append(" |\n");
        }
        List<Screening.Overall> fixed = r.overall().stream().filter(Screening.Overall::fixed).toList();
        md.append('\n');
        if (fixed.isEmpty()) {
            md.append("Every parameter moves the checks: none is fixed.\n\n");
        } else {
            md.append("Fixed by screening: ").append(String.join(", ", fixed.stream().map(o -> o.parameter() + " = " + f(o.fixedAt()))
                    .toList())).append(". Calibrate with them fixed: `ayni calibrate ").append(RunWriter.fileName(s.file()))
                    .append(" --fix-screened <this folder>`.\n\n");
        }
        if (!r.skipped().isEmpty()) {
            md.append("Checks left out (some design point gave no finite value): ").append(String.join(", ", r.skipped())).append(".\n\n");
        }
        md.append("![Morris plot](screening.png)\n\n## Per check\n\nmu* and sigma in the check's units per prior range (log range "
                + "for log-uniform priors); scaled: divided by the check's spread.\n\n");
        md.append("| parameter | check | fact | mu* | sigma | spread | scaled mu* | scaled sigma |\n|---|---|---|---|---|---|---|---|\n");
        for (Screening.Effect e : r.effects()) {
            md.append("| ").append(e.parameter()).append(" | ").append(e.check()).append(" | ").append(e.fact()).append(" | ")
                    .append(f(e.muStar())).append(" | ").append(f(e.sigma())).append(" | ").append(f(e.spread())).append(" | ")
                    .append(f(e.scaledMuStar())).append(" | ").append(f(e.scaledSigma())).append(" |\n");
        }
        md.append("\nFiles: `screening.csv` (the table above), `parameters.csv` (overall effects and decisions), `screened.yaml` "
                + "(the parameters to fix), `screening.png`/`.svg`, `manifest.json`.\n");
        return md.toString();
    }

    private static String f(double v) {
        if (Double.isNaN(v)) return "n/a";
        double a = Math.abs(v);
        return a != 0 && (a < 1e-3 || a >= 1e5) ? String.format(Locale.ROOT, "%.3g", v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
