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

    /** Share of the largest mu* left free right of it for labels. */
    private static final double X_MARGIN = 0.35;
    /** The plot area of the 900 x 620 chart, about, in pixels (for the labels' boxes). */
    private static final double PLOT_WIDTH = 820, PLOT_HEIGHT = 520, CHAR_WIDTH = 6.5, LINE_HEIGHT = 15;

    /** Where a label is drawn: its anchor and the point in data units it is anchored at. */
    record LabelPlace(org.jfree.ui.TextAnchor anchor, double x, double y) {}

    /**
     * Where each point's label goes so that no two labels overlap, as far as the places tried allow: right of its
     * point (above it, below it, then one or two lines further up or down), then left of it the same way; the first
     * that overlaps no label placed before it (points in the order given), else above right. Boxes are estimated in
     * data units from the axes' ranges and the chart's size.
     */
    static LabelPlace[] labelPlaces(double[][] at, String[] text, double xRange, double yRange) {
        double px = xRange / PLOT_WIDTH, py = yRange / PLOT_HEIGHT;
        java.util.List<double[]> boxes = new java.util.ArrayList<>();
        LabelPlace[] out = new LabelPlace[at.length];
        for (int i = 0; i < at.length; i++) {
            double w = text[i].length() * CHAR_WIDTH * px, h = LINE_HEIGHT * py;
            for (LabelPlace c : candidates(at[i][0], at[i][1], h)) {
                double[] b = labelBox(c, w, h);
                boolean free = true;
                for (double[] q : boxes) free &= b[2] <= q[0] || q[2] <= b[0] || b[3] <= q[1] || q[3] <= b[1];
                if (free) {
                    out[i] = c;
                    break;
                }
            }
            if (out[i] == null) out[i] = new LabelPlace(org.jfree.ui.TextAnchor.BOTTOM_LEFT, at[i][0], at[i][1]);
            boxes.add(labelBox(out[i], w, h));
        }
        return out;
    }

    private static java.util.List<LabelPlace> candidates(double x, double y, double h) {
        java.util.List<LabelPlace> c = new java.util.ArrayList<>();
        for (boolean right : new boolean[] {true, false}) {
            org.jfree.ui.TextAnchor up = right ? org.jfree.ui.TextAnchor.BOTTOM_LEFT : org.jfree.ui.TextAnchor.BOTTOM_RIGHT;
            org.jfree.ui.TextAnchor down = right ? org.jfree.ui.TextAnchor.TOP_LEFT : org.jfree.ui.TextAnchor.TOP_RIGHT;
            c.add(new LabelPlace(up, x, y));
            c.add(new LabelPlace(down, x, y));
            for (int k = 1; k <= 2; k++) {
                c.add(new LabelPlace(up, x, y + k * h));
                c.add(new LabelPlace(down, x, y - k * h));
            }
        }
        return c;
    }

    /** A label's box {x0, y0, x1, y1} in data units. */
    static double[] labelBox(LabelPlace p, double w, double h) {
        boolean right = p.anchor() == org.jfree.ui.TextAnchor.BOTTOM_LEFT || p.anchor() == org.jfree.ui.TextAnchor.TOP_LEFT;
        boolean up = p.anchor() == org.jfree.ui.TextAnchor.BOTTOM_LEFT || p.anchor() == org.jfree.ui.TextAnchor.BOTTOM_RIGHT;
        return new double[] {right ? p.x() : p.x() - w, up ? p.y() : p.y() - h, right ? p.x() + w : p.x(), up ? p.y() + h : p.y()};
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
        java.util.List<Screening.Overall> shown = r.overall().stream().filter(o -> Double.isFinite(o.muStar())).toList();
        double[][] at = new double[shown.size()][2];
        String[] text = new String[shown.size()];
        for (int i = 0; i < shown.size(); i++) {
            Screening.Overall o = shown.get(i);
            at[i][0] = o.muStar();
            at[i][1] = Double.isFinite(o.sigma()) ? o.sigma() : 0;
            text[i] = "  " + o.parameter() + (o.fixed() ? " (fixed)" : "");
            pts.add(at[i][0], at[i][1]);
        }
        LabelPlace[] places = labelPlaces(at, text, max * (1 + X_MARGIN), maxSd * 1.05);
        for (int i = 0; i < at.length; i++) {
            XYTextAnnotation a = new XYTextAnnotation(text[i], places[i].x(), places[i].y());
            a.setTextAnchor(places[i].anchor());
            a.setFont(new Font("SansSerif", Font.PLAIN, 11));
            plot.addAnnotation(a);
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
        x.setUpperMargin(X_MARGIN); // room for the labels
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
