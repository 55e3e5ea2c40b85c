package ayni.output;

import ayni.stats.abc.Population;
import ayni.stats.abc.Prior;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Posterior charts: each parameter's marginal (weighted histogram against the prior, with the 90 % interval shaded and
 * the planted value marked when there is one), and every pair of parameters as a scatter of the particles (area by
 * weight). Log-uniform parameters are drawn on log axes, where their prior is flat.
 */
public final class CalibrationCharts {
    static final int BINS = 20;
    private static final Color POSTERIOR = ayni.style.Palette.SERIES[0], PRIOR = Color.GRAY, PLANTED = new Color(200, 30, 30);

    private CalibrationCharts() {}

    /** Writes marginals.png/svg and, with two or more parameters, pairs.png/svg; returns the names written. */
    public static List<String> write(List<Prior> priors, Population pop, double[] planted, String name, Path dir)
            throws IOException {
        String source = "Ayni calibration " + name + ": bars posterior, dashed prior, shaded 90 % interval"
                + (planted != null ? ", red planted value" : "");
        String pairSource = "Ayni calibration " + name + ": particles, area by weight" + (planted != null ? "; red planted values" : "");
        List<JFreeChart> marginals = new ArrayList<>();
        for (int p = 0; p < priors.size(); p++) marginals.add(marginal(priors.get(p), p, pop, planted, source));
        int cols = Math.min(3, priors.size());
        ChartFiles.writeGrid(marginals, cols, 520, 340, dir, "marginals");
        List<String> out = new ArrayList<>(List.of("marginals"));
        if (priors.size() >= 2) {
            List<JFreeChart> pairs = new ArrayList<>();
            for (int a = 0; a < priors.size(); a++) {
                for (int b = a + 1; b < priors.size(); b++) pairs.add(pair(priors, a, b, pop, planted, pairSource));
            }
            ChartFiles.writeGrid(pairs, Math.min(3, pairs.size()), 460, 400, dir, "pairs");
            out.add("pairs");
        }
        return out;
    }

    private static ValueAxis axis(Prior prior) {
        if (prior.shape() == Prior.Shape.LOG_UNIFORM) {
            LogAxis a = new LogAxis(prior.name() + " (log scale)");
            a.setRange(prior.low(), prior.high());
            a.setSmallestValue(prior.low());
            a.setNumberFormatOverride(new java.text.DecimalFormat("0.####"));
            return a;
        }
        NumberAxis a = new NumberAxis(prior.name());
        a.setRange(prior.low(), prior.high());
        return a;
    }

    static JFreeChart marginal(Prior prior, int p, Population pop, double[] planted, String source) {
        double lo = prior.zLow(), hi = prior.zHigh(), width = (hi - lo) / BINS;
        double[] w = pop.normalisedWeights(), mass = new double[BINS];
        for (int i = 0; i < pop.size(); i++) {
            int b = (int) Math.floor((pop.particle(i).z()[p] - lo) / width);
            mass[Math.max(0, Math.min(BINS - 1, b))] += w[i];
        }
        XYIntervalSeries post = new XYIntervalSeries("posterior");
        XYSeries pri = new XYSeries("prior");
        for (int b = 0; b < BINS; b++) {
            double z0 = lo + b * width, z1 = z0 + width, x0 = x(prior, z0), x1 = x(prior, z1), xm = x(prior, (z0 + z1) / 2);
            post.add(xm, x0, x1, mass[b], 0, mass[b]);
            pri.add(xm, priorMass(prior, z0, z1));
        }
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(axis(prior));
        plot.setRangeAxis(new NumberAxis("Share of weight per bin"));
        XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
        bars.addSeries(post);
        XYBarRenderer br = new XYBarRenderer();
        br.setBarPainter(new StandardXYBarPainter());
        br.setShadowVisible(false);
        br.setSeriesPaint(0, POSTERIOR);
        plot.setDataset(0, bars);
        plot.setRenderer(0, br);
        XYLineAndShapeRenderer lr = new XYLineAndShapeRenderer(true, false);
        lr.setSeriesPaint(0, PRIOR);
        lr.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 4}, 0));
        plot.setDataset(1, new XYSeriesCollection(pri));
        plot.setRenderer(1, lr);
        IntervalMarker band = new IntervalMarker(pop.quantile(p, 0.05), pop.quantile(p, 0.95));
        band.setPaint(new Color(POSTERIOR.getRed(), POSTERIOR.getGreen(), POSTERIOR.getBlue(), 40));
        band.setLabel("90 %");
        band.setLabelAnchor(org.jfree.ui.RectangleAnchor.TOP_LEFT);
        band.setLabelTextAnchor(org.jfree.ui.TextAnchor.TOP_LEFT);
        plot.addDomainMarker(band);
        if (planted != null) {
            ValueMarker m = new ValueMarker(planted[p], PLANTED, new BasicStroke(2f));
            m.setLabel("planted");
            m.setLabelAnchor(org.jfree.ui.RectangleAnchor.BOTTOM_RIGHT);
            m.setLabelTextAnchor(org.jfree.ui.TextAnchor.BOTTOM_LEFT);
            plot.addDomainMarker(m);
        }
        return chart(prior.name(), plot, source);
    }

    private static double x(Prior prior, double z) {
        return prior.shape() == Prior.Shape.LOG_UNIFORM ? Math.exp(z) : z;
    }

    /** The prior's mass in a bin of the internal scale (midpoint rule, 8 panels). */
    private static double priorMass(Prior prior, double z0, double z1) {
        double s = 0, h = (z1 - z0) / 8;
        for (int k = 0; k < 8; k++) s += prior.density(z0 + (k + 0.5) * h) * h;
        return s;
    }

    static JFreeChart pair(List<Prior> priors, int a, int b, Population pop, double[] planted, String source) {
        XYSeries pts = new XYSeries("particles", false, true);
        for (int i = 0; i < pop.size(); i++) pts.add(pop.particle(i).theta()[a], pop.particle(i).theta()[b]);
        XYSeriesCollection data = new XYSeriesCollection(pts);
        double maxW = 0;
        for (double v : pop.normalisedWeights()) maxW = Math.max(maxW, v);
        final double top = maxW;
        final double[] w = pop.normalisedWeights();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true) {
            @Override
            public java.awt.Shape getItemShape(int series, int item) {
                if (series != 0) return super.getItemShape(series, item);
                double d = 2 + 6 * Math.sqrt(w[item] / top);
                return new Ellipse2D.Double(-d / 2, -d / 2, d, d);
            }
        };
        r.setSeriesPaint(0, new Color(POSTERIOR.getRed(), POSTERIOR.getGreen(), POSTERIOR.getBlue(), 110));
        XYPlot plot = new XYPlot(data, axis(priors.get(a)), axis(priors.get(b)), r);
        if (planted != null) {
            plot.addDomainMarker(new ValueMarker(planted[a], PLANTED, new BasicStroke(1.5f)));
            plot.addRangeMarker(new ValueMarker(planted[b], PLANTED, new BasicStroke(1.5f)));
        }
        return chart(priors.get(a).name() + " × " + priors.get(b).name(), plot, source);
    }

    private static JFreeChart chart(String title, XYPlot plot, String source) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart c = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 13), plot, false);
        c.setBackgroundPaint(Color.WHITE);
        org.jfree.chart.title.TextTitle src = new org.jfree.chart.title.TextTitle(source, new Font("SansSerif", Font.PLAIN, 9));
        src.setPosition(org.jfree.ui.RectangleEdge.BOTTOM);
        c.addSubtitle(src);
        return c;
    }
}
